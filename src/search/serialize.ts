import type { CorpusBundle } from '../model/corpus-types';
import { buildAliasTable } from './alias-table';
import { type SearchIndex, charMask, lengthNorms, outletKeyOf } from './search-index';

/**
 * The index as plain JSON, to keep in IndexedDB next to the bundle it was built from and skip the
 * rebuild at startup. Only what is costly to recompute is stored (vocabulary, postings, lengths);
 * outlets, dates, entity lists and aliases come back from the bundle. Postings are delta-encoded
 * passage numbers, so most of them are one or two digits.
 */
export interface SerializedSearchIndex {
  format: 1;
  /** `CorpusBundle.version` the index was built from; loading against another bundle is refused. */
  version: string;
  length: number[];
  terms: string[];
  surface: string[];
  /** Per term: passage numbers, first absolute, then differences. */
  docs: number[][];
  /** Per term: frequencies, or [] when every frequency is 1 (the common case). */
  freqs: number[][];
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return {
    format: 1,
    version: index.bundle.version,
    length: Array.from(index.length),
    terms: index.terms,
    surface: index.surface,
    docs: index.docs.map((list) => Array.from(list, (d, k) => (k === 0 ? d : d - (list[k - 1] as number)))),
    freqs: index.freqs.map((list) => (list.every((f) => f === 1) ? [] : Array.from(list))),
  };
}

/** Rebuild a usable index from its JSON form and the bundle it belongs to; undefined if they differ. */
export function loadSearchIndex(data: SerializedSearchIndex, bundle: CorpusBundle): SearchIndex | undefined {
  if (data.format !== 1 || data.version !== bundle.version || data.length.length !== bundle.passages.length) return undefined;
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const passages = bundle.passages;
  const outlet = passages.map((p) => articles.get(p.articleId)?.outlet ?? '');
  const date = passages.map((p) => articles.get(p.articleId)?.date ?? '');
  const termIds = new Map<string, number>();
  const byLength: number[][] = [];
  const docs: Int32Array[] = [];
  const freqs: Uint16Array[] = [];
  data.terms.forEach((t, id) => {
    termIds.set(t, id);
    (byLength[t.length] ??= []).push(id);
    const delta = data.docs[id] ?? [];
    const list = new Int32Array(delta.length);
    let d = 0;
    delta.forEach((x, k) => (list[k] = d = k === 0 ? x : d + x));
    docs.push(list);
    const f = data.freqs[id] ?? [];
    freqs.push(f.length ? Uint16Array.from(f) : new Uint16Array(list.length).fill(1));
  });
  const entityLists = new Map<string, number[]>();
  passages.forEach((p, d) => {
    for (const id of p.entityIds) {
      let list = entityLists.get(id);
      if (!list) entityLists.set(id, (list = []));
      list.push(d);
    }
  });
  const total = data.length.reduce((a, b) => a + b, 0);
  const avgLength = passages.length > 0 ? Math.max(1, total / passages.length) : 1;
  const length = Uint16Array.from(data.length);
  return {
    bundle,
    passages,
    outlet,
    outletKey: outlet.map(outletKeyOf),
    date,
    length,
    avgLength,
    norm: lengthNorms(length, avgLength),
    terms: data.terms,
    termIds,
    docs,
    freqs,
    surface: data.surface,
    byLength,
    masks: Uint32Array.from(data.terms, charMask),
    entityDocs: new Map([...entityLists].map(([id, list]) => [id, Int32Array.from(list)])),
    aliases: buildAliasTable(bundle.entities),
  };
}
