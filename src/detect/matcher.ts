/**
 * The alias matcher: a trie of folded alias keys, walked from word starts only.
 *
 * Why a trie and not one big regex (measured with test/bench/matcher-bench.ts, see the numbers below):
 * - Folding (case, diacritics, Arabic letter forms, harakat) must keep offsets into the original text.
 *   A regex needs the text folded first (a second 1 MB string plus an offset map) or a pattern with
 *   every variant spelled out per letter, which grows past the ~20 KiB where V8's alternation falls
 *   off a cliff once the gazetteer has a few hundred aliases in three scripts.
 * - Arabic attached particles (و ب ل ف ك ال) and Russian case endings are a few lines of code at a word
 *   start and at an alias end; in a regex they multiply the pattern.
 * - The walk touches a character at most twice: once in the word-start scan (two table reads) and, only
 *   where some alias starts with the word's first letter, once more in the trie. Per-unit fold and class
 *   come from lazily filled 64 Ki tables (char-table.ts), so `foldChar` runs once per distinct unit.
 * Measured on the 2-core dev box, 10^6 units of visible text of two real news pages (see the bench):
 *   this trie, seeds/gazetteer.yaml (40 entities, 222 aliases): 7–13 ms, 1.8–2.9x a bare charCodeAt loop
 *   on English pages, 2.4–3.1x on Russian and Arabic ones (every word there may take particles or endings);
 *   the same aliases as one alternation regex with `giu` and \p{L} look-arounds: 173 ms (~25x);
 *   without `u`, with ASCII \b (wrong for Arabic and Cyrillic, no folding): 9.7 ms, no faster than the trie.
 *
 * Semantics: leftmost match wins; at one start the longest; at equal spans the earlier alias row, with
 * non-ambiguous rows sorted first. An alias must start and end on a Unicode word boundary (letters,
 * digits and marks are word characters), so "Tartus" is not found in "Tartuse" and "Sharaa" not in
 * "Sharia". Any run of whitespace and hyphens equals one space ("al-Sharaa", "al Sharaa", "al‑Sharaa").
 * An apostrophe ends a word, so "Assad's" is found as "Assad".
 */
import { CLS, DROPPED, FOLD, SEP, SPACE, UNKNOWN, WORD, classify } from './char-table';
import { isArabic, particleStarts } from './arabic';
import { AMBIGUOUS, INFLECT_OPTIONAL, INFLECT_REQUIRED, UPPER_ONLY } from './compile';
import { CONSONANT_ENDINGS, MAX_ENDING, STEM_ENDINGS } from './russian';
import type { Matcher, MatcherData, Mention } from './types';

export { compileMatcherData } from './compile';
export type { Matcher, MatcherData, Mention } from './types';

const ALEF = 0x627;

interface Trie {
  /** Children of the root, indexed by folded unit: the one lookup made at every word start. */
  root: Int32Array;
  /** Edges of node n are edgeChar/edgeNext[edgeStart[n] .. edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeNext: Int32Array;
  /** Alias rows accepted at node n are termRows[termStart[n] .. termStart[n + 1]). */
  termStart: Int32Array;
  termRows: Int32Array;
}

function buildTrie(data: MatcherData): Trie {
  const children: Array<Map<number, number>> = [new Map()];
  const terms: number[][] = [[]];
  // Non-ambiguous rows first, so a key shared by two entities resolves to the unambiguous reading.
  const order = data.keys.map((_, i) => i);
  order.sort((a, b) => ((data.keys[a]![3] & AMBIGUOUS) - (data.keys[b]![3] & AMBIGUOUS)) || a - b);
  for (const row of order) {
    const key = data.keys[row]![0];
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const map = children[node]!;
      let next = map.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terms.push([]);
        map.set(c, next);
      }
      node = next;
    }
    terms[node]!.push(row);
  }
  const count = children.length;
  const edgeStart = new Int32Array(count + 1);
  const termStart = new Int32Array(count + 1);
  let edges = 0;
  let rows = 0;
  for (let n = 0; n < count; n++) {
    edgeStart[n] = edges;
    termStart[n] = rows;
    edges += children[n]!.size;
    rows += terms[n]!.length;
  }
  edgeStart[count] = edges;
  termStart[count] = rows;
  const edgeChar = new Uint16Array(edges);
  const edgeNext = new Int32Array(edges);
  const termRows = new Int32Array(rows);
  const root = new Int32Array(0x10000);
  for (let n = 0; n < count; n++) {
    let e = edgeStart[n]!;
    for (const [c, next] of [...children[n]!].sort((a, b) => a[0] - b[0])) {
      edgeChar[e] = c;
      edgeNext[e++] = next;
      if (n === 0) root[c] = next;
    }
    termRows.set(terms[n]!, termStart[n]!);
  }
  return { root, edgeStart, edgeChar, edgeNext, termStart, termRows };
}

