import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/model/fold';
import { tokenize } from '../../../src/search/tokenize';

const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, '');

describe('tokenize', () => {
  it('splits words, folds them and keeps offsets into the original', () => {
    const text = 'Al-Sharaa’s talks: Ḥmeimim, Хмеймиме & حُمَيْمِيم 2025';
    const toks = tokenize(text);
    // й stays й: in Russian it is a letter of its own, not и with an accent.
    expect(toks.map((t) => t.folded)).toEqual(['al', 'sharaa', 's', 'talks', 'hmeimim', 'хмеймиме', 'حميميم', '2025']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toContain('حُمَيْمِيم');
    for (const t of toks) expect(letters(text.slice(t.start, t.end))).toBe(t.folded);
  });

  it('agrees with fold() on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', '-', 'Ж', 'ё', 'ح', '\u064E', '\u0640', '1', '’', 'İ') }), (text) => {
        const toks = tokenize(text);
        let prev = 0;
        for (const t of toks) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(letters(text.slice(t.start, t.end))).toBe(t.folded);
          prev = t.end;
        }
        // Every letter of the folded text is in some token.
        expect(toks.map((t) => t.folded).join('')).toBe(letters(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
