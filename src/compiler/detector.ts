import { compileMatcherData, matcherEntityOf } from '../detect/compile';
import { detectInText } from '../detect/gating';
import { createMatcher } from '../detect/matcher';
import type { Entity, MatcherEntity } from '../model/corpus-types';
import type { FindMentions } from './link-entities';

/** The part of an entity the matcher ships with the content script. */
export function toMatcherEntity(e: Entity): MatcherEntity {
  return matcherEntityOf(e);
}

/**
 * Entity ↔ passage links use exactly what the content script runs on a page: the same compiled matcher
 * data, the same matcher and the same gating, applied to each article as if it were a page. So a passage
 * is linked to an entity precisely when the extension would mark that entity in it.
 */
export function corpusDetector(entities: MatcherEntity[]): FindMentions {
  const data = compileMatcherData(entities);
  const matcher = createMatcher(data);
  return (text) => detectInText(text, matcher, data).mentions;
}
