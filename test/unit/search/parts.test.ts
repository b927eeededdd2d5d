import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../src/search';
import { boundedDistance } from '../../../src/search/edit-distance';
import { loadSearchIndex, searchWith, serializeSearchIndex, updateSearchIndex } from '../../../src/search';
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

describe('stored index and updates', () => {
  const byId = new Map(fixtureBundle.passages.map((p) => [p.id, p]));
  const read = async (ids: string[]) => new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
  const queries = ['Tartus', 'Хмеймиме', 'Jolani', 'extradite', 'Hmei', 'Tartos', 'Latakia shipments'];

  it('round-trips through a structured clone (as IndexedDB stores it) and answers exactly as the built index', async () => {
    const built = buildSearchIndex(fixtureBundle);
    const loaded = loadSearchIndex(structuredClone(serializeSearchIndex(built)));
    expect(loaded?.version).toBe(fixtureBundle.version);
    for (const q of queries) expect(await searchWith(loaded!, q, {}, read)).toEqual(search(built, q));
  });

  it('refuses a stored index of another format', () => {
    expect(loadSearchIndex({ ...serializeSearchIndex(buildSearchIndex(fixtureBundle)), format: 1 as never })).toBeUndefined();
  });

  it('an update answers as a rebuild: removed passages never, added ones scored alike', async () => {
    const [removedArticle, ...keptArticles] = fixtureBundle.articles;
    const without = { ...fixtureBundle, version: 'without', articles: keptArticles, passages: fixtureBundle.passages.filter((p) => p.articleId !== removedArticle!.id) };
    const withoutFirst = { ...fixtureBundle, version: 'without-first-then-back' };
    // From the whole corpus, remove an article; then from that, add it back.
    // A dead share of 1: updated, never rebuilt, whatever the fixture's size.
    const removed = updateSearchIndex(buildSearchIndex(fixtureBundle), without, 1);
    const back = updateSearchIndex(removed, withoutFirst, 1);
    const rebuiltWithout = buildSearchIndex(without);
    const sorted = (r: { results: Array<{ passageId: string; score: number }> }) => r.results.map((x) => `${x.passageId} ${x.score}`).sort();
    for (const q of queries) {
      const answer = await searchWith(removed, q, { limit: 100 }, read);
      expect(answer.results.some((r) => r.articleId === removedArticle!.id)).toBe(false);
      expect(sorted(answer)).toEqual(sorted(search(rebuiltWithout, q, { limit: 100 })));
      expect(sorted(await searchWith(back, q, { limit: 100 }, read))).toEqual(sorted(search(buildSearchIndex(fixtureBundle), q, { limit: 100 })));
    }
    expect(removed.live).toBe(without.passages.length);
    expect(back.version).toBe('without-first-then-back');
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
