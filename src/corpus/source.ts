import type { ArticleMeta, Claim, Entity, Passage, TimelineEvent } from '../model/corpus-types';

/**
 * Read access to a compiled corpus, whatever holds it: the bundle in memory (CLI, fallback)
 * or IndexedDB (the extension). The card, the popup, the reader page and the CLI all go through this,
 * so they show the same data.
 */
export interface CorpusSource {
  meta(): Promise<{ version: string; asOf: string; articleCount: number; entityCount: number }>;
  getEntity(id: string): Promise<Entity | undefined>;
  /** Alias look-up after `foldKey` folding: any spelling, any script. */
  findEntitiesByAlias(alias: string): Promise<Entity[]>;
  listEntities(): Promise<Entity[]>;
  getArticle(id: string): Promise<ArticleMeta | undefined>;
  getPassage(id: string): Promise<Passage | undefined>;
  getPassagesForEntity(entityId: string): Promise<Passage[]>;
  /** An article's paragraphs, in order. */
  getPassagesForArticle(articleId: string): Promise<Passage[]>;
  getClaimsForEntity(entityId: string): Promise<Claim[]>;
  /** Dated events; with an entity id, only those that concern it. */
  getTimeline(entityId?: string): Promise<TimelineEvent[]>;
}
