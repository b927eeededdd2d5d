import { foldKey } from '../model/fold';
import { localNames } from './local-names';
import type { CorpusSource } from './source';
import type { CardData, Entity } from '../model/corpus-types';

/** Key claims shown on a card: at most this many, fewer only when the corpus has fewer. */
export const MAX_KEY_CLAIMS = 5;

/**
 * Which entity a typed name means. An id wins; otherwise an entity for which the name is a non-ambiguous
 * alias, then a `specific` one, then gazetteer order. "Assad" thus finds Bashar al-Assad, and "Tartus" the city.
 */
export async function resolveEntity(source: CorpusSource, idOrAlias: string): Promise<Entity | undefined> {
  const direct = await source.getEntity(idOrAlias.trim());
  if (direct) return direct;
  const key = foldKey(idOrAlias);
  const candidates = await source.findEntitiesByAlias(idOrAlias);
  const score = (e: Entity): number => {
    const exact = e.aliases.some((a) => !a.ambiguous && foldKey(a.text) === key) || foldKey(e.name) === key || foldKey(e.id) === key;
    return (exact ? 2 : 0) + (e.scope === 'specific' ? 1 : 0);
  };
  return candidates.map((e, i) => ({ e, s: score(e), i })).sort((a, b) => b.s - a.s || a.i - b.i)[0]?.e;
}

/**
 * Everything the context card shows for one entity, by id or by any alias in any script. The card, the
 * popup, the CLI (`backstory card`) and the IndexedDB benchmark all call this, so they agree. Claims come in
 * the compiler's order (most about the entity first, then most independent origins), never re-ranked by a
 * count that could favour a false agreement.
 */
export async function getCardData(source: CorpusSource, idOrAlias: string): Promise<CardData | undefined> {
  const entity = await resolveEntity(source, idOrAlias);
  if (!entity) return undefined;
  const [claims, timeline, meta] = await Promise.all([
    source.getClaimsForEntity(entity.id),
    source.getTimeline(entity.id),
    source.meta(),
  ]);
  const differences = claims.filter((c) => (c.variants?.length ?? 0) >= 2);
  const key = claims.filter((c) => !c.variants).slice(0, MAX_KEY_CLAIMS);
  const sortedTimeline = timeline.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const own = sortedTimeline.find((t) => t.id === entity.id);
  const articleCount = entity.articles ?? own?.sources.length ?? (await passageArticleCount(source, entity.id));
  const card: CardData = {
    entity: { id: entity.id, type: entity.type, name: entity.name, description: entity.description },
    claims: key,
    differences,
    timeline: sortedTimeline,
    asOf: meta.asOf,
    articleCount,
  };
  if (entity.identification) card.entity.identification = entity.identification;
  const names = localNames(entity);
  if (names) card.entity.names = names;
  if (entity.facts) card.entity.facts = entity.facts;
  // Said only of a card that cites nothing: a description fact is a sourced statement too.
  if (key.length === 0 && differences.length === 0 && (entity.facts?.length ?? 0) === 0) card.empty = articleCount === 0 ? 'unmentioned' : 'passing';
  return card;
}

/** For a corpus compiled before entities carried their article count. */
async function passageArticleCount(source: CorpusSource, entityId: string): Promise<number> {
  return new Set((await source.getPassagesForEntity(entityId)).map((p) => p.articleId)).size;
}
