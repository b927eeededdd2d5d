import { unwrap } from 'idb';
import type { CorpusBundle } from '../model/corpus-types';
import { CORPUS_META_KEY, CORPUS_STORES, aliasKeysOf, type BackstoryDb, type CorpusMeta } from './schema';

/**
 * Puts the shipped corpus into IndexedDB when the stored one is missing or differs.
 *
 * All corpus stores are cleared and refilled in ONE readwrite transaction, with `corpusMeta` written
 * last. IndexedDB commits a transaction entirely or not at all, so:
 * - a worker stopped mid-import leaves the previous corpus (or none, and no meta) in place;
 * - the next start sees the old or missing version and imports again;
 * - a failed import (quota, bad record) aborts and the old corpus stays readable.
 * User stores are not part of the transaction, so they cannot be touched.
 */

export type CorpusStoreName = (typeof CORPUS_STORES)[number];

export interface ImportProgress {
  /** The store just filled. */
  store: Exclude<CorpusStoreName, 'corpusMeta'>;
  records: number;
}

export interface EnsureCorpusOptions {
  /** Called after each store's records are queued; throwing aborts the import. */
  onProgress?: (progress: ImportProgress) => void;
  now?: () => number;
}

/** The version of the corpus IndexedDB holds whole (its meta is written last), if any. */
export async function storedCorpusVersion(db: BackstoryDb): Promise<string | undefined> {
  return (await db.get('corpusMeta', CORPUS_META_KEY))?.version;
}

export async function ensureCorpus(
  db: BackstoryDb,
  bundle: CorpusBundle,
  options: EnsureCorpusOptions = {},
): Promise<'current' | 'imported'> {
  if (typeof bundle.version !== 'string' || bundle.version === '') {
    throw new TypeError('Corpus bundle has no version.');
  }
  // Cheap read-only check first, so a normal start never takes the write lock on every store.
  if ((await storedCorpusVersion(db)) === bundle.version) return 'current';

  const tx = db.transaction([...CORPUS_STORES], 'readwrite');
  const done = tx.done;
  // `done` rejects when we abort below; we report the first error instead.
  done.catch(() => undefined);
  try {
    // Re-check under the write lock: another context may have imported this bundle meanwhile.
    const meta = await tx.objectStore('corpusMeta').get(CORPUS_META_KEY);
    if (meta?.version === bundle.version) {
      await done;
      return 'current';
    }
    fillStores(tx, bundle, options);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted (connection closed, quota): nothing more to undo.
    }
    throw error;
  }
  await done;
  return 'imported';
}

/**
 * Queues every write without awaiting each one: 100k requests each with its own promise would cost
 * more than the writes. A failing request aborts the transaction, which rejects `done`.
 */
function fillStores(
  tx: ReturnType<BackstoryDb['transaction']>,
  bundle: CorpusBundle,
  options: EnsureCorpusOptions,
): void {
  const raw = (name: CorpusStoreName): IDBObjectStore => unwrap(tx.objectStore(name));
  for (const name of CORPUS_STORES) raw(name).clear();

  const fill = <T>(name: ImportProgress['store'], records: readonly T[], toStored: (r: T, seq: number) => unknown) => {
    const store = raw(name);
    records.forEach((record, seq) => store.put(toStored(record, seq)));
    options.onProgress?.({ store: name, records: records.length });
  };
  fill('entities', bundle.entities, (e, seq) => ({ ...e, seq, aliasKeys: aliasKeysOf(e) }));
  fill('articles', bundle.articles, (a, seq) => ({ ...a, seq }));
  fill('passages', bundle.passages, (p, seq) => ({ ...p, seq }));
  fill('claims', bundle.claims, (c, seq) => ({ ...c, seq }));
  fill('timeline', bundle.timeline, (t, seq) => ({ ...t, seq }));

  const meta: CorpusMeta = {
    id: CORPUS_META_KEY,
    version: bundle.version,
    asOf: bundle.asOf,
    counts: {
      entities: bundle.entities.length,
      articles: bundle.articles.length,
      passages: bundle.passages.length,
      claims: bundle.claims.length,
      timeline: bundle.timeline.length,
    },
    importedAt: (options.now ?? Date.now)(),
  };
  // Last: its presence means everything before it in this transaction committed too.
  raw('corpusMeta').put(meta);
}
