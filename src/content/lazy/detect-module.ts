/**
 * Entry of the lazy module content-detect.js (see detector.ts): the post-gate detection, loaded by the
 * content script with the names. Built as an ES module of its own, so it holds its own copy of the
 * character table: `join` seeds it from the probe, as the content script seeded its own.
 */
import { seedCharTable } from '../../detect/char-table';
import { isOnTopic, topicalInSteps } from '../../detect/gating';
import { primaryLanguage } from '../../detect/language';
import { createMatcher } from '../../detect/matcher';
import { joinMatcherData } from '../../detect/packed-data';
import type { Detector } from './detector';

export const detector: Detector = {
  join(probe, names) {
    seedCharTable(probe.chars);
    return joinMatcherData(probe, names);
  },
  createMatcher,
  topicalInSteps,
  isOnTopic,
  primaryLanguage,
};