const classOf = (c: number): number => {
  const k = CLS[c] as number;
  return k === UNKNOWN ? classify(c) : k;
};

/** Build a matcher from compiled data (cheap: a few milliseconds for thousands of aliases). */
export function createMatcher(data: MatcherData): Matcher {
  const trie = buildTrie(data);
  const { root, edgeStart, edgeChar, edgeNext, termStart, termRows } = trie;
  const flagsOf = Int32Array.from(data.keys, (k) => k[3]);
  const entityIds = data.keys.map((k) => data.entities[k[1]]!.id);
  const aliasTexts = data.keys.map((k) => data.entities[k[1]]!.aliases[k[2]]!.text);
  // Best match at the current word start; plain variables instead of an object keep findAll allocation-free.
  let bestStart = -1;
  let bestEnd = -1;
  let bestRow = -1;
  const starts: number[] = [];

  const child = (node: number, c: number): number => {
    if (node === 0) return root[c] as number;
    const end = edgeStart[node + 1]!;
    for (let e = edgeStart[node]!; e < end; e++) if (edgeChar[e] === c) return edgeNext[e]!;
    return 0;
  };

  /** Where a match of `row` that spells its key up to `j` really ends, or -1 if the word goes on. */
  const endOf = (text: string, start: number, j: number, row: number): number => {
    const flags = flagsOf[row]!;
    const n = text.length;
    while (j < n && classOf(text.charCodeAt(j)) === DROPPED) j++;
    if (flags & (INFLECT_OPTIONAL | INFLECT_REQUIRED)) {
      let ending = '';
      while (j < n) {
        const c = text.charCodeAt(j);
        const k = classOf(c);
        if (k === WORD) {
          if (ending.length === MAX_ENDING) return -1;
          ending += String.fromCharCode(FOLD[c]!);
        } else if (k !== DROPPED) break;
        j++;
      }
      if (ending === '') {
        if (flags & INFLECT_REQUIRED) return -1;
      } else if (!(flags & INFLECT_REQUIRED ? STEM_ENDINGS : CONSONANT_ENDINGS).has(ending)) return -1;
    } else if (j < n && classOf(text.charCodeAt(j)) === WORD) return -1;
    if (flags & UPPER_ONLY) {
      const span = text.slice(start, j);
      if (span !== span.toUpperCase()) return -1;
    }
    return j;
  };

  /** Walk the trie from `node` reading text from `p`; record the longest accepted end. */
  const walk = (text: string, p: number, node: number): void => {
    const n = text.length;
    let j = p;
    let inSep = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = classOf(c);
      if (k === DROPPED) {
        j++;
        continue;
      }
      if (k === SEP) {
        if (!inSep) {
          node = child(node, SPACE);
          if (node === 0) return;
          inSep = true;
        }
        j++;
        continue;
      }
      inSep = false;
      node = child(node, FOLD[c]!);
      if (node === 0) return;
      j++;
      const t1 = termStart[node + 1]!;
      for (let t = termStart[node]!; t < t1; t++) {
        const row = termRows[t]!;
        const end = endOf(text, p, j, row);
        if (end > bestEnd || (end === bestEnd && end >= 0 && p < bestStart)) {
          bestEnd = end;
          bestStart = p;
          bestRow = row;
        }
      }
    }
  };

  const findAll = (text: string): Mention[] => {
    const out: Mention[] = [];
    const n = text.length;
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let k = CLS[c] as number;
      if (k === UNKNOWN) k = classify(c);
      if (k !== WORD) {
        if (k !== DROPPED) inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      const f = FOLD[c]!;
      const arabic = isArabic(f);
      if (root[f] === 0 && !arabic) continue;
      bestEnd = -1;
      bestStart = -1;
      bestRow = -1;
      walk(text, i, 0);
      if (arabic) {
        starts.length = 0;
        particleStarts(text, i, starts);
        for (let s = 0; s < starts.length; s += 2) {
          const p = starts[s]!;
          if (starts[s + 1] === 1) {
            const afterAlef = root[ALEF]!;
            if (afterAlef !== 0) walk(text, p, afterAlef);
          } else walk(text, p, 0);
        }
      }
      if (bestRow < 0) continue;
      out.push({ entityId: entityIds[bestRow]!, start: bestStart, end: bestEnd, alias: aliasTexts[bestRow]! });
      // The unit at bestEnd is not a word character, so the scan resumes there with inWord reset.
      i = bestEnd - 1;
    }
    return out;
  };

  return { findAll };
}
