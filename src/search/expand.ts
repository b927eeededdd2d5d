import type { Word } from './alias-table';
import { boundedDistance, maxTypos } from './edit-distance';
import { type SearchIndex, charMask } from './search-index';

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** An index term a query word stands for, and how much a hit on it counts (exact = 1). */
export interface Expansion {
  term: number;
  weight: number;
  kind: 'exact' | 'prefix' | 'fuzzy';
  distance: number;
}

const PREFIX_LIMIT = 40;
const FUZZY_WEIGHT = [1, 0.6, 0.4, 0.3];

function lowerBound(terms: string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Completions of a word being typed: the shortest terms that start with it, since those are the words
 * the reader is most likely typing ("Hmei" → hmeimim), capped so a one-letter prefix stays cheap.
 */
function prefixTerms(index: SearchIndex, prefix: string): number[] {
  const { terms } = index;
  const found: number[] = [];
  for (let i = lowerBound(terms, prefix); i < terms.length && (terms[i] as string).startsWith(prefix); i++) {
    found.push(i);
  }
  if (found.length > PREFIX_LIMIT) {
    const len = (id: number) => (terms[id] as string).length;
    const df = (id: number) => (index.docs[id] as Int32Array).length;
    found.sort((a, b) => len(a) - len(b) || df(b) - df(a) || a - b);
    found.length = PREFIX_LIMIT;
  }
  return found;
}

/** Terms within the typo budget of `word` (its stem or its folded form), as [term, distance]. */
export function fuzzyTerms(index: SearchIndex, word: Word, extra = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const keys = word.folded === word.stem ? [word.stem] : [word.stem, word.folded];
  const seen = new Set<number>();
  for (const key of keys) {
    const max = maxTypos(key.length) + (key.length >= 4 ? extra : 0);
    if (max === 0) continue;
    const qm = charMask(key);
    for (let l = Math.max(1, key.length - max); l <= key.length + max; l++) {
      for (const id of index.byLength[l] ?? []) {
        // Each edit adds or removes at most one distinct character, so words whose character sets
        // differ by more than `max` cannot be close: this skips almost the whole vocabulary.
        const tm = index.masks[id] as number;
        if (popcount(qm & ~tm) > max || popcount(tm & ~qm) > max) continue;
        if (seen.has(id)) continue;
        const d = boundedDistance(key, index.terms[id] as string, max);
        if (d <= max) {
          seen.add(id);
          out.push([id, d]);
        }
      }
    }
  }
  return out;
}

/**
 * What one query word matches in the index. Exact forms always; completions when the word is still
 * being typed or matches nothing as written; typo-tolerant neighbours only when nothing matches exactly,
 * because a word that exists in the corpus is far more likely meant as written.
 */
export function expandWord(index: SearchIndex, word: Word, open: boolean): Expansion[] {
  const best = new Map<number, Expansion>();
  const add = (e: Expansion) => {
    const prev = best.get(e.term);
    if (!prev || prev.weight < e.weight) best.set(e.term, e);
  };
  for (const form of word.forms) {
    const id = index.termIds.get(form);
    if (id !== undefined) add({ term: id, weight: 1, kind: 'exact', distance: 0 });
  }
  const exact = best.size > 0;
  if ((open && word.folded.length >= 2) || (!exact && word.folded.length >= 3)) {
    for (const id of prefixTerms(index, word.folded)) {
      const ratio = word.folded.length / (index.terms[id] as string).length;
      add({ term: id, weight: 0.5 + 0.4 * Math.min(1, ratio), kind: 'prefix', distance: 0 });
    }
  }
  if (!exact) {
    for (const [id, d] of fuzzyTerms(index, word)) {
      add({ term: id, weight: FUZZY_WEIGHT[d] ?? 0.3, kind: 'fuzzy', distance: d });
    }
  }
  return [...best.values()];
}
