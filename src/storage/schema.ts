import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArticleMeta, Claim, Entity, Passage, TimelineEvent } from '../model/corpus-types';
import { foldKey } from '../model/fold';
import type { HiddenNameRecord, PrefRecord, SiteSettingRecord } from '../model/user-settings';
import type { UserArticleRecord } from '../model/user-article';
import type { CorpusProblem } from '../model/corpus-problem';
import type { SerializedSearchIndex } from '../search/serialize';

/**
 * The one schema of the `backstory` database.
 *
 * Two kinds of store, kept apart on purpose:
 * - corpus stores, in two slots of the same five stores: the active slot (named by the corpus meta)
 *   is read, the other is filled chunk by chunk when a new corpus ships, then made active in one
 *   small transaction (`corpus-import.ts`);
 * - user stores, written only by the user's own actions, never by a corpus import or an upgrade.
 *
 * History (each step is cumulative; an old database runs every step after its version):
 * - v1: corpus stores (entities without an alias index) + siteSettings.
 * - v2: hiddenNames + prefs.
 * - v3: entities get `aliasKeys` and the multiEntry `by-alias` index; existing rows are backfilled
 *   in the upgrade, so the stored corpus stays usable without a re-import.
 * - v4: a second slot of corpus stores (`entitiesB` …), so an import never writes to the corpus being
 *   read; the stores of v1–v3 are slot `a`, and a meta without `slot` names slot `a`.
 * - v5: the reader's own articles (`userArticles`, indexed by address, text hash and pack), the packs
 *   they imported (`packs`), and `userMeta`, whose revision counts every change to them: the corpus that
 *   cards read is compiled from the seeds plus those articles, and its meta says from which revision.
 * Test fixtures keep a frozen copy of v1, v2 and v3 so every upgrade path is exercised.
 *
 * User stores change additively only (new stores, new optional fields), and each user record carries
 * its own format version (`v`): a build that finds a newer database (after a downgrade) opens it as it
 * is and still reads the user's settings (`getReadableDb`), instead of ignoring them.
 */

export const DB_NAME = 'backstory';
export const DB_VERSION = 5;

/** Corpus records carry their position in the bundle, so reads return bundle order like the memory source. */
type Ordered<T> = T & { seq: number };

export type StoredEntity = Ordered<Entity> & {
  /** `foldKey` of the id, the name and every alias, unique: what `by-alias` indexes. */
  aliasKeys: string[];
};
export type StoredArticle = Ordered<ArticleMeta>;
export type StoredPassage = Ordered<Passage>;
export type StoredClaim = Ordered<Claim>;
export type StoredTimelineEvent = Ordered<TimelineEvent>;

export const CORPUS_META_KEY = 'corpus';
export const IMPORT_MARKER_KEY = 'import';

/** The kinds of corpus record, in the order an import writes them. */
export const CORPUS_KINDS = ['entities', 'articles', 'passages', 'claims', 'timeline'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];
export type CorpusSlot = 'a' | 'b';

/** The store that holds one kind of record in one slot. */
export const SLOT_STORES = {
  a: { entities: 'entities', articles: 'articles', passages: 'passages', claims: 'claims', timeline: 'timeline' },
  b: { entities: 'entitiesB', articles: 'articlesB', passages: 'passagesB', claims: 'claimsB', timeline: 'timelineB' },
} as const;
export type CorpusStoreName = (typeof SLOT_STORES)[CorpusSlot][CorpusKind];

/** Written last by an import: the corpus it holds whole, and in which slot. */
export interface CorpusMeta {
  id: typeof CORPUS_META_KEY;
  version: string;
  asOf: string;
  counts: { entities: number; articles: number; passages: number; claims: number; timeline: number };
  /** Absent in databases written before v4: slot `a`. */
  slot?: CorpusSlot;
  /** Milliseconds since 1970. */
  importedAt: number;
  /**
   * What the corpus was compiled from: the shipped corpus's version, and `+r<n>` when the reader's
   * articles at revision n were compiled in. Absent before v5: the shipped corpus alone (`version`).
   */
  basis?: string;
  /**
   * `article`: a passage's `seq` is its article's (fractional after a patch), its order within the article its
   * `index`. Absent: the passage's own position (imports before patches existed); such a corpus is not patched.
   */
  passageOrder?: 'article';
}

