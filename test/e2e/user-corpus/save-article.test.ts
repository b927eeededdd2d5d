/**
 * "Save to Backstory", as a reader does it: the popup's preview of a page the corpus lacks (its outlet in
 * og:site_name, its date in JSON-LD), Save, then search finds the article's text and a card for a name it
 * mentions, on another page, cites it as "saved by you". Both still hold after a corpus update (a build
 * with a newer corpus, reloaded as the extensions page's Reload button does) and a browser restart.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SeedFile } from '../../../src/compiler';
import { buildWithCorpus, projectSeeds, writeCorpus } from '../harness/corpus-build';
import { forEachBrowser, launch, TIMEOUT, type BrowserDriver } from '../harness/lifecycle';
import { tempProfile } from '../harness/paths';
import { startServer, type TestServer } from '../harness/server';
import { textCount } from '../ui-probes';
import { readPackArticles, validatePack } from '../../../src/pack/read-pack';
import { hoverUntilCard, probeCard } from '../card-helpers';
import { CARD_HOST } from '../card-helpers';
import { cardChips, chipsOnCard, clickRole, fieldValue, ok, role, searchPageShows, tabIdOf } from './user-corpus-helpers';

const ARTICLE = '/pages/save-article.html';
// A seed article rendered as a news page: it names Latakia, which the saved article also reports on.
const OTHER_PAGE = '/seed/000_765fff5e320db609.html';
const SAVED_PHRASE = 'repairs to the grain terminal';

/** The seeds with one more paragraph in one article: a newer corpus, as an update ships it. */
function newerSeeds(files: readonly SeedFile[]): SeedFile[] {
  return files.map((f) => (f.path === 'articles/001_bac239f258cd2375.txt' ? { ...f, text: `${f.text}\n\nA paragraph added by the corpus update test.\n` } : f));
}

