import type { ArticleMeta, CorpusBundle } from '../model/corpus-types';
import {
  CORPUS_META_KEY,
  SLOT_STORES,
  aliasKeysOf,
  isCorpusMeta,
  type BackstoryDb,
  type CorpusMeta,
  type StoredArticle,
} from './schema';
import { corpusCounts } from './corpus-import';

/**
 * Writes a recompiled corpus into the slot being read by changing only what changed, in one
 * transaction: the articles added, edited or removed and their passages, and the small whole-corpus
 * kinds (entities, claims, timeline) when they differ. A save to a corpus of 10,000 articles writes a
 * few dozen records, not a new copy of 50,000. Readers see the corpus before or after, whole: the
 * transaction commits all of it or none.
 *
 * It declines (`'full'`), and the caller imports the corpus whole into the other slot (corpus-import.ts),
 * when there is no corpus to patch, when it was compiled from another shipped corpus (every passage may
 * have changed), when it was stored before passages were ordered by article, or when the change is large
 * (a pack): a long transaction would hold readers back, and the chunked import lets them read meanwhile.
 */

/** Above this many article and passage records to write or delete, the chunked import is used instead. */
export const PATCH_RECORD_LIMIT = 5_000;

export interface PatchOptions {
  /** What the bundle was compiled from (`CorpusMeta.basis`). */
  basis: string;
  now?: () => number;
  recordLimit?: number;
  /**
   * The corpus stored, as the caller compiled it (when it still holds it): when its version is the stored one,
   * its articles tell which stored articles changed, and only those and the neighbours of new ones are read
   * (a save to 10,000 articles then reads a handful of article records, not all of them).
   */
  stored?: Pick<CorpusBundle, 'version' | 'articles'>;
}

/** The shipped corpus a basis was compiled on: `<shipped>` or `<shipped>+r<revision>`. */
const shippedPart = (basis: string): string => basis.replace(/\+r\d+$/, '');

