/**
 * The reader's own articles are hostile input too: a saved page whose text and metadata hold markup and
 * script, and a pack whose fields do, are stored and shown as text (the save preview, "Your articles",
 * the reader, search, the card) and never run, in the page or in any extension page.
 */
import { expect, it } from 'vitest';
import { buildPack } from '../../../src/pack/write-pack';
import type { ArticleInput } from '../../../src/model/user-article';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { hoverUntilCard } from '../card-helpers';
import { textCount } from '../ui-probes';
import { CARD_HOST } from '../card-helpers';
import { cardChips, clickRole, fieldValue, ok, tabIdOf } from '../user-corpus/user-corpus-helpers';

const pwned = (page: TestPage) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
/** Elements a successful injection would have added to one of our pages. */
const injected = (page: TestPage) =>
  page.evaluate(() => document.querySelectorAll('script:not([src]), img, iframe, b[onmouseover], [onerror], [onmouseover]').length);
const PACK_INPUT = 'input[type=file][accept*=".backstory"]';

const hostilePackArticle: ArticleInput = {
  url: 'https://hostile.example/pack/1',
  title: '<img src=x onerror="window.__pwned=11"> Tartus <b onmouseover="window.__pwned=12">dock</b>',
  outlet: '<script>window.__pwned=13</script>Pack Outlet',
  author: '<iframe src="javascript:window.__pwned=14">',
  date: '2025-11-21',
  text: 'Port workers in Tartus said <script>window.__pwned=15</script> a Russian tug left the naval facility at Tartus on Friday.\n\nThe harbour office quoted <img src=x onerror="window.__pwned=16"> as the draft notice said.',
};

forEachBrowser('the reader\u2019s articles stay inert', (name) => {
  const env = useBrowser(name);

  it('saves a page whose text holds markup and script, and shows all of it as text', async () => {
    const page = await env.browser.open(`${env.server.url}/pages/save-hostile.html`);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${await tabIdOf(env.browser, page)}`, '#app');
    await clickRole(popup, { role: 'button', name: '^Save to Backstory$' });
    await expect.poll(() => popup.evaluate(fieldValue, 'Outlet'), { timeout: TIMEOUT.ui }).toBe('<script>window.__pwned=2</script>Hostile Outlet');
    expect(await popup.evaluate(fieldValue, 'Title')).toBe('<b onmouseover="window.__pwned=3">Damascus</b> and Moscow');
    expect(await popup.evaluate(fieldValue, 'Author (optional)')).toBe('<script>window.__pwned=4</script>');
    expect(await popup.evaluate(textCount, '<script>window.__pwned=6</script>')).toBeGreaterThan(0);
    await clickRole(popup, { role: 'button', name: '^Save$' });
    await expect.poll(() => popup.evaluate(textCount, 'Saved. It now gives background'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await pwned(popup)).toBeNull();
    expect(await injected(popup)).toBe(0);
    // The page's own script ran (it is the page's); ours added nothing to it.
    expect(await page.evaluate(() => (window as unknown as { __pagescript?: number }).__pagescript)).toBe(1);
    expect(await pwned(page)).toBeNull();
    await popup.close();
    await page.close();

    const list = await ok<{ articles: Array<{ id: string; title: string; outlet: string }> }>(
      await env.browser.openExtensionPage('options.html'),
      { type: 'listUserArticles' },
    );
    const saved = list.articles.find((a) => a.outlet.includes('Hostile Outlet'))!;
    expect(saved.outlet).toBe('<script>window.__pwned=2</script>Hostile Outlet');

    const articles = await env.browser.openExtensionPage('articles.html', '#app');
    await expect.poll(() => articles.evaluate(textCount, '<script>window.__pwned=2</script>Hostile Outlet'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await pwned(articles)).toBeNull();
    expect(await injected(articles)).toBe(0);
    await articles.close();

    const reader = await env.browser.openExtensionPage(`reader.html?article=${encodeURIComponent(saved.id)}`, '.reader-body p');
    await expect.poll(() => reader.evaluate(textCount, '<script>window.__pwned=6</script>'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await reader.evaluate(textCount, '<iframe src="javascript:window.__pwned=7">')).toBeGreaterThan(0);
    expect(await pwned(reader)).toBeNull();
    expect(await injected(reader)).toBe(0);
    await reader.screenshot('hostile-saved-reader');
    await reader.close();

    // A card on a news page, citing the saved article by its outlet, as text.
    const news = await env.browser.open(`${env.server.url}/seed/003_3db1887f22c04c2b.html`);
    await expect
      .poll(async () => {
        await hoverUntilCard(news, 'Hmeimim');
        return (await news.evaluateInShadow(CARD_HOST, cardChips)).some((c) => c.startsWith('<script>window.__pwned=2</script>Hostile Outlet'));
      }, { timeout: TIMEOUT.scan })
      .toBe(true);
    expect(await pwned(news)).toBeNull();
    await news.close();
  });

  it('imports a pack whose fields hold markup, and shows it as text everywhere', async () => {
    const options = await env.browser.openExtensionPage('options.html', PACK_INPUT);
    const bytes = buildPack({ name: '<img src=x onerror="window.__pwned=17">Hostile pack', corpusVersion: 'test' }, [hostilePackArticle]);
    await options.setInputFile(PACK_INPUT, { name: 'hostile.backstory', mimeType: 'application/zip', bytes });
    await expect.poll(() => options.evaluate(textCount, 'Imported 1 article'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await options.evaluate(textCount, '<img src=x onerror="window.__pwned=17">Hostile pack')).toBeGreaterThan(0);
    expect(await pwned(options)).toBeNull();
    expect(await injected(options)).toBe(0);
    await options.close();

    const articles = await env.browser.openExtensionPage('articles.html', '#app');
    await expect.poll(() => articles.evaluate(textCount, hostilePackArticle.title), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await articles.evaluate(textCount, '<script>window.__pwned=13</script>Pack Outlet')).toBeGreaterThan(0);
    expect(await pwned(articles)).toBeNull();
    expect(await injected(articles)).toBe(0);
    await articles.screenshot('hostile-pack-articles');
    await articles.close();

    const search = await env.browser.openExtensionPage('search.html?q=tug%20Tartus', '#app');
    await expect.poll(() => search.evaluate(textCount, '<script>window.__pwned=15</script>'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    expect(await pwned(search)).toBeNull();
    expect(await injected(search)).toBe(0);
    await search.close();
  });
});
