/**
 * Draws marks with the CSS Custom Highlight API: ranges registered by name and painted by the
 * `::highlight()` rules in content.css. No page node is added, split or moved, and removing the
 * names removes every mark. A page can list the registered highlights (`CSS.highlights` is shared with
 * it) and see which ranges are painted, so the names are prefixed against collisions but do not name
 * Backstory: what a page can observe is that an extension paints ranges, not which one or why.
 */
import { createLogger } from '../model/log';

const log = createLogger('content');

export const HIGHLIGHT_NAMES = {
  strong: 'ctx-mention',
  quiet: 'ctx-mention-quiet',
  focus: 'ctx-focus',
  flash: 'ctx-flash',
} as const;

const FLASH_MS = 1200;

/** Marks drawn in one go; more are added to fresh Highlights in budgeted chunks, then swapped in. */
const SYNC_DRAW = 4000;
const DRAW_CHUNK = 2000;

/** What can be drawn: a mark (its StaticRange is made as it is added) or a bare range. */
export interface Drawable {
  readonly range: AbstractRange;
}

/** What `render` needs of a slice budget (scan/yield.ts), without importing the scan. */
export interface DrawBudget {
  check(): Promise<void>;
}

/** True where the browser has the Highlight API (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    if (!highlightsSupported()) log.warn('this browser has no CSS Custom Highlight API: nothing is marked');
  }

  private generation = 0;
  private drawing: Promise<void> = Promise.resolve();

  /**
   * Replace the drawn marks. Focus and flash sit above mentions so they stay visible on top.
   * Up to SYNC_DRAW marks are drawn at once. More are added to new Highlight objects in chunks,
   * checking `budget` between chunks (adding 150,000 ranges in one task is a 100 ms long task), and
   * registered together when complete, so the page never shows half a redraw. A later render
   * supersedes one still in progress. `settled()` resolves once what was asked last is on screen.
   */
  render(strong: readonly Drawable[], quiet: readonly Drawable[], budget?: DrawBudget): void {
    if (!highlightsSupported()) return;
    const generation = ++this.generation;
    if (strong.length + quiet.length <= SYNC_DRAW || !budget) {
      this.set(HIGHLIGHT_NAMES.quiet, this.fill(quiet), 0);
      this.set(HIGHLIGHT_NAMES.strong, this.fill(strong), 1);
      this.drawing = Promise.resolve();
      return;
    }
    this.drawing = (async () => {
      // `false` means a newer render took over; `null` means that kind has no marks (drawn as none).
      const q = await this.fillSliced(quiet, budget, generation);
      if (q === false) return;
      const s = await this.fillSliced(strong, budget, generation);
      if (s === false || generation !== this.generation) return;
      this.set(HIGHLIGHT_NAMES.quiet, q, 0);
      this.set(HIGHLIGHT_NAMES.strong, s, 1);
    })().catch(() => {
      // The budget's session was aborted: the draw is abandoned with it (destroy() clears the names).
    });
  }

  /**
   * Resolves when the latest `render` is drawn (or abandoned because its session ended). A render that
   * starts while an earlier one is still filling supersedes it, so wait until no newer one has begun.
   */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.drawing;
      await current;
    } while (current !== this.drawing);
  }

  focus(range: AbstractRange | null): void {
    if (!highlightsSupported()) return;
    this.setRanges(HIGHLIGHT_NAMES.focus, range ? [range] : [], 2);
  }

  flash(range: AbstractRange): void {
    if (!highlightsSupported()) return;
    this.setRanges(HIGHLIGHT_NAMES.flash, [range], 3);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAMES.flash), FLASH_MS);
  }

  destroy(): void {
    this.generation++;
    clearTimeout(this.flashTimer);
    if (!highlightsSupported()) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }

  private fill(items: readonly Drawable[]): Highlight | null {
    if (items.length === 0) return null;
    // Added one by one: spreading tens of thousands of ranges into the constructor can overflow the stack.
    const highlight = new Highlight();
    for (const item of items) highlight.add(item.range);
    return highlight;
  }

  /** `fill` in chunks; null when a newer render took over meanwhile. */
  private async fillSliced(items: readonly Drawable[], budget: DrawBudget, generation: number): Promise<Highlight | null | false> {
    if (items.length === 0) return null;
    const highlight = new Highlight();
    for (let i = 0; i < items.length; i += DRAW_CHUNK) {
      // Checked before each chunk: the caller's synchronous gate-and-emphasis pass may have spent the slice.
      await budget.check();
      if (generation !== this.generation) return false;
      const end = Math.min(items.length, i + DRAW_CHUNK);
      for (let k = i; k < end; k++) highlight.add(items[k]!.range);
    }
    return highlight;
  }

  private set(name: string, highlight: Highlight | null, priority: number): void {
    if (!highlight) {
      CSS.highlights.delete(name);
      return;
    }
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  }

  private setRanges(name: string, ranges: readonly AbstractRange[], priority: number): void {
    this.set(name, this.fill(ranges.map((range) => ({ range }))), priority);
  }
}