const stripSeq = <T extends { seq: number }>({ seq: _seq, ...rest }: T): Omit<T, 'seq'> => rest;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function patchCorpus(db: BackstoryDb, bundle: CorpusBundle, options: PatchOptions): Promise<'current' | 'patched' | 'full'> {
  const meta = await db.get('corpusMeta', CORPUS_META_KEY);
  if (!isCorpusMeta(meta) || meta.passageOrder !== 'article') return 'full';
  if (meta.version === bundle.version) {
    if ((meta.basis ?? meta.version) !== options.basis) await db.put('corpusMeta', { ...meta, basis: options.basis });
    return 'current';
  }
  if (shippedPart(meta.basis ?? meta.version) !== shippedPart(options.basis)) return 'full';
  const stores = SLOT_STORES[meta.slot ?? 'a'];

  // Read what is stored (outside the write, so cards keep reading meanwhile); the write checks nothing moved.
  const read = db.transaction([stores.articles, stores.entities, stores.claims, stores.timeline], 'readonly');
  const held = options.stored?.version === meta.version ? options.stored : undefined;
  const [readArticles, storedEntities, storedClaims, storedTimeline] = await Promise.all([
    held ? storedArticlesNeeded(read.objectStore(stores.articles), held.articles, bundle.articles) : read.objectStore(stores.articles).getAll(),
    read.objectStore(stores.entities).getAll(),
    read.objectStore(stores.claims).getAll(),
    read.objectStore(stores.timeline).getAll(),
  ]);
  // A record the held corpus names but the store lacks: they disagree, and the whole import puts it right.
  if (!readArticles) return 'full';
  const stored = new Map(readArticles.map((a) => [a.id, a]));
  // Which articles are stored, and whether one changed: the held corpus answers both without reading 10,000 records.
  const storedIds = held ? new Set(held.articles.map((a) => a.id)) : new Set(stored.keys());
  const heldById = held && new Map(held.articles.map((a) => [a.id, a]));
  const changed = (article: ArticleMeta): boolean => (heldById ? !same(heldById.get(article.id), article) : !same(stripSeq(stored.get(article.id)!), article));
  const seqOf = (id: string): number => stored.get(id)!.seq;
  const next = new Set(bundle.articles.map((a) => a.id));
  const removed = [...storedIds].filter((id) => !next.has(id));

  // Each article keeps its stored position; a new one takes a position between its neighbours' (the
  // order is the bundle's, so the neighbours are the surviving articles before and after it).
  const articlePuts: StoredArticle[] = [];
  const added = new Set<string>();
  let before = -1;
  for (let i = 0; i < bundle.articles.length; i++) {
    const article = bundle.articles[i]!;
    if (storedIds.has(article.id)) {
      // Read lazily: with a held corpus only the neighbours of new articles and the changed ones were read.
      if (changed(article)) articlePuts.push({ ...article, seq: seqOf(article.id) });
      continue;
    }
    const previous = bundle.articles[i - 1];
    if (previous && storedIds.has(previous.id)) before = seqOf(previous.id);
    let j = i + 1;
    while (j < bundle.articles.length && !storedIds.has(bundle.articles[j]!.id)) j++;
    const after = j < bundle.articles.length ? seqOf(bundle.articles[j]!.id) : before + 2;
    const seq = before + (after - before) / 2;
    // Midpoints of midpoints run out of precision after ~50 insertions at one place: import afresh then.
    if (!(seq > before && seq < after)) return 'full';
    articlePuts.push({ ...(article as ArticleMeta), seq });
    added.add(article.id);
    before = seq;
  }
  const passagePuts = bundle.passages.filter((p) => added.has(p.articleId));
  if (articlePuts.length + passagePuts.length + removed.length > (options.recordLimit ?? PATCH_RECORD_LIMIT)) return 'full';

  const putSeq = new Map(articlePuts.map((a) => [a.id, a.seq]));
  const entityChanges = changedRecords(storedEntities.map(({ aliasKeys: _k, ...e }) => e), bundle.entities);
  const claimChanges = changedRecords(storedClaims, bundle.claims);
  const timelineChanges = changedRecords(storedTimeline, bundle.timeline);

  const tx = db.transaction([stores.articles, stores.passages, stores.entities, stores.claims, stores.timeline, 'corpusMeta'], 'readwrite');
  const current = await tx.objectStore('corpusMeta').get(CORPUS_META_KEY);
  if (!isCorpusMeta(current) || current.version !== meta.version || current.slot !== meta.slot) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return 'full';
  }
  const articles = tx.objectStore(stores.articles);
  const passages = tx.objectStore(stores.passages);
  const work: Array<Promise<unknown>> = [];
  for (const id of removed) {
    work.push(articles.delete(id));
    work.push(passages.index('by-article').getAllKeys(id).then((keys) => Promise.all(keys.map((k) => passages.delete(k)))));
  }
  for (const a of articlePuts) work.push(articles.put(a));
  for (const p of passagePuts) work.push(passages.put({ ...p, seq: putSeq.get(p.articleId)! }));
  {
    const store = tx.objectStore(stores.entities);
    for (const id of entityChanges.deletes) work.push(store.delete(id));
    for (const e of entityChanges.puts) work.push(store.put({ ...e, aliasKeys: aliasKeysOf(e) }));
  }
  {
    const store = tx.objectStore(stores.claims);
    for (const id of claimChanges.deletes) work.push(store.delete(id));
    for (const c of claimChanges.puts) work.push(store.put(c));
  }
  {
    const store = tx.objectStore(stores.timeline);
    for (const id of timelineChanges.deletes) work.push(store.delete(id));
    for (const t of timelineChanges.puts) work.push(store.put(t));
  }
  const complete: CorpusMeta = {
    ...current,
    version: bundle.version,
    asOf: bundle.asOf,
    counts: corpusCounts(bundle),
    importedAt: (options.now ?? Date.now)(),
    basis: options.basis,
  };
  work.push(tx.objectStore('corpusMeta').put(complete));
  await Promise.all([...work, tx.done]);
  return 'patched';
}

/**
 * The stored records of the articles whose positions a patch needs, given the corpus stored (`held`) and the new
 * one: the changed ones (their position is kept) and the surviving neighbours of each new one (it goes between).
 */
