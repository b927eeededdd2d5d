/**
 * The cheap no: a text where the prefilter finds no place a name may start is answered without any
 * per-entity work — no keys read, no trie, no row tables — and the packed data then never unpacks its keys.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { packMatcherData, unpackMatcherData } from '../../../src/detect/packed-data';
import type { MatcherData } from '../../../src/detect/types';
import { FIXTURE_ENTITIES } from './fixture-entities';

/** The data, counting how often its keys are read. */
function counted(data: MatcherData): { data: MatcherData; reads: () => number } {
  let reads = 0;
  const keys = data.keys;
  const wrapped = { ...data, get keys() {
    reads++;
    return keys;
  } } as MatcherData;
  return { data: wrapped, reads: () => reads };
}

const NOTHING = 'The council approved the new cycle lanes on Tuesday, and the works begin in spring along the river.';

describe('a text that names nothing', () => {
  it('is answered by the prefilter alone: the keys are never read', () => {
    const { data, reads } = counted(compileMatcherData(FIXTURE_ENTITIES));
    const matcher = createMatcher(data);
    expect(matcher.findAll(NOTHING)).toEqual([]);
    expect(reads()).toBe(0);
    // A name builds the rest, once, and is found.
    const found = matcher.findAll('Officials at Hmeimim said so.');
    expect(found.map((m) => m.alias)).toContain('Hmeimim');
    expect(reads()).toBeGreaterThan(0);
  });

  it('leaves the packed keys packed', () => {
    const packed = packMatcherData(compileMatcherData(FIXTURE_ENTITIES));
    let unpacked = 0;
    const rows = packed.rows;
    const watched = { ...packed, get rows() {
      unpacked++;
      return rows;
    } };
    const matcher = createMatcher(unpackMatcherData(watched));
    expect(matcher.findAll(NOTHING)).toEqual([]);
    expect(unpacked).toBe(0);
    expect(matcher.findAll('Officials at Hmeimim said so.').length).toBe(1);
    expect(unpacked).toBeGreaterThan(0);
  });
});