forEachBrowser('save to Backstory', (name) => {
  const profile = tempProfile(`${name}-save`);
  let dir = '';
  let seeds: SeedFile[] = [];
  let browser: BrowserDriver;
  let server: TestServer;

  beforeAll(async () => {
    seeds = await projectSeeds();
    dir = buildWithCorpus(name === 'chromium' ? 'chrome' : 'firefox', seeds).dir;
    server = await startServer();
    browser = await launch(name, { profile, extensionDir: dir });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Search finds the saved text, and the Latakia card on another page cites it as saved by the reader. */
  async function expectSavedArticleServed(): Promise<void> {
    const results = await searchPageShows(browser, 'grain terminal Latakia', SAVED_PHRASE);
    expect(results.find((r) => r.includes(SAVED_PHRASE))).toContain('The Levant Ledger');
    const chips = await chipsOnCard(browser, server.url + OTHER_PAGE, 'Latakia', 'saved-source-on-card');
    expect(chips.filter((c) => c.includes('saved by you')).map((c) => c.split(' · ')[0])).toContain('The Levant Ledger');
  }

  it('previews the extracted title, outlet and date, saves, and the article is in search and on cards elsewhere', async () => {
    // A news page already open, its Latakia card already fetched: after the save it shows the new source too.
    const open = await browser.open(server.url + OTHER_PAGE);
    await hoverUntilCard(open, 'Latakia');
    expect((await open.evaluateInShadow(CARD_HOST, cardChips)).some((c) => c.includes('saved by you'))).toBe(false);
    await open.move({ x: 5, y: 5 });

    const page = await browser.open(server.url + ARTICLE);
    const popup = await browser.openExtensionPage(`popup.html?tab=${await tabIdOf(browser, page)}`, '#app');
    await popup.setViewport(380, 640);
    await clickRole(popup, { role: 'button', name: '^Save to Backstory$' });
    await expect.poll(() => popup.evaluate(fieldValue, 'Title'), { timeout: TIMEOUT.ui }).toBe('Russian engineers return to Latakia port talks');
    expect(await popup.evaluate(fieldValue, 'Outlet')).toBe('The Levant Ledger');
    expect(await popup.evaluate(fieldValue, 'Date')).toBe('2025-11-04');
    expect(await popup.evaluate(fieldValue, 'Author (optional)')).toBe('Mira Haddad');
    // Where each came from: the page's JSON-LD for the date and author, its Open Graph tags for title and outlet.
    expect(await popup.evaluate(textCount, "Date: the page's structured data (JSON-LD)")).toBe(1);
    expect(await popup.evaluate(textCount, "Outlet: the page's Open Graph tags")).toBe(1);
    // A whole article, not a teaser: no paywall warning.
    expect(await popup.evaluate(textCount, 'may be a teaser')).toBe(0);
    await popup.screenshot('save-preview');

    await clickRole(popup, { role: 'button', name: '^Save$' });
    await expect.poll(() => popup.evaluate(textCount, 'Saved. It now gives background'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    await popup.screenshot('save-done');
    await popup.close();
    // The popup, opened again on the page, says the article is in the reader's articles.
    const reopened = await browser.openExtensionPage(`popup.html?tab=${await tabIdOf(browser, page)}`, '#app');
    await expect.poll(() => reopened.evaluate(textCount, 'Saved to your articles on'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    await reopened.close();
    await page.close();

    await expect
      .poll(async () => {
        await open.move({ x: 5, y: 5 });
        await expect.poll(async () => (await open.evaluateInShadow(CARD_HOST, probeCard)).open, { timeout: TIMEOUT.quick }).toBe(false);
        await hoverUntilCard(open, 'Latakia');
        return (await open.evaluateInShadow(CARD_HOST, cardChips)).filter((c) => c.includes('saved by you')).length;
      }, { timeout: TIMEOUT.ui })
      .toBeGreaterThan(0);
    await open.close();
    await expectSavedArticleServed();

    // Saving it again is recognised, and adds nothing.
    const ext = await browser.openExtensionPage('options.html');
    const again = await ok<{ articles: Array<{ title: string; origin: string }> }>(ext, { type: 'listUserArticles' });
    expect(again.articles.map((a) => [a.title, a.origin])).toEqual([['Russian engineers return to Latakia port talks', 'saved']]);
    await ext.close();
  });

  it('keeps the saved article through a corpus update and a browser restart', async () => {
    const next = writeCorpus(dir, newerSeeds(seeds)).version;
    await browser.reloadExtension();
    const status = async (): Promise<string> => {
      const ext = await browser.openExtensionPage('options.html').catch(() => undefined);
      if (!ext) return 'reloading';
      try {
        const s = await ok<{ backend: string; version: string; user?: { articles: number } }>(ext, { type: 'getStatus' });
        const search = await ok<{ corpusVersion: string; results: Array<{ passage: string }> }>(ext, { type: 'search', query: 'grain terminal' });
        return `${s.backend} articles=${s.user?.articles} found=${search.results.some((r) => r.passage.includes(SAVED_PHRASE))}`;
      } catch (err) {
        return String(err);
      } finally {
        if (!ext.isClosed()) await ext.close().catch(() => undefined);
      }
    };
    await expect.poll(status, { timeout: TIMEOUT.scan, interval: 500 }).toBe('indexeddb articles=1 found=true');
    // The served corpus is the new one, compiled with the reader's article.
    const ext = await browser.openExtensionPage('options.html');
    const stored = await ok<{ version: string }>(ext, { type: 'getStatus' });
    expect(stored.version).not.toBe(next); // the seeds of `next` plus the saved article: a corpus of its own
    await ext.close();
    await expectSavedArticleServed();

    await browser.restart();
    await expect.poll(status, { timeout: TIMEOUT.scan, interval: 500 }).toBe('indexeddb articles=1 found=true');
    await expectSavedArticleServed();
  });

  it('lists the article on "Your articles", with the names it gave background to, and removes it with undo', async () => {
    const page = await browser.openExtensionPage('articles.html', '#app');
    await expect.poll(() => page.evaluate(textCount, 'Russian engineers return to Latakia port talks'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(textCount, 'Latakia'), { timeout: TIMEOUT.ui }).toBeGreaterThan(1);
    await page.screenshot('your-articles');
    const stored = async () => (await ok<{ articles: unknown[] }>(page, { type: 'listUserArticles' })).articles.length;
    await clickRole(page, { role: 'button', name: '^Remove “Russian engineers' });
    await expect.poll(stored, { timeout: TIMEOUT.ui }).toBe(0);
    await clickRole(page, { role: 'button', name: '^Undo$' });
    await expect.poll(stored, { timeout: TIMEOUT.ui }).toBe(1);
    await expect.poll(async () => (await role(page, { role: 'button', name: '^Remove “Russian engineers' })).count, { timeout: TIMEOUT.ui }).toBe(1);
    await page.close();
  });

  it('exports the saved articles as a pack that reads back whole', async () => {
    const options = await browser.openExtensionPage('options.html', '#app');
    const exportButton = { role: 'button', name: '^Export my saved articles$' } as const;
    expect((await role(options, exportButton)).count).toBe(1);
    const download = await options.download(() => clickRole(options, exportButton));
    expect(download.filename).toMatch(/^backstory-articles-\d{4}-\d{2}-\d{2}\.backstory$/);
    const source = { name: download.filename, stream: () => new Blob([new Uint8Array(download.bytes)]).stream() };
    const checked = await validatePack(source);
    expect(checked.problems).toEqual([]);
    expect(checked.manifest).toMatchObject({ name: 'My Backstory articles', articleCount: 1 });
    const articles = [];
    for await (const chunk of readPackArticles(source, 10)) articles.push(...chunk.articles);
    expect(articles).toEqual([expect.objectContaining({ title: 'Russian engineers return to Latakia port talks', outlet: 'The Levant Ledger', date: '2025-11-04', author: 'Mira Haddad' })]);
    expect(articles[0]!.text).toContain(SAVED_PHRASE);
    await options.close();
  });
});
