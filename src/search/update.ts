import type { CorpusBundle, Passage } from '../model/corpus-types';
import { buildAliasTable } from './alias-table';
import { type SearchIndex, buildSearchIndex, charMask, indexedStem, lengthNorms, outletKeyOf, passageRef } from './search-index';
import { tokenize } from './tokenize';

/**
 * The index of the previous corpus brought up to a new one in place of a rebuild: the passages the new
 * corpus lacks are marked dead (never answered, out of N), the new ones get the next passage numbers
 * (so every posting list stays ascending and only the terms they use are touched), and the vocabulary
 * is sorted again. A save to a corpus of 10,000 articles tokenizes one article, not 40,000 passages.
 *
 * When dead passages pass a quarter of the index (many removals), it is rebuilt from the bundle instead,
 * so it never grows without bound. Ties rank in passage-number order, which for an updated index is
 * the order passages arrived in, not the bundle's: results may differ from a rebuild only among ties.
 * Scores are a rebuild's: dead passages leave the posting lists, so document frequencies count live ones.
 */
export const REBUILD_DEAD_SHARE = 0.25;

function countDead(dead: Uint8Array): number {
  let count = 0;
  for (const x of dead) count += x;
  return count;
}

/** A posting list without the dead passages. */
function prune(docs: Int32Array, freqs: Uint16Array, dead: Uint8Array): [Int32Array, Uint16Array] {
  let keep = 0;
  for (const d of docs) if (dead[d] === 0) keep++;
  if (keep === docs.length) return [docs, freqs];
  const outDocs = new Int32Array(keep);
  const outFreqs = new Uint16Array(keep);
  let j = 0;
  for (let k = 0; k < docs.length; k++) {
    if (dead[docs[k]!] !== 0) continue;
    outDocs[j] = docs[k]!;
    outFreqs[j++] = freqs[k]!;
  }
  return [outDocs, outFreqs];
}

export function updateSearchIndex(
  index: SearchIndex,
  bundle: Pick<CorpusBundle, 'version' | 'articles' | 'passages' | 'entities'>,
  rebuildDeadShare = REBUILD_DEAD_SHARE,
): SearchIndex {
  const wanted = new Set<string>();
  for (const p of bundle.passages) wanted.add(p.id);
  const n = index.passages.length;
  const dead = new Uint8Array(n);
  const have = new Set<string>();
  let live = 0;
  for (let d = 0; d < n; d++) {
    const id = index.passages[d]!.id;
    if (index.dead[d] !== 0 || !wanted.has(id)) dead[d] = 1;
    else {
      have.add(id);
      live++;
    }
  }
  const added = bundle.passages.filter((p) => !have.has(p.id));
  const total = n + added.length;
  if (total - (live + added.length) > total * rebuildDeadShare) return buildSearchIndex(bundle as CorpusBundle);

  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  // New postings per stem, for the added passages (numbered n, n + 1, …).
  const postings = new Map<string, { docs: number[]; freqs: number[]; surface: string }>();
  const length = new Uint16Array(total);
  length.set(index.length);
  const outlet = [...index.outlet];
  const outletKey = [...index.outletKey];
  const date = [...index.date];
  const passages = [...index.passages];
  const entityLists = new Map<string, number[]>();
  const stems = new Map<string, string | undefined>();
  added.forEach((p: Passage, k) => {
    const d = n + k;
    const article = articles.get(p.articleId);
    passages.push(passageRef(p));
    outlet.push(article?.outlet ?? '');
    outletKey.push(outletKeyOf(article?.outlet ?? ''));
    date.push(article?.date ?? '');
    const tf = new Map<string, number>();
    let count = 0;
    tokenize(p.text, (folded, start, end) => {
      if (!stems.has(folded)) stems.set(folded, indexedStem(folded));
      const s = stems.get(folded);
      if (s === undefined) return;
      count++;
      tf.set(s, (tf.get(s) ?? 0) + 1);
      if (!postings.has(s)) postings.set(s, { docs: [], freqs: [], surface: p.text.slice(start, end) });
    });
    length[d] = Math.min(count, 65535);
    for (const [s, f] of tf) {
      const list = postings.get(s)!;
      list.docs.push(d);
      list.freqs.push(Math.min(f, 65535));
    }
    for (const id of p.entityIds) {
      let list = entityLists.get(id);
      if (!list) entityLists.set(id, (list = []));
      list.push(d);
    }
  });
  const deadAll = new Uint8Array(total);
  deadAll.set(dead);

  // The vocabulary: the old terms with their postings extended, the new ones added, sorted again.
  // Dead passages leave every posting list (so document frequencies, and scores, are a rebuild's), and a
  // term left with none leaves the vocabulary (no completion or correction to a word the corpus lost).
  const merged = new Map<string, { docs: Int32Array; freqs: Uint16Array; surface: string }>();
  const pruning = live < n - countDead(index.dead);
  index.terms.forEach((t, id) => {
    let docs = index.docs[id]!;
    let freqs = index.freqs[id]!;
    if (pruning) [docs, freqs] = prune(docs, freqs, dead);
    if (docs.length > 0) merged.set(t, { docs, freqs, surface: index.surface[id]! });
  });
  for (const [s, add] of postings) {
    const old = merged.get(s);
    if (!old) merged.set(s, { docs: Int32Array.from(add.docs), freqs: Uint16Array.from(add.freqs), surface: add.surface });
    else {
      const docs = new Int32Array(old.docs.length + add.docs.length);
      docs.set(old.docs);
      docs.set(add.docs, old.docs.length);
      const freqs = new Uint16Array(docs.length);
      freqs.set(old.freqs);
      freqs.set(add.freqs, old.freqs.length);
      merged.set(s, { docs, freqs, surface: old.surface });
    }
  }
  const terms = postings.size === 0 && !pruning ? index.terms : [...merged.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termIds = new Map<string, number>();
  const byLength: number[][] = [];
  terms.forEach((t, id) => {
    termIds.set(t, id);
    (byLength[t.length] ??= []).push(id);
  });
  const entityDocs = new Map<string, Int32Array>();
  for (const [id, list] of index.entityDocs) {
    const kept = pruning ? list.filter((d) => dead[d] === 0) : list;
    if (kept.length > 0) entityDocs.set(id, kept);
  }
  for (const [id, list] of entityLists) {
    const old = entityDocs.get(id);
    const all = new Int32Array((old?.length ?? 0) + list.length);
    if (old) all.set(old);
    all.set(list, old?.length ?? 0);
    entityDocs.set(id, all);
  }
  let sum = 0;
  for (let d = 0; d < total; d++) if (deadAll[d] === 0) sum += length[d]!;
  const liveAll = live + added.length;
  const avgLength = liveAll > 0 ? Math.max(1, sum / liveAll) : 1;
  return {
    version: bundle.version,
    passages,
    dead: deadAll,
    live: liveAll,
    outlet,
    outletKey,
    date,
    length,
    avgLength,
    norm: lengthNorms(length, avgLength),
    terms,
    termIds,
    docs: terms.map((t) => merged.get(t)!.docs),
    freqs: terms.map((t) => merged.get(t)!.freqs),
    surface: terms.map((t) => merged.get(t)!.surface),
    byLength,
    masks: postings.size === 0 && !pruning ? index.masks : Uint32Array.from(terms, charMask),
    entityDocs,
    aliases: buildAliasTable(bundle.entities),
  };
}
