import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../../src/shared/ui/excerpt';
import { highlightSegments } from '../../../../src/shared/ui/highlight-segments';

describe('highlightSegments', () => {
  it('cuts a passage into plain and matched runs', () => {
    const text = 'Russian jets left Hmeimim on Monday.';
    const start = text.indexOf('Hmeimim');
    expect(highlightSegments(text, [[start, start + 7]])).toEqual([
      { text: 'Russian jets left ', match: false },
      { text: 'Hmeimim', match: true },
      { text: ' on Monday.', match: false },
    ]);
  });

  it('drops spans that are reversed, empty, fractional or outside the text, and clamps partial ones', () => {
    const text = 'abcdef';
    const segments = highlightSegments(text, [[4, 2], [3, 3], [1.5, 3], [-5, 1], [5, 99], [NaN, 2]] as Array<[number, number]>);
    expect(segments).toEqual([
      { text: 'a', match: true },
      { text: 'bcde', match: false },
      { text: 'f', match: true },
    ]);
  });

  it('merges overlapping and touching spans given out of order', () => {
    const segments = highlightSegments('0123456789', [[5, 8], [1, 3], [2, 5]]);
    expect(segments).toEqual([
      { text: '0', match: false },
      { text: '1234567', match: true },
      { text: '89', match: false },
    ]);
  });

  it('always reproduces the text exactly, whatever spans arrive', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))), (text, spans) => {
        const segments = highlightSegments(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) expect(s.text.length).toBeGreaterThan(0);
        // Matched runs never sit next to each other: overlapping spans were merged into one.
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.match && segments[i - 1]!.match).toBe(false);
      }),
    );
  });
});

describe('excerpt', () => {
  const text = `${'Opening words of a long paragraph that says little. '.repeat(6)}Then Hmeimim air base is named, and more follows after it for a while.`;
  const at = text.indexOf('Hmeimim');
  const spans: Array<[number, number]> = [[at, at + 7]];

  it('keeps a short passage whole', () => {
    expect(excerpt('Hmeimim', [[0, 7]], 200)).toEqual({ text: 'Hmeimim', spans: [[0, 7]] });
  });

  it('starts shortly before the first match, at a word, and moves the spans with the text', () => {
    const out = excerpt(text, spans, 120);
    expect(out.text.startsWith('… ')).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(124);
    expect(out.text.slice(2, 3)).not.toBe(' ');
    const [span] = out.spans;
    expect(out.text.slice(span![0], span![1])).toBe('Hmeimim');
    expect(out.spans).toHaveLength(1);
  });

  it('drops spans outside the window and keeps every kept span on the same words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 200 }), fc.array(fc.integer({ min: 0, max: text.length - 8 }), { maxLength: 5 }), (max, starts) => {
        const s = starts.map((x) => [x, x + 7] as [number, number]);
        const out = excerpt(text, s, max);
        for (const [a, b] of out.spans) {
          const piece = out.text.slice(a, b);
          expect(text.includes(piece)).toBe(true);
          expect(piece.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('excerpt near the end', () => {
  it('shows a match at the very end of a long passage close to the start of the window', () => {
    const long = `${'word '.repeat(80)}Khmeimim airbase`;
    const at = long.indexOf('Khmeimim');
    const out = excerpt(long, [[at, long.length]], 170);
    const [span] = out.spans;
    expect(out.text.slice(span![0], span![1])).toBe('Khmeimim airbase');
    expect(span![0]).toBeLessThanOrEqual(2 + 50);
  });
});
