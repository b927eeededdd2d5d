import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { findProjectRoot, sharedPagesDir } from '../../../src/tooling/project-root.mjs';
import type { ExtractedArticle } from '../../../src/model/user-article';

/**
 * Extraction on real publishers' pages (../shared/pages, or BACKSTORY_PAGES; never copied into the
 * project). Missing pages fail the suite: a test that cannot run has not passed.
 */
const pagesDir = sharedPagesDir(findProjectRoot(import.meta.dirname));

function extract(file: string, url: string): ExtractedArticle {
  const { document } = parseHTML(readFileSync(path.join(pagesDir, file), 'utf8'));
  return extractArticle(document as unknown as Document, url);
}

describe('real news pages', () => {
  it(`are there to read (${pagesDir}; BACKSTORY_PAGES moves it)`, () => {
    expect(existsSync(path.join(pagesDir, 'scrapinghub'))).toBe(true);
  });

  it('polygraph.info: JSON-LD date and headline, the whole fact check', () => {
    const a = extract('scrapinghub/polygraph-russia-syria-rukban.html', 'https://www.polygraph.info/a/30279001.html');
    expect(a).toMatchObject({ title: 'Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return', outlet: 'POLYGRAPH.info', date: '2019-11-18', language: 'en' });
    expect(a.url).toBe('https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html');
    expect(a.text.length).toBeGreaterThan(5_000);
    for (const words of ['Rukban camp', 'al-Tanf', 'patently false', 'does not support forced or coerced relocations']) expect(a.text).toContain(words);
    expect(a.looksLikeArticle).toBe(true);
  });

  it('globalnews.ca: authors from JSON-LD, two of them as a list, the advertisement markers dropped', () => {
    const a = extract('htmldate/globalnews-syria-turkey-assad.html', 'https://globalnews.ca/news/6620622/');
    expect(a).toMatchObject({ outlet: 'Global News', author: 'Orhan Coskun, Suleiman Al-Khalidi', date: '2020-03-02', language: 'en' });
    expect(a.authors).toEqual(['Orhan Coskun', 'Suleiman Al-Khalidi']);
    expect(a.title).toMatch(/^Syrian forces move into strategic town/);
    expect(a.text.length).toBeGreaterThan(4_000);
    for (const words of ['Saraqeb', 'Vladimir Putin are due to meet in Moscow', 'de-escalation zone']) expect(a.text).toContain(words);
    expect(a.text).not.toContain('Story continues below advertisement');
  });

  it('CNN Arabic: Arabic text verbatim; the date printed under the headline ("الأربعاء، 28 آب/اغسطس 2013"), as no machine-readable one is given', () => {
    const a = extract('newspaper/cnnarabic-damascus-rebels.html', 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html');
    expect(a).toMatchObject({ title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق', outlet: 'CNNArabic', language: 'ar' });
    expect(a).toMatchObject({ date: '2013-08-28', found: { date: 'text' } });
    expect(a.text.length).toBeGreaterThan(1_500);
    for (const words of ['بشار الأسد', 'بريف دمشق', 'المرصد السوري لحقوق الإنسان']) expect(a.text).toContain(words);
  });

  it("mk.ru: Russian title, microdata date, the outlet from the title's tail after its heading (the fixture keeps no article body)", () => {
    const a = extract('htmldate/mk-ru-ryazan-cyrillic.html', 'https://rzn.mk.ru/social/2020/01/13/v-ryazani-nagradili-luchshikh-zhurnalistov.html');
    expect(a).toMatchObject({ title: 'В Рязани наградили лучших журналистов', outlet: 'МК Рязань', date: '2020-01-13', language: 'ru' });
    expect(a.found).toMatchObject({ date: 'meta', outlet: 'title' });
  });

  it('Talking Points Memo: the long essay, its date from the Parse.ly tag', () => {
    const a = extract('newspaper/tpm-kobane-syria.html', 'http://talkingpointsmemo.com/ts/why-is-america-ignoring-kurdish-freedom-movement');
    expect(a).toMatchObject({ outlet: 'TPM', date: '2015-01-14', language: 'en' });
    expect(a.text.length).toBeGreaterThan(10_000);
    expect(a.text).toContain('Kobane still stands');
  });

  it('the largest page (2.9 MB) in reasonable time, with its JSON-LD metadata', () => {
    const a = extract('newspaper4k/cnn-gates-tillerson-russia-2.9MB.html', 'https://www.cnn.com/2016/12/18/politics/bob-gates-rex-tillerson-trump-russia/index.html');
    expect(a).toMatchObject({ outlet: 'CNN', author: 'Eric Bradner', date: '2016-12-18' });
    expect(a.text).toContain('Tillerson');
    expect(a.ms).toBeLessThan(5_000);
  });
});
