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
 *   come from 64 Ki tables (char-table.ts), seeded by the build for the scripts names are written in
 *   and filled lazily for the rest, so `foldChar` runs at most once per distinct unit.
 * - A page's first scan runs this code cold, in V8's interpreter: 5–8 ms for yahoo-2's 52 K units that
 *   take 0.3 ms once optimised. So word starts are first found by a prefilter (prefilter.ts), regexes
 *   the build writes and irregexp runs natively from the start, and only those words are walked
 *   (1.5 ms cold). The trie is built from keys the build sorted, with typed arrays only (trie.ts).
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
import { CLS, DROPPED, FOLD, SEP, SPACE, UNKNOWN, WORD, classify, seedCharTable } from './char-table';
import { isArabic, particleStarts } from './arabic';
import { INFLECT_OPTIONAL, INFLECT_REQUIRED, UPPER_ONLY } from './compile';
import { CONSONANT_ENDINGS, MAX_ENDING, STEM_ENDINGS } from './russian';
import { wordStartOf } from './name-gate';
import { prefilterScan } from './prefilter-scan';
import { buildTrie } from './trie';
import type { Matcher, MatcherData, Mention } from './types';

export { compileMatcherData } from './compile';
export type { Matcher, MatcherData, Mention } from './types';

const ALEF = 0x627;

const classOf = (c: number): number => {
  const k = CLS[c] as number;
  return k === UNKNOWN ? classify(c) : k;
};

export interface MatcherOptions {
  /**
   * 'auto' (the default): the prefilter (prefilter.ts) for the first WARM_AFTER units this matcher
   * reads, then every word start. 'always' and 'never' pin one path: tests check both give the same
   * mentions.
   */
  prefilter?: 'auto' | 'always' | 'never';
}

/**
 * Units after which the word-start loop is the faster path. The prefilter wins while that loop is
 * cold (a page's first scan: 1.5 ms against 5–8 ms for yahoo-2's 52 K units, in Node), but once V8
 * has optimised the loop it reads about 2 units for the prefilter's 3 on English text and 5 on
 * Arabic and Russian (test/bench/matcher-bench.ts), and on text dense with names (the 5 MB bench page)
 * the prefilter's work per hit adds up. Real pages stay far below this; a huge one switches once.
 */
export const WARM_AFTER = 512 * 1024;

/**
 * A matcher over compiled data: the character tables seeded and the prefilter's regexes made. Nothing per
 * entity is built until the prefilter hits: a page that names nothing is answered by the regexes alone, with
 * no trie, no row tables and no keys read (a cheap no: see `wordMatcher`).
 */
export function createMatcher(data: MatcherData, options: MatcherOptions = {}): Matcher {
  seedCharTable(data.chars);
  const mode = options.prefilter ?? 'auto';
  const prefilter = prefilterScan(data.prefilter);
  let unitsRead = 0;
  let words: WordMatcher | undefined;
  const wordsOf = (): WordMatcher => (words ??= wordMatcher(data));

  const findAll = (text: string): Mention[] => {
    const prefiltered = mode === 'always' || (mode === 'auto' && unitsRead < WARM_AFTER);
    unitsRead += text.length;
    if (!prefiltered) return wordsOf().byWords(text);
    const hits = prefilter.hits(text);
    // The cheap no: no place where a name may start, so no per-entity work at all.
    return hits.length === 0 ? [] : wordsOf().atHits(text, hits);
  };

  return { findAll };
}

/** The per-entity half of the matcher: built on the first prefilter hit (or the first unfiltered text). */
interface WordMatcher {
  /** Every word start, in order: the reference the prefiltered scan must agree with. */
  byWords(text: string): Mention[];
  /** Only the words the prefilter points at: the same mentions as byWords (see prefilter.ts). */
  atHits(text: string, hits: Int32Array): Mention[];
}

/** The trie built from the sorted keys (trie.ts), the row tables, and the walk over them. */
function wordMatcher(data: MatcherData): WordMatcher {
  const { rootChild, firstChild, nextSibling, unit, termFirst, termCount } = buildTrie(data.keys.map((k) => k[0]));
  // A plain loop: Int32Array.from with a map function took 1.3–1.9 ms for 1,850 rows on a cold engine.
  const flagsOf = new Int32Array(data.keys.length);
  for (let i = 0; i < data.keys.length; i++) flagsOf[i] = data.keys[i]![3];
  const entityIds = data.keys.map((k) => data.entities[k[1]]!.id);
  const aliasTexts = data.keys.map((k) => data.entities[k[1]]!.aliases[k[2]]!.text);
  // Best match at the current word start; plain variables instead of an object keep findAll allocation-free.
  let bestStart = -1;
  let bestEnd = -1;
  let bestRow = -1;
  const starts: number[] = [];

  const child = (node: number, c: number): number => {
    if (node === 0) return rootChild(c);
    // Siblings are in unit order: stop at the first one past c.
    for (let n = firstChild[node]!; n !== 0; n = nextSibling[n]!) {
      const u = unit[n]!;
      if (u === c) return n;
      if (u > c) return 0;
    }
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
      const t0 = termFirst[node]!;
      const t1 = t0 + termCount[node]!;
      for (let row = t0; row < t1; row++) {
        const end = endOf(text, p, j, row);
        if (end > bestEnd || (end === bestEnd && end >= 0 && p < bestStart)) {
          bestEnd = end;
          bestStart = p;
          bestRow = row;
        }
      }
    }
  };

  /**
   * The best match among the starts of the word at `i` (the word itself, and for Arabic the places
   * after its particles), left in bestStart/bestEnd/bestRow (bestRow < 0: none).
   */
  const matchWord = (text: string, i: number): void => {
    bestEnd = -1;
    bestStart = -1;
    bestRow = -1;
    const f = FOLD[text.charCodeAt(i)]!;
    const arabic = isArabic(f);
    if (rootChild(f) === 0 && !arabic) return;
    walk(text, i, 0);
    if (!arabic) return;
    starts.length = 0;
    particleStarts(text, i, starts);
    for (let s = 0; s < starts.length; s += 2) {
      const p = starts[s]!;
      if (starts[s + 1] === 1) {
        const afterAlef = rootChild(ALEF);
        if (afterAlef !== 0) walk(text, p, afterAlef);
      } else walk(text, p, 0);
    }
  };

  /** Every word start, in order: the reference the prefiltered scan must agree with. */
  const findAllByWords = (text: string): Mention[] => {
    const out: Mention[] = [];
    const n = text.length;
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const k = classOf(text.charCodeAt(i));
      if (k !== WORD) {
        if (k !== DROPPED) inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      matchWord(text, i);
      if (bestRow < 0) continue;
      out.push({ entityId: entityIds[bestRow]!, start: bestStart, end: bestEnd, alias: aliasTexts[bestRow]! });
      // The unit at bestEnd is not a word character, so the scan resumes there with inWord reset.
      i = bestEnd - 1;
    }
    return out;
  };

  const atHits = (text: string, hits: Int32Array): Mention[] => {
    const out: Mention[] = [];
    // No mention may start before this: the end of the last one, or past the last word tried.
    let resume = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (h < resume) continue;
      const w = wordStartOf(text, h);
      if (w < resume || w >= text.length) continue;
      matchWord(text, w);
      if (bestRow < 0) {
        resume = w + 1;
        continue;
      }
      out.push({ entityId: entityIds[bestRow]!, start: bestStart, end: bestEnd, alias: aliasTexts[bestRow]! });
      resume = bestEnd;
    }
    return out;
  };

  return { byWords: findAllByWords, atHits };
}
