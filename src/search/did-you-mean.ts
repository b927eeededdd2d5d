import type { AliasEntry, AliasMatch, Word } from './alias-table';
import { type Expansion, fuzzyTerms } from './expand';
import type { SearchIndex } from './search-index';

/** The closest term: fewest typos, then the most common in the corpus, then vocabulary order. */
function closest(index: SearchIndex, candidates: Array<[number, number]>): number | undefined {
  let best: [number, number] | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    else {
      const dfC = (index.docs[c[0]] as Int32Array).length;
      const dfB = (index.docs[best[0]] as Int32Array).length;
      if (c[1] < best[1] || (c[1] === best[1] && (dfC > dfB || (dfC === dfB && c[0] < best[0])))) best = c;
    }
  }
  return best?.[0];
}

/**
 * The query with misspelt words replaced by what the corpus has: an entity alias when a name was
 * matched with typos ("Khmeimin" → Khmeimim), else the nearest corpus word ("Tartos" → Tartus).
 * Words that matched exactly or as a prefix are kept. When nothing matched at all, one more typo is
 * allowed, since a suggestion costs the reader nothing. Returns undefined when there is nothing to fix.
 */
export function correctedQuery(
  index: SearchIndex,
  text: string,
  q: Word[],
  aliases: AliasMatch[],
  expansions: Expansion[][],
  nothingFound: boolean,
): string | undefined {
  const edits: Array<{ start: number; end: number; to: string }> = [];
  const covered = new Set<number>();
  for (const a of aliases) {
    for (let i = a.from; i < a.to; i++) covered.add(i);
    if (a.kind !== 'fuzzy') continue;
    const first = q[a.from];
    const last = q[a.to - 1];
    if (first && last) edits.push({ start: first.start, end: last.end, to: (a.entries[0] as AliasEntry).text });
  }
  q.forEach((w, i) => {
    if (covered.has(i)) return;
    const list = expansions[i] ?? [];
    if (list.some((e) => e.kind !== 'fuzzy')) return;
    let candidates: Array<[number, number]> = list.map((e) => [e.term, e.distance]);
    if (candidates.length === 0 && nothingFound) candidates = fuzzyTerms(index, w, 1);
    const id = closest(index, candidates);
    if (id !== undefined) edits.push({ start: w.start, end: w.end, to: index.surface[id] as string });
  });
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.to + out.slice(e.end);
  return out;
}
