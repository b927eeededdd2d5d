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

/** Text colours and the backgrounds they are drawn on, as used by card-styles.ts. */
export const TEXT_PAIRS: Array<[fg: keyof Palette, bg: keyof Palette]> = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['chipText', 'chipBg'],
  ['text', 'differBg'],
  ['muted', 'differBg'],
  ['mark', 'differBg'],
  ['mark', 'bg'],
];

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function paletteVars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--bs-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v};`)
    .join(' ');
}
