/**
 * A mention turned into DOM terms: where it is (a StaticRange, which costs the page nothing on
 * mutation, unlike a live Range) and which text nodes it covers, for hit-testing.
 */
import { locate, type TextModel } from '../../detect/text-model';
import type { Mention } from '../../detect/types';

/** The part of a mark inside one text node, as offsets into that node's data. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
  mark: Mark;
}

export interface Mark {
  entityId: string;
  alias: string;
  /** The text as the page wrote it. */
  matchedText: string;
  readonly range: StaticRange;
  segments: Segment[];
  /** The section the mark lies in (see sections.ts), for first-mention emphasis; set by the scanner. */
  section: unknown;
}

/**
 * A mark whose StaticRange is made on first use: creating one costs a few microseconds, and most
 * marks of an off-topic page are never drawn, so they never need one.
 */
class LazyMark implements Mark {
  segments: Segment[] = [];
  section: unknown = null;
  private made: StaticRange | undefined;

  constructor(
    readonly entityId: string,
    readonly alias: string,
    readonly matchedText: string,
    private readonly ends: { a: { node: Text; offset: number }; b: { node: Text; offset: number } },
  ) {}

  get range(): StaticRange {
    const { a, b } = this.ends;
    return (this.made ??= new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }));
  }
}

/** Index of the last node whose start is <= offset. */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Build marks for mentions found in `model.text` (mentions sorted by start, as the matcher gives them). */
export function marksFromMentions(model: TextModel, mentions: readonly Mention[]): Mark[] {
  const marks: Mark[] = [];
  for (const m of mentions) {
    const a = locate(model, m.start, 'forward');
    const b = locate(model, m.end, 'backward');
    const mark = new LazyMark(m.entityId, m.alias, model.text.slice(m.start, m.end), { a, b });
    const first = nodeIndexAt(model.starts, m.start);
    const last = nodeIndexAt(model.starts, Math.max(m.start, m.end - 1));
    for (let i = first; i <= last; i++) {
      const node = model.nodes[i]!;
      const base = model.starts[i]!;
      const start = Math.max(0, m.start - base);
      const end = Math.min(node.length, m.end - base);
      if (end > start) mark.segments.push({ node, start, end, mark });
    }
    marks.push(mark);
  }
  return marks;
}

/** True while every node the mark covers is still in the document (StaticRanges do not follow edits). */
export function markIsLive(mark: Mark): boolean {
  // `length`, not `data.length`: no string is made for the check.
  return mark.segments.every((s) => s.node.isConnected && s.end <= s.node.length);
}

/** Where a mark starts, without making its range. */
export function markStart(mark: Mark): { node: Text; offset: number } {
  const seg = mark.segments[0];
  return seg ? { node: seg.node, offset: seg.start } : { node: mark.range.startContainer as Text, offset: mark.range.startOffset };
}
