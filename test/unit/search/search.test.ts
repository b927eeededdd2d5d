import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../src/search';
import type { SearchResponse } from '../../../src/search';
import { fixtureBundle } from './fixture-bundle';

const index = buildSearchIndex(fixtureBundle);
const ids = (r: SearchResponse) => r.results.map((x) => x.passageId);
const highlighted = (r: SearchResponse, i = 0) => {
  const hit = r.results[i];
  return hit ? hit.highlights.map(([s, e]) => hit.passage.slice(s, e)) : [];
};

describe('ranking', () => {
  it('ranks a passage matching every word above one matching some', () => {
    const r = search(index, 'Tartus warships');
    expect(ids(r)[0]).toBe('a-misc#1');
    expect(ids(r)).toContain('a-reuters#0');
  });

  it('ranks rarer words higher (BM25 idf)', () => {
    // "terminal" occurs once, "Latakia" in several passages: the terminal passage wins.
    const r = search(index, 'Latakia terminal');
    expect(ids(r)[0]).toBe('a-misc#0');
  });

  it('respects the limit and orders by score', () => {
    const r = search(index, 'Latakia', { limit: 2 });
    expect(r.results).toHaveLength(2);
    const scores = search(index, 'Latakia').results.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns outlet, date, text and entities with each result', () => {
    const hit = search(index, 'wheat').results[0];
    expect(hit).toMatchObject({ articleId: 'a-reuters', outlet: 'Reuters', date: '2025-10-15', entityIds: ['ahmad-al-sharaa'] });
    expect(hit?.passage).toContain('wheat shipments');
  });
});

describe('prefix, typos, folding, stemming', () => {
  it('matches a word being typed', () => {
    const r = search(index, 'Hmei');
    expect(ids(r)).toContain('a-reuters#0');
    expect(r.entities).toContain('hmeimim-air-base');
  });

  it('does not read a known word as a typo of a name', () => {
    // "Russian" is in the corpus; it must not be taken for a misspelt alias.
    expect(search(index, 'Russian').didYouMean).toBeUndefined();
    expect(search(index, 'Russian').entities).toEqual([]);
  });

  it('does not complete a finished word', () => {
    expect(search(index, 'terminal ').results.map((x) => x.passageId)).toEqual(['a-misc#0']);
  });

  it('tolerates typos and suggests the correction', () => {
    const r = search(index, 'Tartos');
    expect(r.results[0]?.entityIds).toContain('tartus-naval-base');
    expect(r.didYouMean).toBe('Tartus');
    // The typo still names the entity, so the Russian passage ("Тартусе") is found too.
    expect(r.entities).toEqual(['tartus-naval-base']);
    expect(ids(r)).toContain('a-tass#0');
    const k = search(index, 'Khmeimin');
    expect(k.results[0]?.entityIds).toContain('hmeimim-air-base');
    expect(k.entities).toEqual(['hmeimim-air-base']);
  });

  it('folds case and diacritics', () => {
    expect(ids(search(index, 'LATAKÍA'))).toEqual(ids(search(index, 'latakia')));
    expect(search(index, 'LATAKÍA').results.length).toBeGreaterThan(0);
  });

  it('stems English word forms', () => {
    const extradite = ids(search(index, 'extradite'));
    expect(extradite).toContain('a-history#1'); // "extradition"
    expect(extradite).toContain('a-reuters#2'); // "extradite"
    expect(ids(search(index, 'shipments'))).toContain('a-history#2'); // "shipment"
    expect(ids(search(index, 'shipment'))).toContain('a-reuters#1'); // "shipments"
  });

  it('strips Russian case endings', () => {
    // The passage says "Тартусе"; the query is the bare name.
    expect(ids(search(index, 'Тартус'))).toContain('a-tass#0');
  });
});

