import type { MatcherEntity } from '../model/corpus-types';
import type { Matcher, MatcherData, Mention } from './types';

/**
 * Which mentions get marked with default settings.
 *
 * A page is on topic when it
 *  - names a `specific` entity (Hmeimim, Tartus, al-Sharaa) through a non-ambiguous alias, or
 *  - carries signals of both countries, at least MIN_SIDE_SIGNALS mentions for each side, counting only
 *    non-ambiguous aliases of entities with a `country` (Syria, Damascus → sy; Russia, Putin, Kremlin → ru).
 * On an on-topic page every mention is marked, broad entities and ambiguous aliases included.
 * On any other page nothing is marked: by the first rule there is then no specific mention to mark.
 *
 * Why two per side: a long Russia page (a Putin interview, the Ukraine war) often names Syria once in a
 * sidebar, a "related stories" list or a passing aside; one mention is noise, two or more are a theme.
 * A genuine Syria–Russia report names both sides repeatedly, or names a specific place or person.
 * Ambiguous aliases never count as a signal: "Novak" Djokovic, "Latakia" tobacco and "Assad" the
 * surname must not turn a tennis, pipe or genealogy page on.
 */
export const MIN_SIDE_SIGNALS = 2;

export interface DetectResult {
  onTopic: boolean;
  /** Exactly what gets marked: all mentions on an on-topic page, none otherwise. */
  mentions: Mention[];
}

type EntityIndex = Map<string, MatcherEntity>;

const indexCache = new WeakMap<MatcherData, EntityIndex>();

function indexOf(entities: EntityIndex | MatcherData): EntityIndex {
  if (entities instanceof Map) return entities;
  let index = indexCache.get(entities);
  if (!index) {
    index = new Map(entities.entities.map((e) => [e.id, e]));
    indexCache.set(entities, index);
  }
  return index;
}

/**
 * Decide from the mentions found whether the page is on topic. Only entity and alias are read, so
 * the content script passes its marks as they are (no copy of 150,000 marks per decision).
 */
export function isOnTopic(mentions: ReadonlyArray<Pick<Mention, 'entityId' | 'alias'>>, entities: EntityIndex | MatcherData): boolean {
  const index = indexOf(entities);
  let sy = 0;
  let ru = 0;
  for (const m of mentions) {
    const entity = index.get(m.entityId);
    if (!entity) continue;
    const alias = entity.aliases.find((a) => a.text === m.alias);
    if (!alias || alias.ambiguous) continue;
    if (entity.scope === 'specific') return true;
    if (entity.country === 'sy') sy++;
    else if (entity.country === 'ru') ru++;
    if (sy >= MIN_SIDE_SIGNALS && ru >= MIN_SIDE_SIGNALS) return true;
  }
  return false;
}

export function detectInText(
  text: string,
  matcher: Matcher,
  entities: EntityIndex | MatcherData,
): DetectResult {
  const mentions = matcher.findAll(text);
  const onTopic = isOnTopic(mentions, entities);
  return { onTopic, mentions: onTopic ? mentions : [] };
}
