import * as v from 'valibot';
import type { IDBPTransaction } from 'idb';
import {
  articleChangesSchema,
  articleInputSchema,
  canonicalUrlKey,
  toUserArticleRecord,
  userArticleRecordSchema,
  withArticleChanges,
  type ArticleChanges,
  type ArticleInput,
  type UserArticleRecord,
} from '../model/user-article';
import { USER_REVISION_KEY, revisionOf, type BackstoryDb, type BackstorySchema, type StoreName } from './schema';
import { CodedError } from '../model/errors';

/**
 * The reader's saved articles, in their own store (schema v5), which no corpus import touches.
 *
 * Every write checks its input with the model's schema again (the messages were checked at the
 * receiver; this is the last door before the disk), is one transaction, and raises the user revision in
 * that same transaction: the corpus compiled from these articles says which revision it holds, so a
 * worker stopped between a save and the recompile recompiles on its next start.
 */

type ArticleTx = IDBPTransaction<BackstorySchema, StoreName[], 'readwrite'>;

/** The same article again: by its address (canonical, without tracking parameters) or by its text. */
export async function findDuplicate(
  tx: Pick<ArticleTx, 'objectStore'>,
  record: Pick<UserArticleRecord, 'id' | 'urlKey' | 'contentHash'>,
): Promise<UserArticleRecord | undefined> {
  const store = tx.objectStore('userArticles');
  const [byId, byHash, byUrl] = await Promise.all([
    store.get(record.id),
    store.index('by-hash').get(record.contentHash),
    store.index('by-url').get(record.urlKey),
  ]);
  return byId ?? byHash ?? byUrl;
}

export async function bumpRevision(tx: Pick<ArticleTx, 'objectStore'>): Promise<number> {
  const meta = tx.objectStore('userMeta');
  const next = revisionOf(await meta.get(USER_REVISION_KEY)) + 1;
  await meta.put({ key: USER_REVISION_KEY, value: next });
  return next;
}

export async function userRevision(db: BackstoryDb): Promise<number> {
  return revisionOf(await db.get('userMeta', USER_REVISION_KEY));
}

export async function saveUserArticle(
  db: BackstoryDb,
  input: ArticleInput,
  now: number,
): Promise<{ id: string; status: 'added' | 'duplicate' }> {
  const record = toUserArticleRecord(v.parse(articleInputSchema, input), 'saved', now);
  const tx = db.transaction(['userArticles', 'userMeta'], 'readwrite');
  const existing = await findDuplicate(tx, record);
  if (existing) {
    await tx.done;
    return { id: existing.id, status: 'duplicate' };
  }
  await tx.objectStore('userArticles').add(record);
  await bumpRevision(tx);
  await tx.done;
  return { id: record.id, status: 'added' };
}

export async function findUserArticleByUrl(db: BackstoryDb, url: string): Promise<UserArticleRecord | undefined> {
  return db.getFromIndex('userArticles', 'by-url', canonicalUrlKey(url));
}

/** How many articles the corpus is compiled with, without reading them: those of unfinished packs left out. */
export async function countActiveUserArticles(db: BackstoryDb): Promise<number> {
  const tx = db.transaction(['userArticles', 'packs'], 'readonly');
  const [all, packs] = await Promise.all([tx.objectStore('userArticles').count(), tx.objectStore('packs').getAll()]);
  await tx.done;
  return all - packs.filter((p) => p.state === 'importing').reduce((sum, p) => sum + p.added, 0);
}

/** The articles the corpus is compiled with: saved ones, and those of packs whose import completed. */
export async function activeUserArticles(db: BackstoryDb): Promise<UserArticleRecord[]> {
  const tx = db.transaction(['userArticles', 'packs'], 'readonly');
  const [records, packs] = await Promise.all([tx.objectStore('userArticles').getAll(), tx.objectStore('packs').getAll()]);
  await tx.done;
  const complete = new Set(packs.filter((p) => p.state === 'complete').map((p) => p.id));
  return records.filter((r) => r.packId === undefined || complete.has(r.packId));
}

/**
 * The same as `activeUserArticles`, reading only the records `known` lacks: the ids are read (keys only), and a
 * record already held is reused, not read again. With 10,000 articles a save then reads one record, not 10,000
 * texts (a second or more on a busy machine, and tens of MB of fresh strings for the collector each time).
 * The caller keeps `known` true: a record edited in place (same id) must have left it (see CorpusService).
 */
