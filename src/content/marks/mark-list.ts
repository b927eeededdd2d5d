/**
 * The page's raw marks kept in document order as parts of the page are rescanned: marks under a
 * rescanned root are replaced by the fresh ones, marks whose text left the page are dropped, and
 * the two sorted lists are merged (linear; no full re-sort of thousands of marks).
 */
import { markIsLive, markStart, type Mark } from './mark';

function firstNode(m: Mark): Text {
  return markStart(m).node;
}

/** Document order of two marks (by their first text node, then offset). */
export function compareMarks(a: Mark, b: Mark): number {
  const na = firstNode(a);
  const nb = firstNode(b);
  if (na === nb) return markStart(a).offset - markStart(b).offset;
  const pos = na.compareDocumentPosition(nb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export function mergeSorted(a: readonly Mark[], b: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareMarks(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function sameMark(a: Mark, b: Mark): boolean {
  if (a.entityId !== b.entityId || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, k) => {
    const t = b.segments[k]!;
    return s.node === t.node && s.start === t.start && s.end === t.end;
  });
}

/**
 * Replace the marks under `roots` with `fresh` (sorted). `changed` is false when the rescan found
 * exactly what was there, so the caller can skip redrawing (a page rewriting the same text often).
 */
export function replaceUnder(marks: readonly Mark[], roots: readonly Node[], fresh: readonly Mark[]): { marks: Mark[]; changed: boolean } {
  const kept: Mark[] = [];
  const replaced: Mark[] = [];
  let dropped = false;
  for (const m of marks) {
    if (!markIsLive(m)) dropped = true;
    else if (roots.some((r) => r.contains(firstNode(m)))) replaced.push(m);
    else kept.push(m);
  }
  const same = !dropped && replaced.length === fresh.length && replaced.every((m, k) => sameMark(m, fresh[k]!));
  if (same) return { marks: [...marks], changed: false };
  return { marks: mergeSorted(kept, fresh), changed: true };
}