/**
 * How far an import into the inactive slot has come, committed with each chunk: a worker stopped
 * mid-import resumes after the last chunk that committed.
 */
export interface ImportMarker {
  id: typeof IMPORT_MARKER_KEY;
  version: string;
  slot: CorpusSlot;
  kind: CorpusKind;
  /** Records of `kind` already written; every kind before it is complete. */
  done: number;
}

export const SEARCH_INDEX_KEY = 'searchIndex';

/** The search index of the stored corpus (search-index-store.ts), by the corpus version it indexes. */
export interface StoredSearchIndex {
  id: typeof SEARCH_INDEX_KEY;
  index: SerializedSearchIndex;
}

export interface BackstorySchema extends DBSchema {
  entities: { key: string; value: StoredEntity; indexes: { 'by-alias': string } };
  articles: { key: string; value: StoredArticle };
  passages: { key: string; value: StoredPassage; indexes: { 'by-entity': string; 'by-article': string } };
  claims: { key: string; value: StoredClaim; indexes: { 'by-entity': string } };
  timeline: { key: string; value: StoredTimelineEvent; indexes: { 'by-entity': string } };
  entitiesB: { key: string; value: StoredEntity; indexes: { 'by-alias': string } };
  articlesB: { key: string; value: StoredArticle };
  passagesB: { key: string; value: StoredPassage; indexes: { 'by-entity': string; 'by-article': string } };
  claimsB: { key: string; value: StoredClaim; indexes: { 'by-entity': string } };
  timelineB: { key: string; value: StoredTimelineEvent; indexes: { 'by-entity': string } };
  corpusMeta: { key: string; value: CorpusMeta | ImportMarker | StoredSearchIndex };
  siteSettings: { key: string; value: SiteSettingRecord };
  hiddenNames: {
    key: [string, string, string];
    value: HiddenNameRecord;
    indexes: { 'by-site': string };
  };
  prefs: { key: string; value: PrefRecord };
  userArticles: { key: string; value: UserArticleRecord; indexes: { 'by-url': string; 'by-hash': string; 'by-pack': string } };
  packs: { key: string; value: PackRecord };
  userMeta: { key: string; value: UserMetaRecord };
}

/** A pack the reader imported, or is importing: `importing` until its last chunk and its commit are written. */
export interface PackRecord {
  v: 1;
  id: string;
  name: string;
  createdAt: string;
  corpusVersion: string;
  contentHash: string;
  /** Articles the pack holds (its manifest's count). */
  articleCount: number;
  state: 'importing' | 'complete';
  /** Index of the next article expected: chunks arrive in order, and a repeated one is written once. */
  next: number;
  /** Articles written by this pack, and those skipped because the corpus already had them. */
  added: number;
  duplicates: number;
  startedAt: number;
  importedAt?: number;
  /**
   * `"saved"`: a backup of the reader's own saved articles (the manifest's `origin`). Its articles are
   * written as saved ones, and at the commit they leave the pack, which then goes: they are the reader's.
   */
  origin?: 'saved';
}

export const USER_REVISION_KEY = 'revision';
export const CORPUS_PROBLEM_KEY = 'corpusProblem';
/**
 * `revision` goes up with every change to the reader's articles, in the transaction that makes it;
 * `corpusProblem` is why the last compile with them failed (absent once one succeeds), kept so that
 * it outlives the worker.
 */
export type UserMetaRecord = { key: typeof USER_REVISION_KEY; value: number } | { key: typeof CORPUS_PROBLEM_KEY; value: CorpusProblem };