export async function activeUserArticlesReusing(db: BackstoryDb, known: ReadonlyMap<string, UserArticleRecord>): Promise<UserArticleRecord[]> {
  const tx = db.transaction(['userArticles', 'packs'], 'readonly');
  const store = tx.objectStore('userArticles');
  const [ids, packs] = await Promise.all([store.getAllKeys(), tx.objectStore('packs').getAll()]);
  const missing = ids.reduce((n, id) => (known.has(id) ? n : n + 1), 0);
  // Most of them unknown (a worker's first compile, a pack): one getAll beats thousands of gets.
  const records = missing > ids.length / 2 ? await store.getAll() : await Promise.all(ids.map((id) => known.get(id) ?? store.get(id)));
  await tx.done;
  const complete = new Set(packs.filter((p) => p.state === 'complete').map((p) => p.id));
  return records.filter((r): r is UserArticleRecord => r !== undefined && (r.packId === undefined || complete.has(r.packId)));
}

export async function updateUserArticle(db: BackstoryDb, id: string, changes: ArticleChanges): Promise<UserArticleRecord> {
  const checked = v.parse(articleChangesSchema, changes);
  const tx = db.transaction(['userArticles', 'userMeta'], 'readwrite');
  const current = await tx.objectStore('userArticles').get(id);
  if (!current) throw new CodedError('article_gone', 'That article is no longer in your corpus.');
  const next = v.parse(userArticleRecordSchema, withArticleChanges(current, checked));
  await tx.objectStore('userArticles').put(next);
  await bumpRevision(tx);
  await tx.done;
  return next;
}

/** Removes one article and returns it whole, so the reader can undo. */
export async function removeUserArticle(db: BackstoryDb, id: string): Promise<UserArticleRecord> {
  const tx = db.transaction(['userArticles', 'userMeta'], 'readwrite');
  const current = await tx.objectStore('userArticles').get(id);
  if (!current) throw new CodedError('article_gone', 'That article is no longer in your corpus.');
  await tx.objectStore('userArticles').delete(id);
  await bumpRevision(tx);
  await tx.done;
  return current;
}

/**
 * Undo of a removal: the record as it was, unless the same article has come back meanwhile. An article
 * whose pack was removed in between comes back on its own (else no corpus would ever include it).
 */
export async function restoreUserArticle(db: BackstoryDb, record: UserArticleRecord): Promise<void> {
  const checked = v.parse(userArticleRecordSchema, record);
  const tx = db.transaction(['userArticles', 'userMeta', 'packs'], 'readwrite');
  if (checked.packId !== undefined && !(await tx.objectStore('packs').get(checked.packId))) delete checked.packId;
  if (!(await findDuplicate(tx, checked))) {
    await tx.objectStore('userArticles').add(checked);
    await bumpRevision(tx);
  }
  await tx.done;
}

/** A page of the reader's saved articles for a backup: at most this many characters of text, or of articles. */
export const SAVED_PAGE_LIMITS = { chars: 4_000_000, articles: 500 } as const;
/** Records read per step while a page is gathered (packs' articles are read and passed over). */
const PAGE_SCAN = 100;

/**
 * The reader's own saved articles, one page at a time in id order, from the record after `after`: a
 * backup of any size crosses to the options page in messages far below the browsers' 64 MiB limit,
 * and the background never holds more than a page. `next` is the id to ask from next, null at the end.
 * Articles still carrying a pack's id are a backup being restored, not yet the reader's: left out.
 */
export async function savedArticlesPage(
  db: BackstoryDb,
  after: string | undefined,
  limits: { chars: number; articles: number } = SAVED_PAGE_LIMITS,
): Promise<{ records: UserArticleRecord[]; next: string | null }> {
  const records: UserArticleRecord[] = [];
  let chars = 0;
  let cursor = after;
  for (;;) {
    const batch = await db.getAll('userArticles', cursor === undefined ? undefined : IDBKeyRange.lowerBound(cursor, true), PAGE_SCAN);
    for (const record of batch) {
      cursor = record.id;
      if (record.origin !== 'saved' || record.packId !== undefined) continue;
      records.push(record);
      chars += record.text.length;
      if (chars >= limits.chars || records.length >= limits.articles) return { records, next: cursor };
    }
    if (batch.length < PAGE_SCAN) return { records, next: null };
  }
}
