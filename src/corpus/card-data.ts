import { foldKey } from '../model/fold';
import type { CorpusSource } from './source';
import type { CardData, Claim, Entity } from '../model/corpus-types';

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

function byAgreement(a: Claim, b: Claim): number {
  const ra = a.agreement.total === 0 ? 0 : a.agreement.count / a.agreement.total;
  const rb = b.agreement.total === 0 ? 0 : b.agreement.count / b.agreement.total;
  return b.agreement.count - a.agreement.count || rb - ra || b.sources.length - a.sources.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Everything the context card shows for one entity, by id or by any alias in any script. The card, the
 * popup, the CLI (`backstory card`) and the IndexedDB benchmark all call this, so they agree.
 */
export async function getCardData(source: CorpusSource, idOrAlias: string): Promise<CardData | undefined> {
  const entity = await resolveEntity(source, idOrAlias);
  if (!entity) return undefined;
  const [claims, timeline, meta] = await Promise.all([
    source.getClaimsForEntity(entity.id),
    source.getTimeline(entity.id),
    source.meta(),
  ]);
  const differences = claims.filter((c) => (c.variants?.length ?? 0) >= 2).sort(byAgreement);
  const key = claims.filter((c) => !c.variants).sort(byAgreement).slice(0, MAX_KEY_CLAIMS);
  return {
    entity: { id: entity.id, type: entity.type, name: entity.name, description: entity.description },
    claims: key,
    differences,
    timeline: timeline.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
    asOf: meta.asOf,
    articleCount: await articleCount(source, entity.id, claims),
  };
}

/**
 * Articles that mention the entity. Every claim's agreement counts against exactly that number, so it is
 * read from the claims; only an entity without claims needs its passages (which, on a large corpus, can
 * be thousands: the card must not read them all).
 */
async function articleCount(source: CorpusSource, entityId: string, claims: Claim[]): Promise<number> {
  if (claims.length > 0) return Math.max(...claims.map((c) => c.agreement.total));
  return new Set((await source.getPassagesForEntity(entityId)).map((p) => p.articleId)).size;
}
