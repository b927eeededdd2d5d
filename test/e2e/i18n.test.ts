// The interface in the browser's language: Chromium started with --lang, Firefox with
// intl.locale.requested (with Debian's Arabic and Russian language packs, as .ci/run installs). The
// popup, options, search and reader pages, the context card and the page announcement are in that language, right to left in Arabic; the options page's
// choice overrides the browser's and reaches open pages without a reload. Screenshots at the stores'
// 1280×800 in each language go to test-results/screenshots/store-<lang>-<page>-<browser>.png.
import { describe, expect, it } from 'vitest';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from './harness/lifecycle';
import { CARD_HOST, hoverUntilCard } from './card-helpers';
import { inLanguage } from './interface-language';

const SEED = '/seed/003_3db1887f22c04c2b.html';

interface Expected {
  lang: 'en' | 'ar' | 'ru';
  /** The start of the screen-reader announcement on a page with names. */
  announcement: RegExp;
  dir: 'ltr' | 'rtl';
  findingsTitle: string;
  searchLabel: string;
  optionsTitle: string;
  searchTitle: string;
  readerLink: string;
  /** The card's three buttons. */
  cardButtons: string[];
}

const LANGUAGES: Expected[] = [
  { lang: 'ar', dir: 'rtl', announcement: /^وجد Backstory \S+ (مواضيع|موضوعًا|موضوع) في هذه الصفحة$/, findingsTitle: 'في هذه الصفحة', searchLabel: 'البحث في المدوّنة', optionsTitle: 'إعدادات Backstory', searchTitle: 'البحث في مدوّنة Backstory', readerLink: 'البحث في المدوّنة', cardButtons: ['ليس هذا', 'لا تُبرز هذا الاسم على localhost (بكل صيغ كتابته)', 'البحث في المدوّنة', 'المزيد عن هذه الصفحة'] },
  { lang: 'ru', dir: 'ltr', announcement: /^Backstory нашёл на этой странице \d+ (тему|темы|тем)$/, findingsTitle: 'На этой странице', searchLabel: 'Поиск по корпусу', optionsTitle: 'Настройки Backstory', searchTitle: 'Поиск по корпусу Backstory', readerLink: 'Поиск по корпусу', cardButtons: ['Не то', 'Не отмечать это имя на localhost (все написания)', 'Искать в корпусе', 'Подробнее об этой странице'] },
];
const ENGLISH: Expected = { lang: 'en', dir: 'ltr', announcement: /^Backstory found \d+ topics? on this page$/, findingsTitle: 'On this page', searchLabel: 'Search the corpus', optionsTitle: 'Backstory settings', searchTitle: 'Search the Backstory corpus', readerLink: 'Search the corpus', cardButtons: ['Not this', 'Don’t mark this name on localhost (any spelling)', 'Search the corpus', 'More about this page'] };

/** The page's language, direction and the text of `selector`, once the page has drawn in some language. */
const shown = (page: TestPage, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return { lang: document.documentElement.lang, dir: document.documentElement.dir, computedDir: getComputedStyle(document.body).direction, text: el?.textContent ?? null, label: el?.getAttribute('aria-label') ?? null };
  }, selector);

async function expectPopup(page: TestPage, want: Expected) {
  await page.waitFor((lang) => document.documentElement.lang === lang && document.querySelector('#bs-findings-title') !== null, want.lang, TIMEOUT.ui);
  expect(await shown(page, '#bs-findings-title')).toMatchObject({ lang: want.lang, dir: want.dir, computedDir: want.dir, text: want.findingsTitle });
  expect((await shown(page, '.bs-search-input')).label).toBe(want.searchLabel);
}

async function expectOptions(page: TestPage, want: Expected) {
  await page.waitFor((lang) => document.documentElement.lang === lang && document.querySelector('.bs-options h1') !== null, want.lang, TIMEOUT.ui);
  expect(await shown(page, '.bs-options h1')).toMatchObject({ lang: want.lang, dir: want.dir, computedDir: want.dir, text: want.optionsTitle });
  expect(await page.evaluate(() => document.title)).toBe(want.optionsTitle);
}

