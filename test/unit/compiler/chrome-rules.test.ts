import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/compiler/article-file';
import { parseChromeRules, rulesForTitle, stripChrome } from '../../../src/compiler/chrome-rules';
import { fileText, seedFiles } from './seed-files';

async function rules() {
  return parseChromeRules('chrome-rules.yaml', fileText(await seedFiles(), 'chrome-rules.yaml'));
}

const TITLE = 'Syria’s al-Sharaa seeks to rebuild ties with Russia in first Kremlin talks';

/** Body sentences from the seeds that look a little like chrome but are text. */
const KEEP = [
  'News of the talks spread quickly.',
  'By October 15, 2025, the delegation had left Moscow.',
  '"The bridges of cooperation between Russia and Syria are serious, including economic cooperation," Al-Sharaa said.',
  'Guarantees from Moscow',
  'Home to Russia’s only Mediterranean naval facility, Tartus is a port city.',
  '2015 was the year Moscow intervened.',
  'Read more about the talks on our website.',
];

describe('chrome rules', () => {
  it('every rule says why and removes its own example, and only that rule does', async () => {
    const all = await rules();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const rule of all) {
      expect(rule.why.length, rule.id).toBeGreaterThan(10);
      expect(rule.example, rule.id).toBeDefined();
      const regexes = rulesForTitle(all, TITLE);
      const out = stripChrome(`${rule.example}\nA sentence of the article stays.`, 1, regexes);
      expect(out.removed.map((r) => r.rule), rule.id).toEqual([rule.id]);
      expect(out.paragraphs.map((p) => p.text)).toEqual(['A sentence of the article stays.']);
    }
  });

  it('keeps article sentences that only resemble chrome', async () => {
    const out = stripChrome(KEEP.join('\n'), 1, rulesForTitle(await rules(), TITLE));
    expect(out.removed).toEqual([]);
    expect(out.paragraphs.map((p) => p.text)).toEqual(KEEP);
  });

  it('removes exactly the chrome lines of the seed articles, with their line numbers', async () => {
    const files = await seedFiles();
    const all = await rules();
    const types = new Map([
      ['kremlin-talks-2025-10-15', 'event'],
      ['first-phone-call-2025-02-12', 'event'],
    ]);
    const removed = Object.fromEntries(
      files
        .filter((f) => f.path.startsWith('articles/'))
        .map((f) => [f.path.slice(9, 12), parseArticleFile(f.path, f.text, all, types).removed.map((r) => r.rule)]),
    );
    expect(removed).toEqual({
      '000': [],
      '001': ['duplicate-headline', 'duplicate-headline', 'photo-credit', 'byline', 'section-label', 'dismiss-button'],
      '002': ['telegram-promo'],
      '003': ['duplicate-headline', 'newsletter-signup', 'paywall-offer', 'trial-offer'],
      '004': ['breadcrumb', 'duplicate-headline', 'counter', 'duplicate-headline', 'image-placeholder'],
    });
    const first = parseArticleFile('articles/004_d3ef7b13162ee847.txt', fileText(files, 'articles/004_d3ef7b13162ee847.txt'), all, types);
    // Front matter is lines 1–10; the breadcrumb is the first body line.
    expect(first.removed[0]).toMatchObject({ line: 11, rule: 'breadcrumb' });
    expect(first.article.text.startsWith('Moscow – On Wednesday')).toBe(true);
  });

  it('treats lines of no-break spaces as blank, not as paragraphs', async () => {
    const out = stripChrome('First.\n\u00a0\n \u00a0 \nSecond.\u00a0', 5, rulesForTitle(await rules(), TITLE));
    expect(out.paragraphs).toEqual([
      { text: 'First.', line: 5 },
      { text: 'Second.', line: 8 },
    ]);
  });
});
