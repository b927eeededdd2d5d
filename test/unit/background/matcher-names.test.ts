import { describe, expect, it, vi } from 'vitest';
import { packedMatcherData } from './fixtures/packed-matcher-data';
import { matcherNames } from '../../../src/background/matcher-names';
import { joinMatcherData, splitPackedMatcherData } from '../../../src/detect/packed-data';
import { createMatcher } from '../../../src/detect/matcher';

vi.mock('backstory:matcher-data', async () => ({ default: (await import('./fixtures/packed-matcher-data')).packedMatcherData }));

describe('matcherNames', () => {
  it('gives the names a content script joins to its own prefilter half, and then it finds the names in a page', () => {
    const { probe } = splitPackedMatcherData(packedMatcherData); // the half the content script ships with
    const names = matcherNames();
    expect(names).not.toHaveProperty('prefilter');
    expect(names).not.toHaveProperty('chars');
    const matcher = createMatcher(joinMatcherData(probe, structuredClone(names))); // it crosses as a message
    const text = 'Planes left Hmeimim at dawn; Putin said nothing.';
    expect(matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ['Hmeimim', 'hmeimim'],
      ['Putin', 'putin'],
    ]);
  });

  it('splits the embedded data once per worker', () => {
    expect(matcherNames()).toBe(matcherNames());
  });
});
