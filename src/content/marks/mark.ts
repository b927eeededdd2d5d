/**
 * A mention turned into DOM terms: where it is (a StaticRange, which costs the page nothing on
 * mutation, unlike a live Range) and which text nodes it covers, for hit-testing.
 */
import type { TextModel } from '../../detect/text-model';
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
  /** The section the mark lies in (see sections.ts), for first-mention emphasis; made on first use. */
  section: unknown;
  /** Set once CSS has been asked whether its text shows (only on pages that could be on topic). */
  visible?: boolean;
  /** On a page off topic as a whole, the mark lies in an on-topic section (gating.ts `sectionsOnTopic`). */
  inTopicSection?: boolean;
}

/** Where marks find their section key (see sections.ts) when it is first asked for. */
export interface SectionSource {
  sectionOf(node: Text): unknown;
}

/** One init object for every StaticRange made: the constructor copies it (one allocation less per mark). */
let rangeInit: StaticRangeInit | undefined;

/**
 * A mark whose StaticRange and section are made on first use: most marks of an off-topic page are
 * never drawn, so they never need either, and the mark pipeline prepares those it draws in budgeted
 * slices (`Scanner.prepare`).
 */
class LazyMark implements Mark {
  segments: Segment[] = [];
  visible?: boolean;
  inTopicSection?: boolean;
  private made: StaticRange | undefined;
  private sectionKey: unknown;
  private sectionKnown = false;

  constructor(
    readonly entityId: string,
    readonly alias: string,
    readonly matchedText: string,
    private readonly sections: SectionSource | undefined,
  ) {}

  get range(): StaticRange {
    if (this.made) return this.made;
    const a = this.segments[0]!;
    const b = this.segments[this.segments.length - 1]!;
    const init = (rangeInit ??= { startContainer: a.node, startOffset: 0, endContainer: a.node, endOffset: 0 });
    init.startContainer = a.node;
    init.startOffset = a.start;
    init.endContainer = b.node;
    init.endOffset = b.end;
    return (this.made = new StaticRange(init));
  }

  get section(): unknown {
    if (!this.sectionKnown) {
      this.sectionKey = this.sections ? this.sections.sectionOf(this.segments[0]!.node) : null;
      this.sectionKnown = true;
    }
    return this.sectionKey;
  }

  set section(key: unknown) {
    this.sectionKey = key;
    this.sectionKnown = true;
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

/**
 * Where mentions sit among the model's text nodes, for mentions taken in order (sorted by start):
 * one bisection for the first, then a forward walk, so a page of 150,000 mentions costs a pass
 * over its nodes rather than 300,000 bisections.
 */
export class NodeCursor {
  private i = -1;

  constructor(private readonly starts: readonly number[]) {}

  /** Index of the last node whose start is <= offset; offsets must not decrease between calls. */
  at(offset: number): number {
    const { starts } = this;
    if (this.i < 0 || starts[this.i]! > offset) this.i = nodeIndexAt(starts, offset);
    while (this.i + 1 < starts.length && starts[this.i + 1]! <= offset) this.i++;
    return this.i;
  }

  /** Node indices [first, last] a mention covers. */
  span(m: { start: number; end: number }): [number, number] {
    const first = this.at(m.start);
    const last = nodeIndexAtOrAfter(this.starts, first, Math.max(m.start, m.end - 1));
    return [first, last];
  }
}

/** nodeIndexAt for an offset known to lie at or after node `from` (a mention rarely spans more than two). */
function nodeIndexAtOrAfter(starts: readonly number[], from: number, offset: number): number {
  let i = from;
  while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
  return i;
}

/**
 * The mark for one mention covering nodes [first, last] (from `NodeCursor.span`); null if it covers
 * no character of them. A mention always starts and ends on word characters, never inside a
 * separator, so its first and last segments are its range's ends.
 */
export function markFromMention(model: TextModel, m: Mention, first: number, last: number, sections?: SectionSource): Mark | null {
  const mark = new LazyMark(m.entityId, m.alias, model.text.slice(m.start, m.end), sections);
  for (let i = first; i <= last; i++) {
    const node = model.nodes[i]!;
    const base = model.starts[i]!;
    const start = Math.max(0, m.start - base);
    const end = i === last && m.end - base <= node.length ? m.end - base : node.length;
    if (end > start) mark.segments.push({ node, start, end, mark });
  }
  return mark.segments.length > 0 ? mark : null;
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