async function expectSearch(page: TestPage, want: Expected) {
  await page.waitFor((lang) => document.documentElement.lang === lang && document.querySelector('.bs-search-page h1') !== null, want.lang, TIMEOUT.ui);
  expect(await shown(page, '.bs-search-page h1')).toMatchObject({ lang: want.lang, dir: want.dir, computedDir: want.dir, text: want.searchTitle });
  // Results are corpus text: each passage keeps its own language and direction inside the page's.
  await page.waitForSelector('.bs-result-passage', TIMEOUT.ui);
  expect(await page.evaluate(() => document.querySelector('.bs-result-passage')?.getAttribute('lang'))).toBe('en');
}

/** The three pages in the browser's language, with a store screenshot of each. */
async function checkPages(env: ReturnType<typeof useBrowser>, want: Expected) {
  const popup = await env.browser.openExtensionPage('popup.html', '#app');
  await expectPopup(popup, want);
  await popup.setViewport(1280, 800);
  await popup.screenshot(`store-${want.lang}-popup`);
  await popup.close();

  const options = await env.browser.openExtensionPage('options.html', '#app');
  await expectOptions(options, want);
  await options.setViewport(1280, 800);
  await options.screenshot(`store-${want.lang}-options`);
  await options.close();

  const search = await env.browser.openExtensionPage('search.html?q=Hmeimim', '#app');
  await expectSearch(search, want);
  await search.setViewport(1280, 800);
  await search.screenshot(`store-${want.lang}-search`);

  // Enter opens the first passage in the reader: the page in the interface language, the article in its own.
  await search.evaluate(() => (document.querySelector('.bs-search-input') as HTMLInputElement).focus());
  const reader = await env.browser.waitForNewPage(() => search.press('Enter'));
  await reader.waitFor((lang) => document.documentElement.lang === lang && document.querySelector('#reader-title') !== null, want.lang, TIMEOUT.ui);
  expect(await shown(reader, '.reader-nav a')).toMatchObject({ lang: want.lang, dir: want.dir, computedDir: want.dir, text: want.readerLink });
  expect(await reader.evaluate(() => [...document.querySelectorAll('.reader-body p')].map((p) => `${p.getAttribute('lang')} ${p.getAttribute('dir')}`))).toContain('en ltr');
  await reader.setViewport(1280, 800);
  // The reader scrolls to the passage; the store picture shows the page from its top (header and metadata).
  await reader.evaluate(() => scrollTo(0, 0));
  await reader.screenshot(`store-${want.lang}-reader`);
  await reader.close();
  await search.close();
}

/** The page announcement a screen reader hears on a seed page (the live region in Backstory's closed shadow root). */
async function expectAnnouncement(env: ReturnType<typeof useBrowser>, want: Expected) {
  const page = await env.browser.open(env.server.url + SEED);
  const read = () =>
    page.evaluateInShadow('backstory-announcer', (root) => {
      const region = root?.querySelector('[role=status]');
      return { text: region?.textContent ?? '', lang: region?.getAttribute('lang') ?? null };
    });
  await expect.poll(async () => (await read()).text, { timeout: TIMEOUT.scan }).toMatch(want.announcement);
  expect((await read()).lang).toBe(want.lang);
  await page.close();
}

/**
 * The context card on a right-to-left page, in the interface language: its own words and direction from
 * the interface, the quotes in theirs, lined up with the mention all the same. A picture of it goes to
 * test-results/screenshots/card-<lang>-<browser>.png.
 */
