import type { CorpusSource } from '../corpus/source';
import type { ArticleMeta, Claim, Entity, Passage, TimelineEvent } from '../model/corpus-types';
import { foldKey } from '../model/fold';
import { CORPUS_META_KEY, type BackstoryDb } from './schema';

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

export function createIdbSource(getDb: () => Promise<BackstoryDb>): CorpusSource {
  return {
    async meta() {
      const meta = await (await getDb()).get('corpusMeta', CORPUS_META_KEY);
      if (!meta) throw new Error('No corpus has been imported into IndexedDB.');
      return {
        version: meta.version,
        asOf: meta.asOf,
        articleCount: meta.counts.articles,
        entityCount: meta.counts.entities,
      };
    },
    async getEntity(id) {
      return strip<Entity>(await (await getDb()).get('entities', id));
    },
    async findEntitiesByAlias(alias) {
      const key = foldKey(alias);
      if (key === '') return [];
      return inBundleOrder<Entity>(await (await getDb()).getAllFromIndex('entities', 'by-alias', key));
    },
    async listEntities() {
      return inBundleOrder<Entity>(await (await getDb()).getAll('entities'));
    },
    async getArticle(id) {
      return strip<ArticleMeta>(await (await getDb()).get('articles', id));
    },
    async getPassage(id) {
      return strip<Passage>(await (await getDb()).get('passages', id));
    },
    async getPassagesForArticle(articleId) {
      return inBundleOrder<Passage>(await (await getDb()).getAllFromIndex('passages', 'by-article', articleId));
    },
    async getPassagesForEntity(entityId) {
      return inBundleOrder<Passage>(await (await getDb()).getAllFromIndex('passages', 'by-entity', entityId));
    },
    async getClaimsForEntity(entityId) {
      return inBundleOrder<Claim>(await (await getDb()).getAllFromIndex('claims', 'by-entity', entityId));
    },
    async getTimeline(entityId) {
      const db = await getDb();
      if (entityId === undefined) return inBundleOrder<TimelineEvent>(await db.getAll('timeline'));
      // Events that concern the entity, plus the event itself when the id is an event's.
      const tx = db.transaction('timeline', 'readonly');
      const [concerning, itself] = await Promise.all([
        tx.store.index('by-entity').getAll(entityId),
        tx.store.get(entityId),
      ]);
      if (itself && !concerning.some((t) => t.id === itself.id)) concerning.push(itself);
      return inBundleOrder<TimelineEvent>(concerning);
    },
  };
}
