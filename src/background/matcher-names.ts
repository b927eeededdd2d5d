/**
 * The gazetteer's names for content scripts: the half of the matcher data a page without a mention never
 * uses, so the content script does not embed it (it carries only the prefilter and character tables:
 * src/content/scan/matcher-source.ts) and asks for it here once its prefilter hits.
 *
 * Data, not code: it crosses as a message, so it needs no permission and no web-accessible file a page
 * could probe for, and nothing runs that the content script did not ship with.
 */
import packedMatcherData from 'backstory:matcher-data';
import { splitPackedMatcherData } from '../detect/packed-data';
import type { MatcherNames } from '../detect/types';

let names: MatcherNames | undefined;

export function matcherNames(): MatcherNames {
  return (names ??= splitPackedMatcherData(packedMatcherData).names);
}
