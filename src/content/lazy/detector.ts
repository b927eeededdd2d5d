/**
 * The detection a page runs only once its text may name someone: the names unpacked, the matcher, the
 * person and common-sense context, the language and the on-topic gate. Most of the content script by size,
 * and a page that names nothing never runs it, so it is a lazy module (detect-module.ts, built as
 * content-detect.js) fetched together with the names (shipped-matcher-source.ts). Types only here: the
 * content script's own bundle imports nothing of it.
 */
import type { isOnTopic, topicalInSteps } from '../../detect/gating';
import type { primaryLanguage } from '../../detect/language';
import type { createMatcher } from '../../detect/matcher';
import type { MatcherData, MatcherNames, MatcherProbe } from '../../detect/types';

export interface Detector {
  /** The embedded probe and the background's names, unpacked into the matcher's data (and the module's character table seeded). */
  join(probe: MatcherProbe, names: MatcherNames): MatcherData;
  createMatcher: typeof createMatcher;
  /** topicalMentions in steps, for the scanner to yield between (detect/steps.ts). */
  topicalInSteps: typeof topicalInSteps;
  isOnTopic: typeof isOnTopic;
  primaryLanguage: typeof primaryLanguage;
}
