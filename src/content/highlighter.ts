/**
 * Draws marks with the CSS Custom Highlight API: ranges registered by name and painted by the
 * `::highlight()` rules in content.css. No page node is added, split or moved, and removing the
 * names removes every mark. Names are prefixed so they cannot collide with a page's own highlights.
 */

export const HIGHLIGHT_NAMES = {
  strong: 'backstory-mention',
  quiet: 'backstory-mention-quiet',
  focus: 'backstory-focus',
  flash: 'backstory-flash',
} as const;

const FLASH_MS = 1200;

/** True where the browser has the Highlight API (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    if (!highlightsSupported()) console.warn('[backstory] this browser has no CSS Custom Highlight API: nothing is marked');
  }

  /** Replace the drawn marks. Focus and flash sit above mentions so they stay visible on top. */
  render(strong: readonly AbstractRange[], quiet: readonly AbstractRange[]): void {
    if (!highlightsSupported()) return;
    this.set(HIGHLIGHT_NAMES.quiet, quiet, 0);
    this.set(HIGHLIGHT_NAMES.strong, strong, 1);
  }

  focus(range: AbstractRange | null): void {
    if (!highlightsSupported()) return;
    this.set(HIGHLIGHT_NAMES.focus, range ? [range] : [], 2);
  }

  flash(range: AbstractRange): void {
    if (!highlightsSupported()) return;
    this.set(HIGHLIGHT_NAMES.flash, [range], 3);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAMES.flash), FLASH_MS);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    if (!highlightsSupported()) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }

  private set(name: string, ranges: readonly AbstractRange[], priority: number): void {
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      return;
    }
    // Added one by one: spreading tens of thousands of ranges into the constructor can overflow the stack.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  }
}
