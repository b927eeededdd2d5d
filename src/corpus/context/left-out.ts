import type { Claim, Entity } from '../../model/corpus-types';
import type { LeftOut, PageClaim } from './page-context';
import { localNames } from '../local-names';

/**
 * What the corpus holds about the page's main entities that the page does not state: their corpus claims
 * (not the disputed points, which are not facts) that no page claim met, by independent origins, then by
 * their latest source, then by how many sources carry them.
 */
export function leftOutClaims(
  mainEntityIds: readonly string[],
  entities: ReadonlyMap<string, Entity>,
  corpusClaims: readonly Claim[],
  pageClaims: readonly PageClaim[],
  perEntity: number,
  /** The page's own date (not one assumed for it): a claim first reported after it is nothing the page left out. */
  pageDate?: string,
): LeftOut[] {
  const stated = new Set(pageClaims.flatMap((c) => c.sources.map((s) => `${s.articleId}|${s.quote}`)));
  const keys = new Set(pageClaims.map((c) => c.corpusKey).filter((k): k is string => k !== undefined));
  const shown = new Set<string>();
  const out: LeftOut[] = [];
  for (const id of mainEntityIds) {
    const entity = entities.get(id);
    if (!entity) continue;
    const candidates = corpusClaims
      .filter((c) => c.entityId === id && !c.variants && !(c.key && keys.has(c.key)))
      .filter((c) => !c.sources.some((s) => stated.has(`${s.articleId}|${s.quote}`)))
      .filter((c) => !shown.has(c.key ?? c.id))
      .filter((c) => pageDate === undefined || c.sources.some((s) => s.date.slice(0, 10) <= pageDate.slice(0, 10)));
    candidates.sort((a, b) => support(b) - support(a) || latest(b).localeCompare(latest(a)) || b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1));
    const claims = candidates.slice(0, perEntity);
    for (const c of claims) shown.add(c.key ?? c.id);
    const names = localNames(entity);
    if (claims.length > 0) out.push({ entity: { id: entity.id, name: entity.name, ...(names ? { names } : {}), type: entity.type }, claims });
  }
  return out;
}

function support(c: Claim): number {
  return c.origins?.length ?? c.agreement.count;
}

function latest(c: Claim): string {
  return c.sources.reduce((max, s) => (s.date > max ? s.date : max), '');
}