async function expectCard(env: ReturnType<typeof useBrowser>, want: Expected, shot = `card-${want.lang}`) {
  const page = await env.browser.open(env.server.url + '/pages/card-rtl.html');
  const card = await hoverUntilCard(page, 'حميميم');
  const shown = await page.evaluateInShadow(CARD_HOST, (found) => {
    const root = found!;
    const el = root.querySelector('.card')!;
    const p = document.querySelector('p')!;
    const at = p.firstChild!.textContent!.indexOf('قاعدة حميميم');
    const range = document.createRange();
    range.setStart(p.firstChild!, at);
    range.setEnd(p.firstChild!, at + 'قاعدة حميميم'.length);
    return {
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
      computedDir: getComputedStyle(el).direction,
      buttons: [...root.querySelectorAll('.actions button')].map((b) => b.textContent),
      quotes: [...root.querySelectorAll('.claim-text, .claim-quote q')].map((q) => `${q.getAttribute('lang')} ${q.getAttribute('dir')}`),
      // Left to the language around it, an English quote on an Arabic card opened with ” on its left.
      marks: [...root.querySelectorAll('.claim-quote q, .fact-quote q')].map((q) => getComputedStyle(q).quotes.replace(/\s+/g, ' ')),
      mentionRight: Math.max(...Array.from(range.getClientRects()).map((r) => r.right)),
    };
  });
  expect(shown).toMatchObject({ lang: want.lang, dir: want.dir, computedDir: want.dir });
  // The site is isolated (FSI … PDI) inside the label, as a name from elsewhere is.
  expect(shown.buttons.map((b) => b?.replace(/[\u2068\u2069]/g, '').replace(/127\.0\.0\.1|localhost/, 'localhost'))).toEqual(want.cardButtons);
  expect(shown.quotes.length).toBeGreaterThan(0);
  for (const quote of shown.quotes) expect(quote).toMatch(/^(en|ar|ru) auto$/);
  expect(shown.marks.length).toBeGreaterThan(0);
  for (const marks of shown.marks) expect(marks).toBe('"“" "”"');
  // The card starts where the mention starts (its right edge, on this right-to-left page), whatever the interface's direction.
  expect(Math.abs(card.rect.right - shown.mentionRight)).toBeLessThanOrEqual(2);
  await page.screenshot(shot);
  await page.close();
}

/** Chooses a language on the options page as a user does (the select's change event). */
async function chooseLanguage(options: TestPage, value: string) {
  await options.waitForSelector('.bs-language select', TIMEOUT.ui);
  await options.evaluate((v) => {
    const select = document.querySelector('.bs-language select') as HTMLSelectElement;
    select.value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

forEachBrowser('interface language', (name) => {
  for (const want of LANGUAGES) {
    describe(`browser in ${want.lang}`, () => {
      const env = useBrowser(name, inLanguage(name, want.lang));
      it(`shows the popup, options and search pages in ${want.lang}${want.dir === 'rtl' ? ', right to left' : ''}`, async () => {
        await checkPages(env, want);
      });
      it(`announces what a page names in ${want.lang}`, async () => {
        await expectAnnouncement(env, want);
      });
      it(`opens the card in ${want.lang}`, async () => {
        await expectCard(env, want);
      });
    });
  }

  describe('browser in English', () => {
    const env = useBrowser(name);
    it('announces in English', async () => {
      await expectAnnouncement(env, ENGLISH);
    });
    it('shows the pages in English, and the language chosen on the options page everywhere at once, without a reload', async () => {
      await checkPages(env, ENGLISH);
      const popup = await env.browser.openExtensionPage('popup.html', '#app');
      await expectPopup(popup, ENGLISH);
      const options = await env.browser.openExtensionPage('options.html', '#app');
      await expectOptions(options, ENGLISH);
      // Marks that the pages were not reloaded: kept through the change of language.
      await popup.evaluate(() => ((window as any).__kept = true));
      await options.evaluate(() => ((window as any).__kept = true));

      await chooseLanguage(options, 'ar');
      await expectOptions(options, LANGUAGES[0]!);
      await expectPopup(popup, LANGUAGES[0]!);
      expect(await popup.evaluate(() => (window as any).__kept)).toBe(true);
      expect(await options.evaluate(() => (window as any).__kept)).toBe(true);
      // The choice is a setting: a page opened now starts in it.
      const search = await env.browser.openExtensionPage('search.html?q=Hmeimim', '#app');
      await expectSearch(search, LANGUAGES[0]!);
      await search.close();
      // The content script's announcement follows the choice too.
      await expectAnnouncement(env, LANGUAGES[0]!);

      await chooseLanguage(options, 'browser');
      await expectOptions(options, ENGLISH);
      await expectPopup(popup, ENGLISH);
      await popup.close();
      await options.close();
    });
    it('opens the card in the language chosen on the options page: right to left in Arabic', async () => {
      await expectCard(env, ENGLISH);
      const options = await env.browser.openExtensionPage('options.html', '#app');
      await chooseLanguage(options, 'ar');
      await expectOptions(options, LANGUAGES[0]!);
      await expectCard(env, LANGUAGES[0]!, 'card-chosen-ar');
      await chooseLanguage(options, 'browser');
      await expectOptions(options, ENGLISH);
      await options.close();
    });
  });
});
