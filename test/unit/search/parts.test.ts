import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../src/search';
import { boundedDistance } from '../../../src/search/edit-distance';
import { loadSearchIndex, serializeSearchIndex } from '../../../src/search/serialize';
import { stem } from '../../../src/search/stem';
import { fixtureBundle } from './fixture-bundle';

describe('stem', () => {
  it('joins English word forms and leaves names alone', () => {
    const same = [['extradite', 'extradition', 'extradited'], ['shipments', 'shipment'], ['talks', 'talked', 'talking']];
    for (const group of same) expect(new Set(group.map(stem)).size).toBe(1);
    expect(stem('tartus')).toBe('tartus');
    expect(stem('hmeimim')).toBe('hmeimim');
    expect(stem('crisis')).toBe('crisis');
  });

  it('strips Russian case endings and the Arabic article', () => {
    expect(stem('тартусе')).toBe(stem('тартус'));
    expect(stem('латакии')).toBe(stem('латакия'));
    expect(stem('الشرع')).toBe('شرع');
    expect(stem('والشرع')).toBe('شرع');
  });
});

describe('boundedDistance', () => {
  it('counts edits and transpositions, and stops above the bound', () => {
    expect(boundedDistance('tartos', 'tartus', 1)).toBe(1);
    expect(boundedDistance('tartsu', 'tartus', 1)).toBe(1);
    expect(boundedDistance('khmeimin', 'khmeimim', 2)).toBe(1);
    expect(boundedDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(boundedDistance('', 'abc', 3)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = boundedDistance(a, b, 3);
        expect(boundedDistance(b, a, 3)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('serialisation', () => {
  it('round-trips through JSON and answers exactly as the built index', () => {
    const built = buildSearchIndex(fixtureBundle);
    const json = JSON.parse(JSON.stringify(serializeSearchIndex(built)));
    const loaded = loadSearchIndex(json, fixtureBundle);
    expect(loaded).toBeDefined();
    for (const q of ['Tartus', 'Хмеймиме', 'Jolani', 'extradite', 'Hmei', 'Tartos', 'Latakia shipments']) {
      expect(search(loaded!, q)).toEqual(search(built, q));
    }
  });

  it('refuses an index built from another bundle version', () => {
    const data = serializeSearchIndex(buildSearchIndex(fixtureBundle));
    expect(loadSearchIndex(data, { ...fixtureBundle, version: 'other' })).toBeUndefined();
  });
});

describe('robustness', () => {
  const index = buildSearchIndex(fixtureBundle);
  const unit = fc.constantFrom('a', 'T', 'ä', ' ', '-', '"', '*', 'Х', 'м', 'ح', '\u064E', '\uD83D\uDE00', '\u0000', '.', '1');

  it('never throws and returns valid results for random queries, limits and filters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.option(fc.integer({ min: -5, max: 50 })),
        fc.option(fc.constantFrom('Reuters', 'TASS', 'nobody')),
        fc.option(fc.constantFrom('2025-01-01', '2025', '')),
        (query, limit, outlet, from) => {
          const r = search(index, query, {
            ...(limit === null ? {} : { limit }),
            filters: { ...(outlet === null ? {} : { outlet }), ...(from === null ? {} : { from }) },
          });
          expect(r.query).toBe(query);
          expect(r.results.length).toBeLessThanOrEqual(Math.max(0, limit ?? 10));
          for (const x of r.results) {
            expect(Number.isFinite(x.score)).toBe(true);
            for (const [s, e] of x.highlights) expect(0 <= s && s < e && e <= x.passage.length).toBe(true);
            if (outlet) expect(x.outlet.toLowerCase()).toBe(outlet.toLowerCase());
          }
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  it('is deterministic: the same query gives the same response', () => {
    expect(search(index, 'Latakia port')).toEqual(search(buildSearchIndex(fixtureBundle), 'Latakia port'));
  });
});
