import type { CorpusSource } from '../corpus/source';
import type { ArticleMeta, Claim, CorpusBundle, Entity, Passage, TimelineEvent } from '../model/corpus-types';
import { foldKey } from '../model/fold';
import type { IDBPObjectStore } from 'idb';
import {
  CORPUS_META_KEY,
  SLOT_STORES,
  isCorpusMeta,
  type BackstoryDb,
  type BackstorySchema,
  type CorpusKind,
  type CorpusSlot,
  type CorpusStoreName,
} from './schema';

/**
 * `CorpusSource` over the IndexedDB corpus stores. Per-entity queries go through the indexes, never
 * a scan. Each call asks `getDb()` afresh, so a connection the browser closed is reopened.
 * Results come back in bundle order (the stored `seq`), as the in-memory source returns them.
 */

/** Drops the storage-only fields (`seq`, `aliasKeys`) so callers see exactly the corpus types. */
function strip<T>(record: (T & { seq: number; aliasKeys?: string[] }) | undefined): T | undefined {
  if (!record) return undefined;
  const { seq: _seq, aliasKeys: _aliasKeys, ...rest } = record;
  return rest as T;
}

function inBundleOrder<T>(records: Array<T & { seq: number; aliasKeys?: string[] }>): T[] {
  return records.sort((a, b) => a.seq - b.seq).map((r) => strip<T>(r) as T);
}

/** Passages by their `seq` (the article's, or their own in older imports), then their index in the article. */
function passagesInBundleOrder(records: Array<Passage & { seq: number }>): Passage[] {
  return records.sort((a, b) => a.seq - b.seq || a.index - b.index).map((r) => strip<Passage>(r) as Passage);
}

/**
 * Runs `read` on the store holding `kind` in the active slot, in one read transaction with the meta
 * that names the slot: a query sees one corpus whole, even while an import switches slots.
 */
async function inActiveSlot<K extends CorpusKind, T>(
  getDb: () => Promise<BackstoryDb>,
  kind: K,
  read: (store: IDBPObjectStore<BackstorySchema, CorpusStoreName[], (typeof SLOT_STORES)[CorpusSlot][K], 'readonly'>) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const names = [SLOT_STORES.a[kind], SLOT_STORES.b[kind]] as CorpusStoreName[];
  const tx = db.transaction([...names, 'corpusMeta'], 'readonly');
  const meta = await tx.objectStore('corpusMeta').get(CORPUS_META_KEY);
  const slot = isCorpusMeta(meta) ? (meta.slot ?? 'a') : 'a';
  return read(tx.objectStore(SLOT_STORES[slot][kind]) as never);
}

export function createIdbSource(getDb: () => Promise<BackstoryDb>): CorpusSource {
  return {
    async meta() {
      const meta = await (await getDb()).get('corpusMeta', CORPUS_META_KEY);
      if (!isCorpusMeta(meta)) throw new Error('No corpus has been imported into IndexedDB.');
      return {
        version: meta.version,
        asOf: meta.asOf,
        articleCount: meta.counts.articles,
        entityCount: meta.counts.entities,
      };
    },
    async getEntity(id) {
      return strip<Entity>(await inActiveSlot(getDb, 'entities', (store) => store.get(id)));
    },
    async findEntitiesByAlias(alias) {
      const key = foldKey(alias);
      if (key === '') return [];
      return inBundleOrder<Entity>(await inActiveSlot(getDb, 'entities', (store) => store.index('by-alias').getAll(key)));
    },
    async listEntities() {
      return inBundleOrder<Entity>(await inActiveSlot(getDb, 'entities', (store) => store.getAll()));
    },
    async getArticle(id) {
      return strip<ArticleMeta>(await inActiveSlot(getDb, 'articles', (store) => store.get(id)));
    },
    async getPassage(id) {
      return strip<Passage>(await inActiveSlot(getDb, 'passages', (store) => store.get(id)));
    },
    async getPassagesForArticle(articleId) {
      return passagesInBundleOrder(await inActiveSlot(getDb, 'passages', (store) => store.index('by-article').getAll(articleId)));
    },
    async getPassagesForEntity(entityId) {
      return passagesInBundleOrder(await inActiveSlot(getDb, 'passages', (store) => store.index('by-entity').getAll(entityId)));
    },
    async getClaimsForEntity(entityId) {
      return inBundleOrder<Claim>(await inActiveSlot(getDb, 'claims', (store) => store.index('by-entity').getAll(entityId)));
    },
    async getTimeline(entityId) {
      return inActiveSlot(getDb, 'timeline', async (store) => {
        if (entityId === undefined) return inBundleOrder<TimelineEvent>(await store.getAll());
        // Events that concern the entity, plus the event itself when the id is an event's.
        const [concerning, itself] = await Promise.all([store.index('by-entity').getAll(entityId), store.get(entityId)]);
        if (itself && !concerning.some((t) => t.id === itself.id)) concerning.push(itself);
        return inBundleOrder<TimelineEvent>(concerning);
      });
    },
  };
}

/**
 * The stored corpus whole, as a bundle (for the search index after a worker restart: read, never
 * recompiled), in one read transaction so it is one version; undefined when none is stored.
 */
export async function readStoredBundle(getDb: () => Promise<BackstoryDb>): Promise<CorpusBundle | undefined> {
  const db = await getDb();
  const names = [...Object.values(SLOT_STORES.a), ...Object.values(SLOT_STORES.b)] as CorpusStoreName[];
  const tx = db.transaction([...names, 'corpusMeta'], 'readonly');
  const meta = await tx.objectStore('corpusMeta').get(CORPUS_META_KEY);
  if (!isCorpusMeta(meta)) return undefined;
  const stores = SLOT_STORES[meta.slot ?? 'a'];
  const [entities, articles, passages, claims, timeline] = await Promise.all([
    tx.objectStore(stores.entities).getAll(),
    tx.objectStore(stores.articles).getAll(),
    tx.objectStore(stores.passages).getAll(),
    tx.objectStore(stores.claims).getAll(),
    tx.objectStore(stores.timeline).getAll(),
  ]);
  return {
    version: meta.version,
    asOf: meta.asOf,
    entities: inBundleOrder<Entity>(entities),
    articles: inBundleOrder<ArticleMeta>(articles),
    passages: passagesInBundleOrder(passages),
    claims: inBundleOrder<Claim>(claims),
    timeline: inBundleOrder<TimelineEvent>(timeline),
  };
}