async function storedArticlesNeeded(
  store: { get(id: string): Promise<StoredArticle | undefined> },
  held: readonly ArticleMeta[],
  next: readonly ArticleMeta[],
): Promise<StoredArticle[] | undefined> {
  const heldById = new Map(held.map((a) => [a.id, a]));
  const needed = new Set<string>();
  // The next stored article after each position, from a backward pass: one pass each way, however many are new.
  const nextKnown: Array<string | undefined> = new Array(next.length + 1);
  for (let i = next.length - 1; i >= 0; i--) nextKnown[i] = heldById.has(next[i]!.id) ? next[i]!.id : nextKnown[i + 1];
  let lastKnown: string | undefined;
  for (let i = 0; i < next.length; i++) {
    const article = next[i]!;
    const known = heldById.get(article.id);
    if (known) {
      if (!same(known, article)) needed.add(article.id);
      lastKnown = article.id;
      continue;
    }
    if (lastKnown) needed.add(lastKnown);
    const after = nextKnown[i + 1];
    if (after) needed.add(after);
  }
  const records = await Promise.all([...needed].map((id) => store.get(id)));
  return records.every((r) => r !== undefined) ? records : undefined;
}

/**
 * The records of a whole-corpus kind (entities, claims, timeline) to write so that the store holds `next` in its
 * order: those new or changed, and the ids to delete. Records keep their stored position (`seq`) while the order
 * allows, so a save that changes the claims of a few entities writes those claims, not the corpus's 1,500.
 *
 * Records placed anew between two kept ones share that gap evenly (a run of k costs log2(k) bits of the gap, not
 * k: halving the gap once per record ran out of precision after ~50 claims re-sorted in one place, and a single
 * save of a 10,000-article corpus then fell back to importing the whole corpus, making the next save wait ~10 s).
 * If a gap is still too narrow, the whole kind is renumbered: at most a few thousand small records, written in
 * the same transaction, far cheaper than a new copy of the corpus.
 */
export function changedRecords<T extends { id: string }>(
  stored: ReadonlyArray<T & { seq: number }>,
  next: readonly T[],
): { puts: Array<T & { seq: number }>; deletes: string[] } {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const keep = new Set(next.map((r) => r.id));
  const deletes = stored.filter((r) => !keep.has(r.id)).map((r) => r.id);
  // Which records keep their stored position: each known one whose seq is above the last one kept (greedy, in order).
  const kept: boolean[] = [];
  let last = -Infinity;
  for (const record of next) {
    const seq = byId.get(record.id)?.seq;
    kept.push(seq !== undefined && seq > last);
    if (seq !== undefined && seq > last) last = seq;
  }
  const puts: Array<T & { seq: number }> = [];
  let before = -Infinity;
  for (let i = 0; i < next.length; ) {
    if (kept[i]) {
      const record = next[i]!;
      const known = byId.get(record.id)!;
      before = known.seq;
      if (!same(stripSeq(known), record)) puts.push({ ...record, seq: known.seq });
      i++;
      continue;
    }
    // A run of records placed anew, up to the next kept one: spread over the gap.
    let end = i;
    while (end < next.length && !kept[end]) end++;
    const after = end < next.length ? byId.get(next[end]!.id)!.seq : Infinity;
    const count = end - i;
    for (let k = 0; k < count; k++) {
      const seq = before === -Infinity ? (after === Infinity ? k : after - count + k) : after === Infinity ? before + 1 + k : before + ((after - before) * (k + 1)) / (count + 1);
      const previous = k === 0 ? before : puts[puts.length - 1]!.seq;
      if (!(seq > previous && seq < after)) return renumbered(next, stored);
      puts.push({ ...next[i + k]!, seq });
    }
    before = puts[puts.length - 1]!.seq;
    i = end;
  }
  return { puts, deletes };
}

/** Every record of `next` at its index (the kind written anew), and the stored ones it no longer holds deleted. */
function renumbered<T extends { id: string }>(next: readonly T[], stored: ReadonlyArray<{ id: string }>): { puts: Array<T & { seq: number }>; deletes: string[] } {
  const keep = new Set(next.map((r) => r.id));
  return { puts: next.map((record, seq) => ({ ...record, seq })), deletes: stored.filter((r) => !keep.has(r.id)).map((r) => r.id) };
}
