import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { CHUNK_TARGET_MS, FIRST_CHUNK_CHARS, cutAfter, matchSliced } from '../../../src/content/scan/sliced-match';
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

describe('matchSliced without a fixed chunk size', () => {
  it('starts small and sizes each next chunk to take about CHUNK_TARGET_MS at the speed it measured', async () => {
    // A matcher taking 1 µs a unit on the test's own clock: chunks should settle at ~CHUNK_TARGET_MS × 1000 units.
    let clock = 0;
    const windows: number[] = [];
    const timed = {
      ...matcher,
      findAll(text: string) {
        windows.push(text.length);
        clock += text.length / 1000;
        return matcher.findAll(text);
      },
    };
    const text = 'Tartus and Hmeimim.\n'.repeat(5000);
    const found = await matchSliced(text, timed, noBudget, undefined, () => clock);
    expect(found).toEqual(matcher.findAll(text));
    expect(windows[0]).toBeLessThanOrEqual(FIRST_CHUNK_CHARS + 500);
    const settled = windows.slice(2, -1);
    expect(settled.length).toBeGreaterThan(5);
    for (const w of settled) expect(Math.abs(w - CHUNK_TARGET_MS * 1000)).toBeLessThan(600);
  });
});

describe('cutAfter', () => {
  it('cuts just after a block separator past the chunk size', () => {
    expect(cutAfter('aaaa\nbbbb\ncccc', 0, 6)).toBe(10);
    expect(cutAfter('short', 0, 100)).toBe(5);
  });
});
