import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { cutAfter, matchSliced } from '../../../src/content/scan/sliced-match';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';

const matcher = createMatcher(compileMatcherData(FIXTURE_ENTITIES));
const noBudget = { check: async () => undefined };

const words = [
  'Tartus', 'naval', 'base', 'Tartus naval base', 'al-Sharaa', 'Hmeimim', 'Khmeimim', 'the', 'Russia', 'Syria', 'Damascus',
  'Putin', 'Assad', 'Tartuse', 'Sharia', 'طرطوس', 'Хмеймим', 'and', 'of', '\n', '\n', ' ', '-',
];

describe('matchSliced', () => {
  it('finds exactly what one findAll over the whole text finds, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { maxLength: 400 }), fc.integer({ min: 1, max: 200 }), async (parts, chunk) => {
        const text = parts.join(' ');
        const whole = matcher.findAll(text);
        const sliced = await matchSliced(text, matcher, noBudget, chunk);
        expect(sliced).toEqual(whole);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('keeps a name that crosses a chunk cut', async () => {
    const text = `${'x '.repeat(50)}Tartus naval base\n${'y '.repeat(50)}`;
    // A cut right inside "Tartus naval base" (no separator nearby, so it falls on a space).
    const sliced = await matchSliced(text, matcher, noBudget, 101);
    expect(sliced.map((m) => text.slice(m.start, m.end))).toEqual(['Tartus naval base']);
  });

  it('yields between chunks of a long text', async () => {
    let checks = 0;
    const text = 'Tartus and Hmeimim.\n'.repeat(2000);
    const found = await matchSliced(text, matcher, { check: async () => void checks++ }, 1000);
    expect(found).toHaveLength(4000);
    expect(checks).toBeGreaterThan(30);
  });
});

describe('cutAfter', () => {
  it('cuts just after a block separator past the chunk size', () => {
    expect(cutAfter('aaaa\nbbbb\ncccc', 0, 6)).toBe(10);
    expect(cutAfter('short', 0, 100)).toBe(5);
  });
});
