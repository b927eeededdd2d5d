import { foldKey } from '../model/fold';
import type { CorpusSource } from './source';
import type { ArticleMeta, Claim, CorpusBundle, Entity, Passage, TimelineEvent } from '../model/corpus-types';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A CorpusSource over a bundle held in memory (the CLI, tests, and the fallback when IndexedDB fails).
 * Every index is built once here, so each query is a map look-up.
 */
export function createMemorySource(bundle: CorpusBundle): CorpusSource {
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const passages = new Map(bundle.passages.map((p) => [p.id, p]));
  const byAlias = new Map<string, Entity[]>();
  for (const e of bundle.entities) {
    const keys = new Set([foldKey(e.id), foldKey(e.name), ...e.aliases.map((a) => foldKey(a.text))]);
    for (const key of keys) if (key !== '') push(byAlias, key, e);
  }
  const passagesByEntity = new Map<string, Passage[]>();
  for (const p of bundle.passages) for (const id of p.entityIds) push(passagesByEntity, id, p);
  const passagesByArticle = new Map<string, Passage[]>();
  for (const p of bundle.passages) push(passagesByArticle, p.articleId, p);
  for (const list of passagesByArticle.values()) list.sort((a, b) => a.index - b.index);
  const claimsByEntity = new Map<string, Claim[]>();
  for (const c of bundle.claims) push(claimsByEntity, c.entityId, c);
  const timelineByEntity = new Map<string, TimelineEvent[]>();
  for (const t of bundle.timeline) for (const id of new Set([t.id, ...t.entityIds])) push(timelineByEntity, id, t);
  const articleCount = bundle.articles.length;

  return {
    meta: async () => ({ version: bundle.version, asOf: bundle.asOf, articleCount, entityCount: bundle.entities.length }),
    getEntity: async (id) => entities.get(id),
    findEntitiesByAlias: async (alias) => (byAlias.get(foldKey(alias)) ?? []).slice(),
    listEntities: async () => bundle.entities.slice(),
    getArticle: async (id): Promise<ArticleMeta | undefined> => articles.get(id),
    getPassage: async (id) => passages.get(id),
    getPassagesForEntity: async (id) => (passagesByEntity.get(id) ?? []).slice(),
    getPassagesForArticle: async (id) => (passagesByArticle.get(id) ?? []).slice(),
    getClaimsForEntity: async (id) => (claimsByEntity.get(id) ?? []).slice(),
    getTimeline: async (id) => (id === undefined ? bundle.timeline : timelineByEntity.get(id) ?? []).slice(),
  };
}
