/**
 * The card's two palettes. Kept as data (not only CSS) so a unit test can check every text/background
 * pair against WCAG AA (4.5:1) in both themes.
 */
export interface Palette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  chipBg: string;
  chipText: string;
  border: string;
  focus: string;
  differBg: string;
  mark: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  text: '#1b1c1e',
  muted: '#4f5459',
  accent: '#0b57a4',
  chipBg: '#e9eef5',
  chipText: '#15304f',
  border: '#c9ced6',
  focus: '#0b57a4',
  differBg: '#fdf3e1',
  mark: '#7a4b00',
};

export const DARK: Palette = {
  bg: '#1f2124',
  text: '#eef0f2',
  muted: '#b8bec6',
  accent: '#8cbcf7',
  chipBg: '#2f343b',
  chipText: '#d9e7fb',
  border: '#4a5059',
  focus: '#8cbcf7',
  differBg: '#33291a',
  mark: '#f3c77a',
};

export function paletteVars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--bs-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v};`)
    .join(' ');
}
