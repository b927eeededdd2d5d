import { unwrap } from 'idb';
import type { CorpusBundle } from '../model/corpus-types';
import {
  CORPUS_KINDS,
  CORPUS_META_KEY,
  IMPORT_MARKER_KEY,
  SLOT_STORES,
  aliasKeysOf,
  isCorpusMeta,
  type BackstoryDb,
  type CorpusKind,
  type CorpusMeta,
  type CorpusSlot,
  type ImportMarker,
} from './schema';
import { abortQuietly } from './abort';

/**
 * Puts the shipped corpus into IndexedDB when the stored one is missing or differs.
 *
 * The new corpus is written into the slot nobody reads (schema.ts), in chunks of 250 records,
 * each chunk one short transaction that also records how far the import has come (the marker). The
 * worker's event loop is free between chunks, so requests are answered while a 10,000-article corpus
 * is written, and no transaction is long enough for a stopped worker to lose much. Last, one small
 * transaction makes the new slot active (the completion marker, `corpusMeta`). So:
 * - until that commit, every reader sees the previous corpus, whole (or none on a first install);
 * - a worker stopped mid-import resumes after the last committed chunk on its next start;
 * - a failed chunk (quota, bad record) aborts only itself; the previous corpus stays readable.
 * User stores are in no import transaction, so they cannot be touched.
 */

export interface ImportProgress {
  kind: CorpusKind;
  /** Records of `kind` written so far, with the chunk just queued. */
  records: number;
}

export interface EnsureCorpusOptions {
  /** Called as each chunk is queued, inside its transaction: throwing aborts that chunk and the import. */
  onProgress?: (progress: ImportProgress) => void;
  now?: () => number;
  /** Records per transaction. */
  chunkSize?: number;
  /** Runs between chunks; by default a macrotask, so queued requests are answered in between. */
  pause?: () => Promise<void>;
  /** What the bundle was compiled from (`CorpusMeta.basis`); defaults to its version. */
  basis?: string;
}

const DEFAULT_CHUNK = 250;
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the stored corpus was compiled from (`CorpusMeta.basis`), if IndexedDB holds one whole. */
export async function storedCorpusBasis(db: BackstoryDb): Promise<string | undefined> {
  const meta = await db.get('corpusMeta', CORPUS_META_KEY);
  return isCorpusMeta(meta) ? meta.basis ?? meta.version : undefined;
}

/** The basis (`CorpusMeta.basis`) of the corpus to serve: the shipped one, plus the reader's articles at a revision. */
/** How many records of each kind a corpus has, as its meta records them. */
export function corpusCounts(bundle: CorpusBundle): CorpusMeta['counts'] {
  return {
    entities: bundle.entities.length,
    articles: bundle.articles.length,
    passages: bundle.passages.length,
    claims: bundle.claims.length,
    timeline: bundle.timeline.length,
  };
}

export function corpusBasis(shippedVersion: string, userRevision: number): string {
  return userRevision === 0 ? shippedVersion : `${shippedVersion}+r${userRevision}`;
}

const otherSlot = (slot: CorpusSlot): CorpusSlot => (slot === 'a' ? 'b' : 'a');

/** Each kind's records as stored: with their bundle position (and the alias keys for entities). */
function storedRecords(bundle: CorpusBundle, kind: CorpusKind): readonly unknown[] {
  const list = bundle[kind] as readonly object[];
  if (kind === 'entities') return bundle.entities.map((e, seq) => ({ ...e, seq, aliasKeys: aliasKeysOf(e) }));
  if (kind === 'passages') {
    // A passage is ordered by its article's position, then its own index: a patch can then insert an
    // article between two others without renumbering every passage after it (corpus-patch.ts).
    const position = new Map(bundle.articles.map((a, seq) => [a.id, seq]));
    return bundle.passages.map((p) => ({ ...p, seq: position.get(p.articleId) ?? 0 }));
  }
  return list.map((r, seq) => ({ ...r, seq }));
}

export async function ensureCorpus(
  db: BackstoryDb,
  bundle: CorpusBundle,
  options: EnsureCorpusOptions = {},
): Promise<'current' | 'imported'> {
  if (typeof bundle.version !== 'string' || bundle.version === '') {
    throw new TypeError('Corpus bundle has no version.');
  }
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const pause = options.pause ?? macrotask;
  const [meta, marker] = await Promise.all([db.get('corpusMeta', CORPUS_META_KEY), db.get('corpusMeta', IMPORT_MARKER_KEY)]);
  const active = isCorpusMeta(meta) ? meta : undefined;
  const basis = options.basis ?? bundle.version;
  if (active?.version === bundle.version) {
    // The same content from another basis (the reader removed their last article): say so, write nothing else.
    if ((active.basis ?? active.version) !== basis) await db.put('corpusMeta', { ...active, basis });
    return 'current';
  }

  // A first import fills slot a; later ones the slot that is not being read.
  const target: CorpusSlot = active ? otherSlot(active.slot ?? 'a') : 'a';
  const stores = SLOT_STORES[target];
  let resume = marker?.id === IMPORT_MARKER_KEY && marker.version === bundle.version && marker.slot === target ? marker : undefined;
  if (!resume) {
    // Start afresh: empty the target slot (what an older import left there) and say so in the marker.
    resume = { id: IMPORT_MARKER_KEY, version: bundle.version, slot: target, kind: CORPUS_KINDS[0], done: 0 };
    const tx = db.transaction([...Object.values(stores), 'corpusMeta'], 'readwrite');
    for (const name of Object.values(stores)) void tx.objectStore(name).clear();
    void tx.objectStore('corpusMeta').put(resume);
    await tx.done;
  }

  for (const kind of CORPUS_KINDS.slice(CORPUS_KINDS.indexOf(resume.kind))) {
    const records = storedRecords(bundle, kind);
    let done = kind === resume.kind ? resume.done : 0;
    while (done < records.length) {
      const chunk = records.slice(done, done + chunkSize);
      done += chunk.length;
      const next: ImportMarker = { id: IMPORT_MARKER_KEY, version: bundle.version, slot: target, kind, done };
      await writeChunk(db, stores[kind], chunk, next, () => options.onProgress?.({ kind, records: done }));
      await pause();
    }
  }

  const complete: CorpusMeta = {
    id: CORPUS_META_KEY,
    version: bundle.version,
    asOf: bundle.asOf,
    counts: corpusCounts(bundle),
    slot: target,
    importedAt: (options.now ?? Date.now)(),
    basis,
    passageOrder: 'article',
  };
  const tx = db.transaction('corpusMeta', 'readwrite');
  void tx.store.put(complete);
  void tx.store.delete(IMPORT_MARKER_KEY);
  await tx.done;
  return 'imported';
}

/**
 * One chunk and the marker that says it is written, in one transaction. The puts are queued without
 * awaiting each one (a promise per record would cost more than the writes); a failing request aborts
 * the transaction, which rejects `done`.
 */
async function writeChunk(
  db: BackstoryDb,
  storeName: (typeof SLOT_STORES)[CorpusSlot][CorpusKind],
  chunk: readonly unknown[],
  marker: ImportMarker,
  onQueued: () => void,
): Promise<void> {
  const tx = db.transaction([storeName, 'corpusMeta'], 'readwrite');
  const done = tx.done;
  // `done` rejects when we abort below; we report the first error instead.
  done.catch(() => undefined);
  try {
    const store = unwrap(tx.objectStore(storeName));
    for (const record of chunk) store.put(record);
    unwrap(tx.objectStore('corpusMeta')).put(marker);
    onQueued();
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await done;
}
