/**
 * Going to a drawn mark: the keyboard's next and previous (keyboard.ts) and the popup's "reveal".
 * The mark gone to is scrolled into view and its card opened; a keyboard move also keeps it focused
 * (its own highlight) so the next move starts from it.
 */
import type { Highlighter } from './highlighter';
import { startIndex, stepIndex, type Direction } from './keyboard';
import type { LiveRanges } from './marks/live-ranges';
import { markIsLive, type Mark } from './marks/mark';

export class MarkNavigation {
  private focused: Mark | null = null;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly liveRanges: LiveRanges,
    private readonly openCard: (mark: Mark, trigger: 'click' | 'keyboard') => void,
  ) {}

  /** The next or previous mark from the focused one; with none focused, the first in view that way. */
  move(drawn: readonly Mark[], direction: Direction): boolean {
    const marks = drawn.filter(markIsLive);
    if (marks.length === 0) return false;
    let i = this.focused ? marks.indexOf(this.focused) : -1;
    if (i < 0) {
      const rects = marks.map((m) => this.liveRanges.of(m).getBoundingClientRect());
      i = startIndex(rects.map((r) => r.top), rects.map((r) => r.bottom), innerHeight, direction);
    } else i = stepIndex(i, marks.length, direction);
    const mark = marks[i]!;
    this.focused = mark;
    this.highlighter.focus(mark.range);
    this.scrollTo(mark);
    this.openCard(mark, 'keyboard');
    return true;
  }

  /** The popup's "show me": the `index`th live mention of an entity, flashed. */
  reveal(drawn: readonly Mark[], entityId: string, index: number): { revealed: boolean; total: number } {
    const list = drawn.filter((m) => m.entityId === entityId && markIsLive(m));
    const mark = list[index];
    if (!mark) return { revealed: false, total: list.length };
    this.scrollTo(mark);
    this.highlighter.flash(mark.range);
    this.openCard(mark, 'click');
    return { revealed: true, total: list.length };
  }

  /** A full scan starts the moves afresh. */
  reset(): void {
    this.focused = null;
  }

  /** After a draw: a focused mark that is no longer drawn loses its focus. */
  redrawn(drawn: readonly Mark[]): void {
    if (this.focused && !drawn.includes(this.focused)) {
      this.focused = null;
      this.highlighter.focus(null);
    }
  }

  private scrollTo(mark: Mark): void {
    const el = mark.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
  }
}
