/**
 * "No network, ever": a browsing session across the seed pages (and, in Chromium, real news pages), with a
 * card opened by hover, a search in the popup and on the search page, the reader and the options page. No
 * extension context (background, popup, options, reader, search, content script) may make a request that
 * leaves 127.0.0.1. The recorders are proved able to see such a request: the sanity test makes one from
 * each context the browser lets a test reach, and checks they are seen.
 *
 * How each browser is watched differs, because what the browser exposes differs:
 * - Chromium: Playwright sees every request of pages, extension pages and the service worker (the harness
 *   aborts those leaving 127.0.0.1); a CDP Network session per web page names each request's initiator, so
 *   a real page's own ad requests are told apart from the content script's; the net log
 *   (`--log-net-log`) is the independent sweep.
 * - Firefox: no CDP, so no initiators and no net log. Every non-local address is sent to a recording proxy
 *   instead, which sees requests from every context, background included. It cannot tell who asked, so
 *   Firefox browses only pages that request nothing off 127.0.0.1 themselves (no real news pages), and
 *   the proxy's whole record at the end is the independent sweep.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverUntilCard } from '../card-helpers';
import { sendRaw } from '../harness/extension-page';
import { forEachBrowser, launch, TIMEOUT, type BrowserDriver, type TestPage } from '../harness/lifecycle';
import { tempProfile } from '../harness/paths';
import { startServer, type TestServer } from '../harness/server';
import { isBrowserOwn, isLocal, readNetLog, type NetLogRequest } from './netlog';
import { NetworkRecorder } from './network-recorder';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

const SEEDS = ['000_765fff5e320db609', '001_bac239f258cd2375', '002_12b1d7691e41a902', '003_3db1887f22c04c2b', '004_d3ef7b13162ee847'];
const LOCAL_PAGES = [...SEEDS.map((id) => `/seed/${id}.html`), '/pages/hostile-rtl.html'];
const REAL = [
  'scrapinghub/polygraph-russia-syria-rukban.html',
  'htmldate/globalnews-syria-turkey-assad.html',
  'newspaper/cnnarabic-damascus-rebels.html',
];
const CANARIES = {
  worker: 'https://example.com/canary-service-worker',
  page: 'https://example.com/canary-extension-page',
  contentFetch: 'https://example.com/canary-content-fetch',
  contentImg: 'https://example.com/canary-content-img',
};

/** Firefox's own background traffic, if any slips past the automation prefs: not ours. */
const firefoxOwn = (r: string) => /(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|services\.mozilla)/.test(r);
const withoutFragment = (url: string) => url.replace(/#.*$/, '');
const scans = (page: TestPage) => page.evaluate(() => performance.getEntriesByName('backstory-scan').length);
const playwrightPage = (page: TestPage) => (page.native as { page: Page }).page;

forEachBrowser('no network, ever', (name) => {
  let browser: BrowserDriver;
  let server: TestServer;
  let recorder: NetworkRecorder | undefined; // Chromium
  let proxy: RecordingProxy | undefined; // Firefox
  const netLog = path.join(tempProfile('netlog'), 'net.json'); // Chromium

  beforeAll(async () => {
    server = await startServer();
    if (name === 'chromium') {
      browser = await launch(name, { chromiumArgs: [`--log-net-log=${netLog}`] });
      const native = browser.native;
      if (native.name === 'chromium') recorder = new NetworkRecorder(native.context);
    } else {
      proxy = await startRecordingProxy();
      // Not blocked in the page: every request must reach the proxy to be seen.
      browser = await launch(name, { blockExternal: false, firefoxPrefs: proxyPrefs(proxy.port) });
    }
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await Promise.all([server?.close(), proxy?.close()]);
  });

  /** A web page, watched from its first request (Chromium: by a CDP session of its own). */
  async function openWebPage(url: string): Promise<TestPage> {
    const page = await browser.newPage();
    if (recorder) await recorder.watch(playwrightPage(page), url);
    await page.goto(url);
    return page;
  }

  it('a browsing session makes no request outside 127.0.0.1 from any Backstory context', async () => {
    const pages: TestPage[] = [];
    for (const p of LOCAL_PAGES) {
      const page = await openWebPage(server.url + p);
      await expect.poll(() => scans(page), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
      pages.push(page);
    }
    if (recorder) {
      // Chromium only (see the header): real pages, whose own requests the CDP initiators set apart.
      for (const file of REAL) {
        const page = await openWebPage(`${server.url}/shared/${file}`);
        await expect.poll(() => scans(page), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
        // Leave the page by navigating before closing the tab: a request the page's own scripts start
        // while a tab is being closed escapes both the harness's routing and the recorder (the net log
        // once saw such a request from a real page's avatar image), while during a navigation both are
        // still there. The net-log check below then has every request of the page's to compare with.
        await page.goto('about:blank');
        await page.close();
      }
      // The real pages' own ad scripts and images were asked for (and aborted by the harness): the
      // recorder is watching, and counts them as the pages' own.
      expect(recorder.external.filter((e) => e.from.startsWith('web-page')).length).toBeGreaterThan(0);
    }

    // A card opened by hover on the first seed page: the card asks the background for its data.
    await hoverUntilCard(pages[0]!, 'Hmeimim');
    for (const page of pages.slice(1)) await page.close();

    // Search in the popup; Enter opens the reader at a passage.
    const popup = await browser.openExtensionPage('popup.html', '[data-status-ready]');
    expect(JSON.stringify(await sendRaw(popup, { type: 'search', query: 'Khmeimim' }))).toContain('result');
    await popup.evaluate(() => (document.querySelector('[role=combobox][aria-label="Search the corpus"]') as HTMLElement).focus());
    await popup.type('Khmeimim', 10);
    await popup.waitForSelector('[role=listbox] [role=option]', TIMEOUT.ui);
    await popup.press('ArrowDown');
    // The popup closes itself once it has opened the reader.
    const reader = await browser.waitForNewPage(() => popup.press('Enter').catch(() => undefined));
    await reader.waitForSelector('h1', TIMEOUT.ui);
    const search = await browser.openExtensionPage('search.html?q=Tartus', '[role=combobox][aria-label="Search the corpus"]');
    await search.waitForSelector('[role=listbox] [role=option]', TIMEOUT.ui);
    const options = await browser.openExtensionPage('options.html', 'h1');
    for (const p of [popup, reader, search, options, pages[0]!]) if (!p.isClosed()) await p.close();

    if (recorder) {
      expect(recorder.offences(), JSON.stringify(recorder.offences(), null, 1)).toEqual([]);
      expect(recorder.external.filter((e) => !e.from.startsWith('web-page'))).toEqual([]);
    } else {
      expect(proxy!.requests.filter((r) => !firefoxOwn(r))).toEqual([]);
    }
  }, 120_000);

  it('sanity: the recorder sees a request from each Backstory context a test can reach', async () => {
    const native = browser.native;
    if (native.name === 'chromium' && recorder) {
      // The service worker, an extension page, and the content script's own world.
      await native.worker.evaluate((url) => fetch(url).then(() => 0, () => 0), CANARIES.worker);
      const ext = await browser.openExtensionPage('popup.html');
      await ext.evaluate((url) => fetch(url).then(() => 0, () => 0), CANARIES.page);
      await ext.close();

      // The content script's world, by CDP: the execution context Chromium names after the extension.
      const page = await openWebPage(`${server.url}/seed/${SEEDS[1]}.html`);
      await expect.poll(() => scans(page), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
      const cdp = await native.context.newCDPSession(playwrightPage(page));
      const worlds: Array<{ id: number; name: string }> = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string } }) => worlds.push(e.context));
      await cdp.send('Runtime.enable');
      const world = worlds.filter((w) => w.name === 'Backstory').at(-1);
      expect(world, 'the content script world').toBeDefined();
      await cdp.send('Runtime.evaluate', {
        contextId: world!.id,
        expression: `fetch(${JSON.stringify(CANARIES.contentFetch)}).catch(() => 0);
          const img = document.createElement('img'); img.src = ${JSON.stringify(CANARIES.contentImg)}; document.body.append(img); 1`,
      });
      await expect.poll(() => recorder!.offences().map((o) => o.url).sort(), { timeout: TIMEOUT.quick }).toEqual(Object.values(CANARIES).sort());
      expect(recorder.offences().find((o) => o.url === CANARIES.worker)?.from).toBe('service-worker');
      await page.close();
    } else {
      // Firefox: an extension page, and a web page (the proxy sees every context alike; WebDriver BiDi
      // reaches neither the event page nor the content script's sandbox, so those are not tried).
      const ext = await browser.openExtensionPage('popup.html', '#app');
      await ext.evaluate((url) => fetch(url).then(() => 0, () => 0), CANARIES.page);
      await ext.close();
      const page = await openWebPage(`${server.url}/seed/${SEEDS[1]}.html`);
      await expect.poll(() => scans(page), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
      await page.evaluate(() => fetch('http://example.net/canary-page').then(() => 0, () => 0));
      await page.close();
      await expect
        .poll(() => proxy!.requests, { timeout: 5000 })
        .toEqual(expect.arrayContaining(['CONNECT example.com:443', 'http://example.net/canary-page']));
    }
  });

  it('the independent sweep agrees: every request off 127.0.0.1 was the browser\'s own or one the recorder saw', async () => {
    await browser.close();
    if (recorder) {
      const requests = readNetLog(netLog);
      expect(requests.length).toBeGreaterThan(20);
      const seen = recorder.seen();
      // A page's declared icon, fetched for a web page (not for an extension context), is the page's own.
      const pageIcon = (r: NetLogRequest) => recorder!.pageIcons().has(withoutFragment(r.url)) && !(r.isolationKey ?? '').includes('chrome-extension');
      const unexplained = requests.filter((r) => !isLocal(r.url) && !isBrowserOwn(r) && !pageIcon(r) && !seen.has(withoutFragment(r.url)));
      expect(unexplained).toEqual([]);
      // The net log saw the service worker's request too (and the harness aborted it before it started).
      expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining([CANARIES.worker, CANARIES.contentFetch]));
    } else {
      // Over the whole session, quitting included: only Firefox's own traffic and the two canaries.
      const canaries = ['CONNECT example.com:443', 'http://example.net/canary-page'];
      expect(proxy!.requests.filter((r) => !firefoxOwn(r) && !canaries.includes(r))).toEqual([]);
      expect(proxy!.requests).toEqual(expect.arrayContaining(canaries));
    }
  });
});
