/**
 * Extraction in the browsers themselves, where it runs: an article kept in a closed shadow root (reached
 * only through the extension's own API) and an Arabic page, both pages written for these tests.
 */
import { expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/model/user-article';
import { forEachBrowser, TIMEOUT, useBrowser } from '../harness/lifecycle';
import { callContentInPage } from '../popup-helpers';
import { tabIdOf } from './user-corpus-helpers';

forEachBrowser('extracting an article', (name) => {
  const env = useBrowser(name);

  async function extract(path: string): Promise<ExtractedArticle> {
    const page = await env.browser.open(env.server.url + path);
    const tabId = await tabIdOf(env.browser, page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    let reply: { result?: ExtractedArticle; error?: string } = {};
    await expect
      .poll(async () => (reply = (await ext.evaluate(callContentInPage, { tabId, message: { type: 'extractArticle' } })) as typeof reply).result !== undefined, { timeout: TIMEOUT.ui })
      .toBe(true);
    await ext.close();
    // The page is only read: the extractor works on a copy.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    return reply.result!;
  }

  it('reads an article kept in a closed shadow root, without changing the page', async () => {
    const article = await extract('/pages/save-shadow.html');
    expect(article).toMatchObject({ title: 'Wheat shipments to Latakia resume', outlet: 'Shadow Wire', date: '2025-11-18', shadowRoot: true });
    expect(article.text.startsWith('The first Russian wheat shipment in four months')).toBe(true);
    expect(article.text).toContain('favourable terms during his October visit to the Kremlin');
    expect(article.text).not.toContain('© Shadow Wire');
  });

  it('reads an Arabic page as it is written, with its language', async () => {
    const article = await extract('/pages/save-arabic.html');
    expect(article).toMatchObject({ title: 'وصول شحنة قمح روسية إلى اللاذقية', outlet: 'الوكالة التجريبية', date: '2025-11-18', language: 'ar' });
    expect(article.paragraphs).toBe(4);
    expect(article.text).toContain('أحمد الشرع');
  });
});
