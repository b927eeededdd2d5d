import type { CorpusBundle, Passage } from '../model/corpus-types';
import { type AliasEntry, buildAliasTable } from './alias-table';
import { STOPWORDS, stem } from './stem';
import { tokenize } from './tokenize';

/** What the index keeps of a passage: no text (results read theirs from the corpus, see search.ts). */
export type PassageRef = Pick<Passage, 'id' | 'articleId'>;

/**
 * An inverted index over the passages of one corpus bundle. Built in memory (about 2 s for 10,000
 * articles, see README.md), stored in IndexedDB by corpus version and updated in place after a change
 * (update.ts, serialize.ts). It keeps only numbers and passage ids: the texts stay in the corpus.
 */
export interface SearchIndex {
  /** `CorpusBundle.version` of the corpus it indexes. */
  version: string;
  /** Per passage number: the passage. A number is never reused: a removed passage is `dead`. */
  passages: PassageRef[];
  /** Per passage: 1 when it has left the corpus (an update removed its article). */
  dead: Uint8Array;
  /** Passages not dead: the N of BM25. */
  live: number;
  /** The passages whole, when the index was built from a bundle in memory (`search` needs their texts). */
  passage?: (d: number) => Passage | undefined;
  /** Per passage: outlet (folded) and date of its article, for filters and results. */
  outlet: string[];
  outletKey: string[];
  date: string[];
  /** Per passage: number of indexed words, for BM25 length normalisation. */
  length: Uint16Array;
  avgLength: number;
  /** Per passage: BM25 length factor (see `lengthNorms`). */
  norm: Float32Array;
  /** Vocabulary of stems, sorted, so a prefix is a contiguous range of term ids. */
  terms: string[];
  termIds: Map<string, number>;
  /** Per term id: passages (ascending) and term frequency in each. */
  docs: Int32Array[];
  freqs: Uint16Array[];
  /** Per term id: the word as first written in the corpus, to show a correction ("Tartus"). */
  surface: string[];
  /** Term ids grouped by term length, for the typo-tolerant scan. */
  byLength: number[][];
  /** Per term id: `charMask` of the term. */
  masks: Uint32Array;
  /** Entity id → passages that name it (ascending). */
  entityDocs: Map<string, Int32Array>;
  aliases: AliasEntry[];
}

export const passageRef = ({ id, articleId }: Passage): PassageRef => ({ id, articleId });

export function outletKeyOf(outlet: string): string {
  return outlet.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** BM25 parameters (the usual ones): term-frequency saturation and length normalisation. */
export const K1 = 1.2;
export const B = 0.75;

/** 32-bit set of the characters of a word (hashed), for a cheap lower bound on edit distance. */
export function charMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) & 31);
  return m >>> 0;
}

/** Per passage: the BM25 length factor K1·(1 − B + B·len/avg), computed once instead of per hit. */
export function lengthNorms(length: Uint16Array, avgLength: number): Float32Array {
  return Float32Array.from(length, (len) => K1 * (1 - B + (B * len) / avgLength));
}

/** The stem a folded word is indexed under; undefined for a word not indexed (a stopword, a lone letter). */
export function indexedStem(folded: string): string | undefined {
  return (folded.length < 2 && !/\d/.test(folded)) || STOPWORDS.has(folded) ? undefined : stem(folded);
}

/** Build the index. Pure and deterministic: the same bundle always gives the same index. */
export function buildSearchIndex(bundle: CorpusBundle): SearchIndex {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const passages = bundle.passages;
  const n = passages.length;
  const length = new Uint16Array(n);
  const outlet: string[] = [];
  const outletKey: string[] = [];
  const date: string[] = [];
  // Words repeat a lot: each distinct folded word is stemmed once and mapped to a provisional term
  // number (-1: not indexed); the vocabulary is sorted at the end.
  const wordTerm = new Map<string, number>();
  const stemTerm = new Map<string, number>();
  const stems: string[] = [];
  const docLists: number[][] = [];
  const freqLists: number[][] = [];
  const surfaces: string[] = [];
  const tf: number[] = [];
  const entityLists = new Map<string, number[]>();
  let total = 0;

  for (let d = 0; d < n; d++) {
    const p = passages[d] as Passage;
    const article = articles.get(p.articleId);
    outlet.push(article?.outlet ?? '');
    outletKey.push(outletKeyOf(article?.outlet ?? ''));
    date.push(article?.date ?? '');
    const touched: number[] = [];
    let count = 0;
    const text = p.text;
    tokenize(text, (folded, start, end) => {
      let t = wordTerm.get(folded);
      if (t === undefined) {
        const s = indexedStem(folded);
        if (s === undefined) t = -1;
        else {
          t = stemTerm.get(s);
          if (t === undefined) {
            t = stems.length;
            stemTerm.set(s, t);
            stems.push(s);
            docLists.push([]);
            freqLists.push([]);
            surfaces.push(text.slice(start, end));
            tf.push(0);
          }
        }
        wordTerm.set(folded, t);
      }
      if (t < 0) return;
      count++;
      if (tf[t] === 0) touched.push(t);
      tf[t] = (tf[t] as number) + 1;
    });
    length[d] = Math.min(count, 65535);
    total += count;
    for (const t of touched) {
      (docLists[t] as number[]).push(d);
      (freqLists[t] as number[]).push(Math.min(tf[t] as number, 65535));
      tf[t] = 0;
    }
    for (const id of p.entityIds) {
      let list = entityLists.get(id);
      if (!list) entityLists.set(id, (list = []));
      list.push(d);
    }
  }

  const order = stems.map((_, i) => i).sort((a, b) => ((stems[a] as string) < (stems[b] as string) ? -1 : 1));
  const terms = order.map((i) => stems[i] as string);
  const termIds = new Map<string, number>();
  const byLength: number[][] = [];
  const masks = new Uint32Array(terms.length);
  terms.forEach((t, id) => {
    termIds.set(t, id);
    (byLength[t.length] ??= []).push(id);
    masks[id] = charMask(t);
  });
  const entityDocs = new Map<string, Int32Array>();
  for (const [id, list] of entityLists) entityDocs.set(id, Int32Array.from(list));
  const avgLength = n > 0 ? Math.max(1, total / n) : 1;

  return {
    version: bundle.version,
    passages: passages.map(passageRef),
    dead: new Uint8Array(n),
    live: n,
    passage: (d) => passages[d],
    outlet,
    outletKey,
    date,
    length,
    avgLength,
    norm: lengthNorms(length, avgLength),
    terms,
    termIds,
    docs: order.map((i) => Int32Array.from(docLists[i] as number[])),
    freqs: order.map((i) => Uint16Array.from(freqLists[i] as number[])),
    surface: order.map((i) => surfaces[i] as string),
    byLength,
    masks,
    entityDocs,
    aliases: buildAliasTable(bundle.entities),
  };
}
