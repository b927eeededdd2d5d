/**
 * Which mark covers a caret position: per text node, the mark segments sorted by start, searched
 * by bisection. Built once per scan; a pointer move costs one Map lookup and O(log n) compares.
 */
import type { Mark, Segment } from './mark';

export class MarkIndex {
  private byNode = new Map<Text, Segment[]>();

  constructor(marks: readonly Mark[]) {
    for (const mark of marks) {
      for (const seg of mark.segments) {
        let list = this.byNode.get(seg.node);
        if (!list) this.byNode.set(seg.node, (list = []));
        list.push(seg);
      }
    }
    for (const list of this.byNode.values()) list.sort((a, b) => a.start - b.start);
  }

  /**
   * The mark whose segment in `node` contains `offset`. A caret offset lies between characters, so
   * `end` counts as inside (the pointer over a word's last letter reports the caret after it);
   * the caller confirms with the segment's rectangles.
   */
  at(node: Node, offset: number): Segment | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    // Last segment with start <= offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const seg = list[found]!;
    if (offset <= seg.end) return seg;
    return null;
  }
}
