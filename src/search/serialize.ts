import type { AliasEntry } from './alias-table';
import { type PassageRef, type SearchIndex, charMask, lengthNorms, outletKeyOf } from './search-index';

/**
 * The index as IndexedDB keeps it (structured clone, not JSON), next to the corpus it was built from,
 * so a worker started again reads it instead of reading the whole corpus and rebuilding it. What is
 * large is in a few typed arrays (copied as bytes); words are joined into one string. It holds no
 * passage text: results read theirs by id (search.ts `searchWith`).
 */
export interface SerializedSearchIndex {
  format: 2;
  /** `CorpusBundle.version` the index was built from; loading it for another version is refused. */
  version: string;
  /** Per passage: id, and its article as a number into `articles`. */
  passageIds: string[];
  passageArticle: Int32Array;
  /** Per article number: id, outlet and date. */
  articles: string[];
  outlets: string[];
  dates: string[];
  dead: Uint8Array;
  length: Uint16Array;
  /** The vocabulary joined by "\n" (a term never holds whitespace), and each term's first spelling. */
  terms: string;
  surface: string;
  /** Postings of term t: `docs`/`freqs` from `offsets[t]` to `offsets[t + 1]`. */
  offsets: Int32Array;
  docs: Int32Array;
  freqs: Uint16Array;
  /** Per entity: the passages that name it, from `entityOffsets[e]` to `entityOffsets[e + 1]` of `entityDocs`. */
  entityIds: string[];
  entityOffsets: Int32Array;
  entityDocs: Int32Array;
  aliases: AliasEntry[];
}

function concat<T extends Int32Array | Uint16Array>(lists: T[], make: (n: number) => T): { offsets: Int32Array; all: T } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const all = make(offsets[lists.length]!);
  lists.forEach((l, i) => all.set(l, offsets[i]!));
  return { offsets, all };
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  const articleNumber = new Map<string, number>();
  const articles: string[] = [];
  const outlets: string[] = [];
  const dates: string[] = [];
  const passageArticle = Int32Array.from(index.passages, (p, d) => {
    let a = articleNumber.get(p.articleId);
    if (a === undefined) {
      articleNumber.set(p.articleId, (a = articles.length));
      articles.push(p.articleId);
      outlets.push(index.outlet[d] ?? '');
      dates.push(index.date[d] ?? '');
    }
    return a;
  });
  const docs = concat(index.docs, (n) => new Int32Array(n));
  const freqs = concat(index.freqs, (n) => new Uint16Array(n));
  const entities = [...index.entityDocs];
  const entityDocs = concat(entities.map(([, list]) => list), (n) => new Int32Array(n));
  return {
    format: 2,
    version: index.version,
    passageIds: index.passages.map((p) => p.id),
    passageArticle,
    articles,
    outlets,
    dates,
    dead: index.dead,
    length: index.length,
    terms: index.terms.join('\n'),
    surface: index.surface.join('\n'),
    offsets: docs.offsets,
    docs: docs.all,
    freqs: freqs.all,
    entityIds: entities.map(([id]) => id),
    entityOffsets: entityDocs.offsets,
    entityDocs: entityDocs.all,
    aliases: index.aliases,
  };
}

/** The index again from its stored form (without texts: see `searchWith`); undefined if it is not one of this format. */
export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex | undefined {
  if (data?.format !== 2) return undefined;
  const n = data.passageIds.length;
  const entityDocs = new Map<string, Int32Array>();
  data.entityIds.forEach((id, e) => entityDocs.set(id, data.entityDocs.subarray(data.entityOffsets[e]!, data.entityOffsets[e + 1]!)));
  const passages: PassageRef[] = data.passageIds.map((id, d) => ({ id, articleId: data.articles[data.passageArticle[d]!]! }));
  // Per article, then spread to its passages: a few thousand foldings, not one per passage.
  const outletKeys = data.outlets.map(outletKeyOf);
  const outlet = Array.from(data.passageArticle, (a) => data.outlets[a]!);
  const outletKey = Array.from(data.passageArticle, (a) => outletKeys[a]!);
  const date = Array.from(data.passageArticle, (a) => data.dates[a]!);
  const terms = data.terms === '' ? [] : data.terms.split('\n');
  const termIds = new Map<string, number>();
  const byLength: number[][] = [];
  terms.forEach((t, id) => {
    termIds.set(t, id);
    (byLength[t.length] ??= []).push(id);
  });
  const docs: Int32Array[] = [];
  const freqs: Uint16Array[] = [];
  for (let t = 0; t < terms.length; t++) {
    docs.push(data.docs.subarray(data.offsets[t]!, data.offsets[t + 1]!));
    freqs.push(data.freqs.subarray(data.offsets[t]!, data.offsets[t + 1]!));
  }
  let live = 0;
  let total = 0;
  for (let d = 0; d < n; d++) {
    if (data.dead[d] !== 0) continue;
    live++;
    total += data.length[d]!;
  }
  const avgLength = live > 0 ? Math.max(1, total / live) : 1;
  return {
    version: data.version,
    passages,
    dead: data.dead,
    live,
    outlet,
    outletKey,
    date,
    length: data.length,
    avgLength,
    norm: lengthNorms(data.length, avgLength),
    terms,
    termIds,
    docs,
    freqs,
    surface: data.surface === '' ? [] : data.surface.split('\n'),
    byLength,
    masks: Uint32Array.from(terms, charMask),
    entityDocs,
    aliases: data.aliases,
  };
}
