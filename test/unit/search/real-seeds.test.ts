import { beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../../src/cli/commands/search';
import { compileCorpus } from '../../../src/compiler/compile-fs';
import type { CorpusBundle } from '../../../src/model/corpus-types';
import { buildSearchIndex, search, type SearchIndex } from '../../../src/search';

// The compiled seed corpus (English reports): every other script reaches it through the gazetteer.
let bundle: CorpusBundle;
let index: SearchIndex;
beforeAll(async () => {
  bundle = await compileCorpus('seeds');
  index = buildSearchIndex(bundle);
}, 60_000);

const linked = (entityId: string) => bundle.passages.filter((p) => p.entityIds.includes(entityId)).length;

describe('search over the compiled seeds', () => {
  it.each(['Хмеймим', 'حميميم', 'Khmeimim', 'Khmeimin', 'Hmei'])('%s returns Hmeimim passages first', (q) => {
    const r = search(index, q, { limit: 50 });
    const n = linked('hmeimim-air-base');
    expect(n).toBeGreaterThan(0);
    expect(r.results.slice(0, n).every((x) => x.entityIds.includes('hmeimim-air-base'))).toBe(true);
    expect(r.entities).toContain('hmeimim-air-base');
  });

  it('Tartos returns Tartus passages first (CLI)', () => {
    const out = searchCommand('Tartos', bundle, 5);
    expect(out.results.length).toBeGreaterThan(0);
    for (const r of out.results.slice(0, 3)) expect(r.passage).toMatch(/Tartus|Tartous/);
    expect(out.didYouMean).toMatch(/^Tart(?:us|ous)$/);
  });

  it('Jolani finds al-Sharaa passages although no seed says "Jolani"', () => {
    expect(bundle.passages.some((p) => /jolani/i.test(p.text))).toBe(false);
    const r = search(index, 'Jolani', { limit: 10 });
    expect(r.results.length).toBe(Math.min(10, linked('ahmad-al-sharaa')));
    for (const x of r.results) expect(x.entityIds).toContain('ahmad-al-sharaa');
    expect(r.results[0]?.highlights.length).toBeGreaterThan(0);
  });

  it('stems: extradite finds "extradition" passages', () => {
    const r = search(index, 'extradite');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results[0]?.passage).toMatch(/extradit/i);
  });
});
