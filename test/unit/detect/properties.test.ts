import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLS, DROPPED, WORD, classify, foldAliasKey } from '../../../src/detect/char-table';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { CONSONANT_ENDINGS, STEM_ENDINGS, inflectionOf } from '../../../src/detect/russian';
import { collectText, NEVER_YIELD } from '../../../src/detect/text-collector';
import type { TextModel } from '../../../src/detect/text-model';
import type { Mention } from '../../../src/detect/types';
import { markFromMention, NodeCursor } from '../../../src/content/marks/mark';
import { FIXTURE_ENTITIES } from './fixture-entities';

// Gazetteer aliases only: generated spellings have properties of their own (names/variants.test.ts).
const matcher = createMatcher(compileMatcherData(FIXTURE_ENTITIES, { variants: false }));
const ALIASES = FIXTURE_ENTITIES.flatMap((e) => e.aliases.map((a) => a.text));
// Fixed seeds: a failure reproduces on every run and every machine.
const RUNS = { seed: 20251015, numRuns: 400 };

const isWordUnit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  classify(c);
  return CLS[c] === WORD || CLS[c] === DROPPED;
};

/** The span folds to its alias, up to the grammar the matcher allows (elided alef, Russian endings). */
function foldsToAlias(text: string, m: Mention): boolean {
  const span = foldAliasKey(text.slice(m.start, m.end));
  const key = foldAliasKey(m.alias);
  if (span === key || 'ا' + span === key) return true;
  const { key: stem, inflection } = inflectionOf(key);
  if (inflection === 'none' || !span.startsWith(stem)) return false;
  const ending = span.slice(stem.length);
  return inflection === 'required' ? STEM_ENDINGS.has(ending) : ending === '' || CONSONANT_ENDINGS.has(ending);
}

function checkMentions(text: string, ms: Mention[]): void {
  let last = 0;
  for (const m of ms) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(foldsToAlias(text, m), JSON.stringify([text.slice(m.start, m.end), m.alias])).toBe(true);
    // Ends on a word boundary; starts on one unless Arabic particles sit before the name.
    if (m.end < text.length) expect(isWordUnit(text, m.end)).toBe(false);
    const arabic = /[\u0600-\u06FF]/.test(text[m.start]!);
    // (A mark with no letter before it attaches to nothing: skip marks back to the previous real unit.)
    let b = m.start - 1;
    while (b >= 0 && isWordUnit(text, b) && CLS[text.charCodeAt(b)] === DROPPED) b--;
    if (b >= 0 && !arabic) expect(isWordUnit(text, b)).toBe(false);
    last = m.end;
  }
}

/** Fragments that make matches, near-misses and odd Unicode likely. */
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALIASES) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ', ' ', '-', '\u2011', '\n', "'s", '’', '.', 'e', 'а', 'ом', 'ами', 'و', 'ب', 'ل', 'ال', 'وبال', '\u0301', '\u064E', 'ـ', '\u00AD', 'x', '7',
    ),
  },
);
const randomText = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('never throws and returns valid, sorted, non-overlapping mentions that fold to their alias', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        checkMentions(text, matcher.findAll(text));
      }),
      RUNS,
    );
  });

  it('finds every alias standing alone between spaces', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALIASES), fc.constantFrom(' ', '\n', '. ', ', '), (alias, gap) => {
        const text = `x${gap}${alias}${gap}y`;
        const ms = matcher.findAll(text);
        expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([alias]);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

/**
 * What each mention's mark holds, read from the DOM nodes its segments cover: the marks are built
 * as the content script's scanner builds them (one NodeCursor over mentions in order).
 */
function markTexts(model: TextModel, mentions: readonly Mention[]): string[] {
  const cursor = new NodeCursor(model.starts);
  return mentions.map((m) => {
    const [first, last] = cursor.span(m);
    const mark = markFromMention(model, m, first, last);
    return mark ? mark.segments.map((s) => s.node.data.slice(s.start, s.end)).join('') : '';
  });
}

describe('collector + matcher + marks across split text nodes', () => {
  const sentence = fc.record({
    before: fc.constantFrom('', 'On Monday ', 'وقال ', 'Вчера '),
    alias: fc.constantFrom(...ALIASES),
    after: fc.constantFrom('', ' said.', '’s base', ', и'),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
    wraps: fc.array(fc.constantFrom('', 'b', 'span', 'a', 'em'), { minLength: 7, maxLength: 7 }),
  });

  it('finds a mention however the text is cut into inline nodes, and maps it back to the DOM', async () => {
    await fc.assert(
      fc.asyncProperty(sentence, async ({ before, alias, after, cuts, wraps }) => {
        const text = before + alias + after;
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const { document } = parseHTML('<!doctype html><html><body><p id="p"></p></body></html>');
        const p = document.getElementById('p')!;
        let prev = 0;
        [...points, text.length].forEach((cut, k) => {
          const node = document.createTextNode(text.slice(prev, cut));
          const tag = wraps[k] ?? '';
          if (tag === '') p.appendChild(node);
          else p.appendChild(document.createElement(tag)).appendChild(node);
          prev = cut;
        });
        const model = await collectText([document.body], { budget: NEVER_YIELD });
        expect(model.text).toBe(text);
        const ms = matcher.findAll(model.text);
        expect(ms).toEqual(matcher.findAll(text));
        const hit = ms.find((m) => m.start === before.length && m.alias === alias);
        expect(hit, `${alias} in ${JSON.stringify(text)}`).toBeDefined();
        expect(markTexts(model, ms)).toEqual(ms.map((m) => text.slice(m.start, m.end)));
      }),
      RUNS,
    );
  });
});
