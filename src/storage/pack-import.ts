import * as v from 'valibot';
import { articleInputSchema, toUserArticleRecord, type ArticleInput, type UserArticleRecord } from '../model/user-article';
import { packIdOf, packManifestSchema, type PackManifest } from '../pack/format';
import { abortQuietly } from './abort';
import { bumpRevision, findDuplicate } from './user-articles';
import type { IDBPTransaction } from 'idb';
import { causeOf } from './quota';
import type { BackstoryDb, BackstorySchema, PackRecord } from './schema';
import { CodedError } from '../model/errors';

/**
 * A pack's articles go into the user's store in chunks, each one short transaction that also moves the
 * pack record's `next`. The pack stays `importing`, and its articles out of every corpus, until the
 * commit, one small transaction that also raises the user revision. So a reader never sees half a pack:
 * - a worker stopped mid-import leaves an `importing` pack, which the next start rolls back
 *   (`rollBackUnfinishedPacks`): the file is in the options page, not here, so it cannot be resumed
 *   from this side, and the page starts the import again when it is still open;
 * - a failed chunk (quota, a record refused) aborts only itself; the caller rolls the pack back.
 * Articles already in the corpus (same address or same text) are skipped and counted as duplicates.
 */

/** The pack the import names is not (or no longer) being imported: the worker restarted and rolled it back. */
export class PackImportGoneError extends Error {
  override name = 'PackImportGoneError';
  constructor(packId: string) {
    super(`The import of pack ${packId} is no longer under way: Backstory restarted and what was written was rolled back; start it again.`);
  }
}

/** Records deleted per transaction when a pack is removed or rolled back. */
const DELETE_CHUNK = 500;

export async function beginPackImport(db: BackstoryDb, manifest: PackManifest, now: number): Promise<PackRecord> {
  const m = v.parse(packManifestSchema, manifest);
  const id = packIdOf(m);
  const existing = await db.get('packs', id);
  if (existing?.state === 'complete') {
    throw new CodedError('pack_already_imported', `The pack "${existing.name}" is already imported (${existing.added} articles).`, { name: existing.name });
  }
  if (existing) await deletePackArticles(db, id);
  const record: PackRecord = {
    v: 1,
    id,
    name: m.name,
    createdAt: m.createdAt,
    corpusVersion: m.corpusVersion,
    contentHash: m.contentHash,
    articleCount: m.articleCount,
    state: 'importing',
    next: 0,
    added: 0,
    duplicates: 0,
    startedAt: now,
  };
  if (m.origin === 'saved') record.origin = 'saved';
  await db.put('packs', record);
  return record;
}

export async function writePackChunk(
  db: BackstoryDb,
  packId: string,
  first: number,
  articles: readonly ArticleInput[],
  now: number,
): Promise<{ written: number; duplicates: number }> {
  const checked = articles.map((a) => v.parse(articleInputSchema, a));
  const tx = db.transaction(['packs', 'userArticles'], 'readwrite');
  // The transaction may fail before anything waits on it (a full disk at an add): that failure is read below.
  tx.done.catch(() => undefined);
  try {
    return await writeChunkIn(tx, packId, first, checked, now);
  } catch (err) {
    // A full disk aborts the transaction at one of its adds: say that, not what the next request met.
    throw await failed(tx, err);
  }
}

async function writeChunkIn(
  tx: IDBPTransaction<BackstorySchema, ['packs', 'userArticles'], 'readwrite'>,
  packId: string,
  first: number,
  checked: ArticleInput[],
  now: number,
): Promise<{ written: number; duplicates: number }> {
  const pack = await tx.objectStore('packs').get(packId);
  if (!pack || pack.state !== 'importing') {
    return abandon(tx, new PackImportGoneError(packId));
  }
  // A chunk sent again (the page retried after a lost answer) was written the first time.
  if (first + checked.length <= pack.next) {
    await tx.done;
    return { written: 0, duplicates: 0 };
  }
  if (first !== pack.next) {
    return abandon(tx, new CodedError('pack_transfer_broken', `Pack chunk out of order: expected article ${pack.next}, got ${first}.`));
  }
  if (first + checked.length > pack.articleCount) {
    return abandon(tx, new CodedError('pack_transfer_broken', `The pack says it holds ${pack.articleCount} articles; more were sent.`));
  }
  // Every look-up of the chunk is queued at once (one round trip, not three per article); the chunk's own
  // articles are checked against each other too, since the receiver trusts no sender's validation.
  // A backup's articles are the reader's own; they keep the pack's id only until the commit.
  const records = checked.map((input) => toUserArticleRecord(input, pack.origin === 'saved' ? 'saved' : 'pack', now, packId));
  const stored = await Promise.all(records.map((record) => findDuplicate(tx, record)));
  const seen = new Set<string>();
  let written = 0;
  let duplicates = 0;
  records.forEach((record, i) => {
    const keys = [`id:${record.id}`, `url:${record.urlKey}`, `hash:${record.contentHash}`];
    if (stored[i] || keys.some((k) => seen.has(k))) {
      duplicates++;
      return;
    }
    for (const k of keys) seen.add(k);
    // Awaited below through tx.done; a failed add (a full disk) aborts the transaction, and the cause is kept.
    tx.objectStore('userArticles').add(record).catch(() => undefined);
    written++;
  });
  await tx.objectStore('packs').put({ ...pack, next: first + checked.length, added: pack.added + written, duplicates: pack.duplicates + duplicates });
  await tx.done;
  return { written, duplicates };
}

