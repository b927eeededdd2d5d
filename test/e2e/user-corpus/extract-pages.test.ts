/**
 * Extraction in the browsers themselves: the content script sends a snapshot of its page, and the popup
 * extracts the article from it. An article kept in a closed shadow root (reached only through the
 * extension's own API), an Arabic page, and a page whose main thread is stuck, all written for these tests.
 */
import { DOMParser as LinkedomParser } from 'linkedom';
import { expect, it } from 'vitest';
import { extractArticleFromSnapshot } from '../../../src/extract/extract-article';
import type { PageSnapshot } from '../../../src/extract/page-snapshot';
import type { ExtractedArticle } from '../../../src/model/user-article';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { callContentInPage } from '../popup-helpers';
import { textCount } from '../ui-probes';
import { clickRole, fieldValue, tabIdOf } from './user-corpus-helpers';

const parse = (html: string) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
const excerpt = () => document.querySelector('.bs-save-excerpt')?.textContent ?? '';

forEachBrowser('extracting an article', (name) => {
  const env = useBrowser(name);

  /** The popup's preview of the page, as a reader opens it; and the page's snapshot, extracted here in full. */
  async function preview(path: string, check: (popup: TestPage) => Promise<void>): Promise<ExtractedArticle> {
    const page = await env.browser.open(env.server.url + path);
    const tabId = await tabIdOf(env.browser, page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`, '#app');
    await popup.setViewport(380, 640);
    await clickRole(popup, { role: 'button', name: '^Save to Backstory$' });
    await check(popup);
    const reply = (await popup.evaluate(callContentInPage, { tabId, message: { type: 'snapshotPage' } })) as { result?: PageSnapshot };
    await popup.close();
    // The page is only read: the content script works on a copy.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    return extractArticleFromSnapshot(reply.result!, parse);
  }

  it('reads an article kept in a closed shadow root, without changing the page', async () => {
    const article = await preview('/pages/save-shadow.html', async (popup) => {
      await expect.poll(() => popup.evaluate(fieldValue, 'Title'), { timeout: TIMEOUT.ui }).toBe('Wheat shipments to Latakia resume');
      expect(await popup.evaluate(fieldValue, 'Outlet')).toBe('Shadow Wire');
      expect(await popup.evaluate(fieldValue, 'Date')).toBe('2025-11-18');
      expect(await popup.evaluate(excerpt)).toMatch(/^The first Russian wheat shipment in four months/);
      await popup.screenshot('save-preview-shadow');
    });
    expect(article).toMatchObject({ title: 'Wheat shipments to Latakia resume', outlet: 'Shadow Wire', date: '2025-11-18', shadowRoot: true });
    expect(article.text.startsWith('The first Russian wheat shipment in four months')).toBe(true);
    expect(article.text).toContain('favourable terms during his October visit to the Kremlin');
    expect(article.text).not.toContain('© Shadow Wire');
  });

  it('reads an Arabic page as it is written, with its language', async () => {
    const article = await preview('/pages/save-arabic.html', async (popup) => {
      await expect.poll(() => popup.evaluate(fieldValue, 'Title'), { timeout: TIMEOUT.ui }).toBe('وصول شحنة قمح روسية إلى اللاذقية');
      expect(await popup.evaluate(fieldValue, 'Outlet')).toBe('الوكالة التجريبية');
      expect(await popup.evaluate(excerpt)).toContain('أحمد الشرع');
    });
    expect(article).toMatchObject({ title: 'وصول شحنة قمح روسية إلى اللاذقية', outlet: 'الوكالة التجريبية', date: '2025-11-18', language: 'ar' });
    expect(article.paragraphs).toBe(4);
    expect(article.text).toContain('أحمد الشرع');
  });

  it('tells the reader when the page does not answer, instead of reading forever', async () => {
    const page = await env.browser.open(env.server.url + '/pages/save-busy.html');
    const tabId = await tabIdOf(env.browser, page);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`, '#app');
    await popup.setViewport(380, 640);
    // The page's own script now holds its main thread for longer than the popup waits (the call returns when it lets go).
    const frozen = page.evaluate(() => (window as unknown as { freezeFor(ms: number): void }).freezeFor(16_000));
    await clickRole(popup, { role: 'button', name: '^Save to Backstory$' });
    await expect.poll(() => popup.evaluate(textCount, 'Reading the page'), { timeout: TIMEOUT.ui }).toBe(1);
    await expect.poll(() => popup.evaluate(textCount, 'The page did not answer in time'), { timeout: TIMEOUT.ui }).toBe(1);
    expect(await popup.evaluate(textCount, 'Reading the page')).toBe(0);
    await popup.screenshot('save-no-answer');
    await popup.close();
    await frozen;
    await page.close();
  });
});
