/**
 * One live Range per mark, made when first asked for. Marks hold StaticRanges, which cost the page
 * nothing on mutation; the card wants a live one, to follow edits and to recognise the mark it
 * already shows, and keyboard moves read its rectangle.
 */
import type { Mark } from './mark';

export class LiveRanges {
  private ranges = new WeakMap<Mark, Range>();

  of(mark: Mark): Range {
    let range = this.ranges.get(mark);
    if (!range) {
      range = document.createRange();
      range.setStart(mark.range.startContainer, mark.range.startOffset);
      range.setEnd(mark.range.endContainer, mark.range.endOffset);
      this.ranges.set(mark, range);
    }
    return range;
  }
}
