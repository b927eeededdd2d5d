import fc from 'fast-check';
import type { MatcherEntity } from '../../../src/model/corpus-types';
import { describe, expect, it } from 'vitest';
import { CLS, FOLD, UNKNOWN, WORD, charSeed, classify, seedCharTable } from '../../../src/detect/char-table';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher, WARM_AFTER } from '../../../src/detect/matcher';
import { NOT_AFTER_CLASS, prefilterPasses } from '../../../src/detect/prefilter';
import { parseGazetteer } from '../../../src/compiler/gazetteer';
import { fileText, seedFiles } from '../compiler/seed-files';
import { FIXTURE_ENTITIES } from './fixture-entities';

const seedEntities = async () => (await parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'))).entities;

/** Text that puts aliases next to the things the prefilter must not lose them to. */
function textArbitrary(aliases: string[]): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...aliases) },
    // An alias with a dropped unit, a separator or a case change somewhere inside.
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...aliases), fc.nat(), fc.constantFrom('\u00AD', '\u0301', '\u064E', 'ـ', '\u200C', '-', ' ', '\u2011', 'x', 'و'))
        .map(([a, at, unit]) => a.slice(0, at % (a.length + 1)) + unit + a.slice(at % (a.length + 1))),
    },
    { weight: 1, arbitrary: fc.constantFrom(...aliases).map((a) => a.toUpperCase()) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(' ', '-', '\n', "'s", '’', '.', 'e', 'а', 'ом', 'ами', 'و', 'ب', 'ل', 'ال', 'وبال', 'لل', '\u0301', '\u064E', '\u00AD', 'x', '7', 'Ḥ', 'ё'),
    },
  );
  return fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
}

/** The prefiltered matcher and the every-word-start loop agree on random text made from these entities' names. */
function expectSameAsWordLoop(entities: MatcherEntity[], seed: number): void {
  const data = compileMatcherData(entities);
  const fast = createMatcher(data, { prefilter: 'always' });
  const reference = createMatcher(data, { prefilter: 'never' });
  const aliases = entities.flatMap((e) => e.aliases.map((a) => a.text));
  fc.assert(
    fc.property(textArbitrary(aliases), (text) => {
      expect(fast.findAll(text)).toEqual(reference.findAll(text));
    }),
    { seed, numRuns: 1500 },
  );
}

describe('matcher prefilter', () => {
  it('finds exactly what a look at every word start finds (fixture gazetteer)', () => {
    expectSameAsWordLoop(FIXTURE_ENTITIES, 4242);
  });

  it('finds exactly what a look at every word start finds (the seed gazetteer)', async () => {
    expectSameAsWordLoop(await seedEntities(), 99);
  });

  it('finds names the windows alone would miss: harakat, soft hyphens and elided alefs inside them', async () => {
    const data = compileMatcherData(await seedEntities());
    const matcher = createMatcher(data);
    const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(found('at Hm\u00ADeimim air base')).toEqual(['Hm\u00ADeimim air base']);
    expect(found('وصل إلى حَمِيميم')).toEqual(['حَمِيميم']);
    // The first lam is the particle; the mention is the article's lam and the name.
    expect(found('قال للأسد')).toEqual(['لأسد']);
    expect(found('Ta\u0301rtus')).toEqual(['Ta\u0301rtus']);
  });

  it('looks only at places that can start a name: mid-word letters are excluded natively', async () => {
    const passes = prefilterPasses(compileMatcherData(await seedEntities()).keys.map((k) => k[0]));
    const hits = (text: string) => passes.flatMap((p) => [...text.matchAll(new RegExp(p.source, 'g'))].map((m) => m.index)).sort((a, b) => a - b);
    // "Putin" is a key, but not inside "disputing"; "Tartus" is, at a word start, and "Ṭarṭūs" by its initial.
    expect(hits('disputing with Tartus')).toEqual([15]);
    expect(hits('disputing with Ṭarṭūs')).toEqual([15]);
    // Each script's pass says which units it needs, so a page without them skips it.
    const scripts = passes.filter((p) => p.when).map((p) => new RegExp(p.when!));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(scripts.some((w) => w.test('Путин'))).toBe(true);
    expect(scripts.some((w) => w.test('بوتين'))).toBe(true);
    expect(scripts.some((w) => w.test('Putin in Tartus'))).toBe(false);
  });

  it('treats as "mid-word" only units that are word characters', () => {
    const notAfter = new RegExp(`^${NOT_AFTER_CLASS}$`);
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      if (notAfter.test(String.fromCharCode(u)) && classify(u) !== WORD) wrong.push(u.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('switches to the word-start loop after WARM_AFTER units, with the same mentions', () => {
    const data = compileMatcherData(FIXTURE_ENTITIES);
    const auto = createMatcher(data);
    const reference = createMatcher(data, { prefilter: 'never' });
    const page = 'Putin met al-Sharaa at Hmeimim; بوتين في حميميم. Путина в Хмеймиме. ';
    const long = page.repeat(Math.ceil(WARM_AFTER / page.length) + 1);
    expect(auto.findAll(long)).toEqual(reference.findAll(long));
    expect(auto.findAll(page)).toEqual(reference.findAll(page));
    expect(auto.findAll(page).length).toBeGreaterThanOrEqual(6);
  });

  it('has nothing to run for an empty gazetteer', () => {
    expect(prefilterPasses([])).toEqual([]);
    expect(createMatcher(compileMatcherData([])).findAll('Putin in Hmeimim')).toEqual([]);
  });
});

describe('character tables seeded at build time', () => {
  it('give every seeded unit the class and fold classify gives it', () => {
    const seed = charSeed();
    const units = seed.flatMap(([from, classes]) => [...classes].map((_, i) => from + i));
    expect(units.length).toBeGreaterThan(1000);
    // Forget what is known about the seeded units, fill them from the seed, then ask classify afresh.
    for (const u of units) CLS[u] = UNKNOWN;
    seedCharTable(seed);
    const seeded = units.map((u) => [CLS[u], FOLD[u]]);
    for (const u of units) CLS[u] = UNKNOWN;
    expect(units.map((u) => [classify(u), FOLD[u]])).toEqual(seeded);
  });
});