describe('entity expansion across spellings and scripts', () => {
  const hmeimim = ['a-reuters#0', 'a-tass#0', 'a-arabic#0'];
  it.each(['Hmeimim', 'Khmeimim', 'Хмеймим', 'Хмеймиме', 'حميميم'])('%s finds every Hmeimim passage', (q) => {
    const r = search(index, q);
    expect(ids(r).slice(0, 3).sort()).toEqual([...hmeimim].sort());
    expect(r.entities).toEqual(['hmeimim-air-base']);
  });

  it('Jolani finds al-Sharaa passages in every script', () => {
    const r = search(index, 'Jolani');
    const top = ids(r).slice(0, 4).sort();
    expect(top).toEqual(['a-arabic#0', 'a-history#0', 'a-reuters#1', 'a-tass#0']);
    expect(r.entities).toEqual(['ahmad-al-sharaa']);
  });

  it('ranks linked passages above plain word hits', () => {
    // "Russian" is a plain word in a-misc#1; "Putin" is an entity linked from the TASS and Arabic passages.
    const r = search(index, 'Putin');
    expect(ids(r).slice(0, 2).sort()).toEqual(['a-arabic#0', 'a-tass#0']);
  });

  it('highlights alias spellings in the passage, in any script', () => {
    const r = search(index, 'Khmeimim');
    const byId = new Map(r.results.map((x, i) => [x.passageId, i]));
    expect(highlighted(r, byId.get('a-reuters#0'))).toContain('Hmeimim');
    expect(highlighted(r, byId.get('a-tass#0'))).toContain('Хмеймиме');
    expect(highlighted(r, byId.get('a-arabic#0'))).toContain('حميميم');
  });

  it('highlights are valid, ordered, non-overlapping spans', () => {
    for (const q of ['Tartus', 'Jolani', 'extradition Assad', 'Hmei', 'Латакия']) {
      for (const hit of search(index, q).results) {
        let prev = 0;
        for (const [s, e] of hit.highlights) {
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(hit.passage.length);
          expect(hit.passage.slice(s, e).trim()).toBe(hit.passage.slice(s, e));
          prev = e;
        }
      }
    }
    expect(highlighted(search(index, 'extradite'), 0).map((s) => s.toLowerCase())[0]).toMatch(/^extradit/);
  });
});

describe('filters', () => {
  it('filters by outlet, date range and entity', () => {
    const all = search(index, 'Tartus', { limit: 50 });
    expect(new Set(all.results.map((x) => x.outlet))).toEqual(new Set(['Reuters', 'TASS']));
    const tass = search(index, 'Tartus', { filters: { outlet: 'tass' } });
    expect(tass.results.map((x) => x.outlet)).toEqual(['TASS']);
    const early = search(index, 'Tartus', { filters: { to: '2025-06-30' } });
    expect(ids(early)).toEqual(['a-misc#1']);
    const late = search(index, 'Tartus', { filters: { from: '2025-10-16', to: '2025-10-31' } });
    expect(ids(late)).toEqual(['a-tass#0']);
    const withHmeimim = search(index, 'Tartus', { filters: { entityId: 'hmeimim-air-base' } });
    expect(ids(withHmeimim).sort()).toEqual(['a-reuters#0', 'a-tass#0']);
  });
});

describe('edge cases', () => {
  it('returns an empty response for empty or stopword-only queries', () => {
    for (const q of ['', '   ', 'the of', '!!!', '\u064B']) {
      const r = search(index, q);
      expect(r).toEqual({ query: q, results: [], entities: [] });
    }
  });

  it('suggests a correction only when it would find something', () => {
    const r = search(index, 'Tarrtoos');
    expect(r.didYouMean).toBe('Tartus');
    expect(search(index, 'qqqqqqqq').didYouMean).toBeUndefined();
    expect(search(index, 'Tartus').didYouMean).toBeUndefined();
  });

  it('limit 0 returns no results but still the matched entities', () => {
    const r = search(index, 'Tartus', { limit: 0 });
    expect(r.results).toEqual([]);
    expect(r.entities).toEqual(['tartus-naval-base']);
  });
});
