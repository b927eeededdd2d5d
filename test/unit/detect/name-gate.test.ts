/**
 * The name gate (src/detect/name-gate.ts) is a superset of the matcher: every mention the matcher finds
 * starts where the gate says a name may start, so a page the gate rejects holds no mention. And it is
 * what makes the cheap no cheap: it rejects prefilter hits on ordinary words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { gateCut, gateOf, nameGate } from '../../../src/detect/name-gate';
import { prefilterScan } from '../../../src/detect/prefilter-scan';
import { FIXTURE_ENTITIES } from './fixture-entities';

const data = compileMatcherData(FIXTURE_ENTITIES);
const gate = nameGate(gateOf(data.keys.map((k) => k[0])));
// The reference: every word start walked, no prefilter.
const matcher = createMatcher(data, { prefilter: 'never' });
const ALIASES = FIXTURE_ENTITIES.flatMap((e) => e.aliases.map((a) => a.text));

/** Aliases cut, joined and decorated the ways pages write them (case, particles, endings, marks, separators). */
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALIASES) },
  { weight: 2, arbitrary: fc.constantFrom(...ALIASES).map((a) => a.toUpperCase()) },
  { weight: 2, arbitrary: fc.constantFrom(...ALIASES).map((a) => a.replace(/[ -]/g, ' -\u00AD ')) },
  { weight: 2, arbitrary: fc.constantFrom(...ALIASES).chain((a) => fc.nat(a.length).map((n) => a.slice(0, n))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ', '  ', '-', '\u2011', '\n', "'s", '’', '.', 'e', 'а', 'ом', 'ами', 'و', 'ب', 'ل', 'ال', 'وبال', 'لل', '\u0301', '\u064E', 'ـ', '\u00AD', 'x', '7',
    ),
  },
);
const randomText = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

describe('name gate', () => {
  it('lets through the start of every mention the matcher finds', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        for (const m of matcher.findAll(text)) expect(gate.mayStartAt(text, m.start), JSON.stringify([text, m.alias])).toBe(true);
      }),
      { seed: 20261207, numRuns: 3000 },
    );
  });

  it('keeps the first units of a key, and of a key of several words the start of its second word', () => {
    expect(gateCut('sharaa')).toBe('sharaa');
    expect(gateCut('hmeimim')).toBe('hmeimi');
    expect(gateCut('security council')).toBe('security cou');
    expect(gateCut('al sharaa')).toBe('al sha');
  });

  it('turns away prefilter hits on ordinary words', () => {
    const text = 'Share the sea with the state of New Zealand; Assaf and Tartan wool.';
    const scan = prefilterScan(data.prefilter);
    expect(scan.hits(text).length).toBeGreaterThan(0);
    expect(matcher.findAll(text)).toEqual([]);
    expect(scan.some(text, (hit) => gate.mayStartAt(text, hit))).toBe(false);
  });
});
