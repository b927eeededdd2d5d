/**
 * Cut a passage into plain text and entity mentions, for the reader's marks. The matcher runs on the
 * passage text; only mentions of entities the corpus linked to this passage (`passage.entityIds`) are
 * kept, so an ambiguous alias the compiler rejected here ("Assad" the street) is not marked either.
 */
import type { Mention } from '../../detect/types';

export interface Segment {
  text: string;
  /** Set when this segment names an entity. */
  entityId?: string;
}

export type FindMentions = (text: string) => Mention[];

export function segmentPassage(text: string, mentions: readonly Mention[], linked: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!linked.has(m.entityId) || m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), entityId: m.entityId });
    at = m.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
