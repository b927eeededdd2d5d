/**
 * The text position under a point. `caretPositionFromPoint` (Firefox, Chrome 128+) can see into
 * the open shadow roots it is given; `caretRangeFromPoint` is the older WebKit/Blink call.
 */
import type { MarkIndex } from '../marks/mark-index';
import type { Segment } from '../marks/mark';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as CaretDoc;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Slack around a segment's boxes, in CSS pixels, so the pointer on a glyph's edge still counts. */
const SLACK = 1;

/** Whether (x, y) lies inside the painted boxes of a segment. */
export function segmentContains(seg: Segment, x: number, y: number): boolean {
  const range = document.createRange();
  range.setStart(seg.node, seg.start);
  range.setEnd(seg.node, seg.end);
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/**
 * The mark segment under the point, if any. A caret always lands somewhere, even in a margin far
 * from the text, so the hit is confirmed against the segment's own boxes.
 */
export function segmentAtPoint(index: MarkIndex, x: number, y: number, shadowRoots: ShadowRoot[]): Segment | null {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const seg = index.at(caret.node, caret.offset);
  if (!seg || seg.end > seg.node.length) return null;
  return segmentContains(seg, x, y) ? seg : null;
}