/** The revision a `userMeta` record holds (0 when there is none yet). */
export function revisionOf(record: UserMetaRecord | undefined): number {
  return record?.key === USER_REVISION_KEY ? record.value : 0;
}

export type BackstoryDb = IDBPDatabase<BackstorySchema>;
export type StoreName = StoreNames<BackstorySchema>;

/**
 * The values `by-alias` indexes for an entity: its id, name and every alias, folded (the same keys
 * the in-memory source looks up, so both backends answer alike).
 */
export function aliasKeysOf(entity: Pick<Entity, 'id' | 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const text of [entity.id, entity.name, ...entity.aliases.map((a) => a.text)]) {
    const key = foldKey(text);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

type UpgradeTx = IDBPTransaction<BackstorySchema, StoreName[], 'versionchange'>;

/**
 * Runs inside `upgradeneeded`. Synchronous except for the v3 backfill, which walks the entities
 * with a raw cursor inside the same versionchange transaction: if anything fails, the whole upgrade
 * rolls back and the database stays at its old version, data untouched.
 */
export function upgradeSchema(db: BackstoryDb, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('entities', { keyPath: 'id' });
    db.createObjectStore('articles', { keyPath: 'id' });
    const passages = db.createObjectStore('passages', { keyPath: 'id' });
    passages.createIndex('by-entity', 'entityIds', { multiEntry: true });
    passages.createIndex('by-article', 'articleId');
    const claims = db.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('by-entity', 'entityId');
    const timeline = db.createObjectStore('timeline', { keyPath: 'id' });
    timeline.createIndex('by-entity', 'entityIds', { multiEntry: true });
    db.createObjectStore('corpusMeta', { keyPath: 'id' });
    db.createObjectStore('siteSettings', { keyPath: 'site' });
  }
  if (oldVersion < 2) {
    const hidden = db.createObjectStore('hiddenNames', { keyPath: ['site', 'entityId', 'aliasKey'] });
    hidden.createIndex('by-site', 'site');
    db.createObjectStore('prefs', { keyPath: 'key' });
  }
  if (oldVersion < 3) {
    const entities = tx.objectStore('entities');
    entities.createIndex('by-alias', 'aliasKeys', { multiEntry: true });
    backfillAliasKeys(unwrap(entities));
  }
  if (oldVersion < 4) {
    const b = SLOT_STORES.b;
    db.createObjectStore(b.entities, { keyPath: 'id' }).createIndex('by-alias', 'aliasKeys', { multiEntry: true });
    db.createObjectStore(b.articles, { keyPath: 'id' });
    const passages = db.createObjectStore(b.passages, { keyPath: 'id' });
    passages.createIndex('by-entity', 'entityIds', { multiEntry: true });
    passages.createIndex('by-article', 'articleId');
    db.createObjectStore(b.claims, { keyPath: 'id' }).createIndex('by-entity', 'entityId');
    db.createObjectStore(b.timeline, { keyPath: 'id' }).createIndex('by-entity', 'entityIds', { multiEntry: true });
  }
  if (oldVersion < 5) {
    const articles = db.createObjectStore('userArticles', { keyPath: 'id' });
    articles.createIndex('by-url', 'urlKey');
    articles.createIndex('by-hash', 'contentHash');
    articles.createIndex('by-pack', 'packId');
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('userMeta', { keyPath: 'key' });
  }
}

export function isCorpusMeta(record: CorpusMeta | ImportMarker | StoredSearchIndex | undefined): record is CorpusMeta {
  return record?.id === CORPUS_META_KEY;
}

/**
 * Adds `aliasKeys` to entities stored before v3. Uses the raw cursor (not idb's promises) so the
 * walk stays inside the upgrade transaction and no promise outlives it.
 */
function backfillAliasKeys(store: IDBObjectStore): void {
  const request = store.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const value = cursor.value as StoredEntity;
    if (!Array.isArray(value.aliasKeys)) cursor.update({ ...value, aliasKeys: aliasKeysOf(value) });
    cursor.continue();
  };
}