export async function commitPackImport(db: BackstoryDb, packId: string, now: number): Promise<PackRecord> {
  const tx = db.transaction(['packs', 'userMeta', 'userArticles'], 'readwrite');
  tx.done.catch(() => undefined);
  try {
    return await commitIn(tx, packId, now);
  } catch (err) {
    throw await failed(tx, err);
  }
}

async function commitIn(tx: IDBPTransaction<BackstorySchema, ['packs', 'userMeta', 'userArticles'], 'readwrite'>, packId: string, now: number): Promise<PackRecord> {
  const pack = await tx.objectStore('packs').get(packId);
  if (!pack || pack.state !== 'importing') {
    return abandon(tx, new PackImportGoneError(packId));
  }
  if (pack.next !== pack.articleCount) {
    return abandon(tx, new CodedError('pack_transfer_broken', `The pack holds ${pack.articleCount} articles and ${pack.next} arrived; nothing was imported.`));
  }
  const complete: PackRecord = { ...pack, state: 'complete', importedAt: now };
  if (pack.origin === 'saved') {
    // A backup: its articles become the reader's saved articles, and the pack goes, in this one
    // transaction (a worker stopped in the middle leaves the pack importing, and it is rolled back).
    await releaseBackupArticles(tx.objectStore('userArticles'), packId);
    await tx.objectStore('packs').delete(packId);
  } else await tx.objectStore('packs').put(complete);
  await bumpRevision(tx);
  await tx.done;
  return complete;
}

/** Articles per read while a backup's articles leave their pack (each read sees the previous writes). */
const RELEASE_BATCH = 250;

async function releaseBackupArticles(
  store: { index(name: 'by-pack'): { getAll(key: string, count: number): Promise<UserArticleRecord[]> }; put(record: UserArticleRecord): Promise<unknown> },
  packId: string,
): Promise<void> {
  for (;;) {
    const batch = await store.index('by-pack').getAll(packId, RELEASE_BATCH);
    await Promise.all(
      batch.map(({ packId: _pack, ...record }) => store.put(record)),
    );
    if (batch.length < RELEASE_BATCH) return;
  }
}

/** Deletes a pack's articles in short transactions, then the pack; returns how many articles went. */
export async function removePackRecords(db: BackstoryDb, packId: string): Promise<number> {
  const pack = await db.get('packs', packId);
  const removed = await deletePackArticles(db, packId);
  const tx = db.transaction(['packs', 'userMeta'], 'readwrite');
  await tx.objectStore('packs').delete(packId);
  // Only a pack that was in the corpus changes it.
  if (pack?.state === 'complete') await bumpRevision(tx);
  await tx.done;
  return removed;
}

/** At start: packs a stopped worker left half-written are removed, so none is ever half-imported. */
export async function rollBackUnfinishedPacks(db: BackstoryDb): Promise<string[]> {
  const unfinished = (await db.getAll('packs')).filter((p) => p.state === 'importing');
  for (const pack of unfinished) await removePackRecords(db, pack.id);
  return unfinished.map((p) => p.id);
}

export async function listPacks(db: BackstoryDb): Promise<PackRecord[]> {
  return (await db.getAll('packs')).filter((p) => p.state === 'complete');
}

/** A transaction that failed part-way: ended (nothing of it commits), and the cause of its failure. */
async function failed(tx: { abort(): void; done: Promise<void>; error?: DOMException | null }, err: unknown): Promise<unknown> {
  abortQuietly(tx);
  await tx.done.catch(() => undefined);
  return causeOf(tx, err);
}

/** Ends a transaction that must write nothing, then fails with `error`. */
async function abandon(tx: { abort(): void; done: Promise<void> }, error: Error): Promise<never> {
  abortQuietly(tx);
  await tx.done.catch(() => undefined);
  throw error;
}

async function deletePackArticles(db: BackstoryDb, packId: string): Promise<number> {
  let removed = 0;
  for (;;) {
    const tx = db.transaction('userArticles', 'readwrite');
    const keys = await tx.store.index('by-pack').getAllKeys(packId, DELETE_CHUNK);
    for (const key of keys) void tx.store.delete(key);
    await tx.done;
    removed += keys.length;
    if (keys.length < DELETE_CHUNK) return removed;
  }
}
