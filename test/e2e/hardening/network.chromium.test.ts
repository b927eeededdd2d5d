/**
 * "No network, ever", in Chromium: a browsing session across the seed pages and real news pages, with a
 * card opened by hover, a search in the popup and on the search page, the reader and the options page.
 * No extension context (service worker, popup, options, reader, search, content script) may make a request
 * that leaves 127.0.0.1. The recorders are proved able to see such a request: the last tests make one
 * from the service worker, an extension page and the content script's own world, and check both see them.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionPoint, probeCard } from '../card-helpers';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { tempProfile } from '../harness/paths';
import { startServer, type TestServer } from '../harness/server';
import { isBrowserOwn, isLocal, readNetLog } from './netlog';
import { NetworkRecorder } from './network-recorder';

const SEEDS = ['000_765fff5e320db609', '001_bac239f258cd2375', '002_12b1d7691e41a902', '003_3db1887f22c04c2b', '004_d3ef7b13162ee847'];
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

let session: ChromiumSession & { blockedRequests: string[] };
let server: TestServer;
let recorder: NetworkRecorder;
const netLog = path.join(tempProfile('netlog'), 'net.json');

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ extraArgs: [`--log-net-log=${netLog}`] });
  recorder = new NetworkRecorder(session.context);
});
afterAll(async () => {
  await session?.close().catch(() => undefined);
  await server?.close();
});

const withoutFragment = (url: string) => url.replace(/#.*$/, '');
const scans = (page: Page) => page.evaluate(() => performance.getEntriesByName('backstory-scan').length);

describe('no network, ever (Chromium)', () => {
  it('a browsing session makes no request outside 127.0.0.1 from any Backstory context', async () => {
    for (const id of SEEDS) {
      const page = await recorder.openWebPage(`${server.url}/seed/${id}.html`);
      await expect.poll(() => scans(page), { timeout: 20_000 }).toBeGreaterThan(0);
      if (id !== SEEDS[0]) await page.close();
    }
    for (const file of REAL) {
      const page = await recorder.openWebPage(`${server.url}/shared/${file}`);
      await expect.poll(() => scans(page), { timeout: 30_000 }).toBeGreaterThan(0);
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

    // A card opened by hover on the first seed page: the card asks the background for its data.
    const seedPage = session.context.pages().find((p) => p.url().includes(SEEDS[0]!))!;
    await expect
      .poll(async () => {
        const point = await seedPage.evaluate(mentionPoint, 'Hmeimim');
        if (!point) return 'no word';
        await seedPage.mouse.move(point.x - 40, point.y + 60);
        await seedPage.mouse.move(point.x, point.y, { steps: 4 });
        await seedPage.waitForTimeout(700);
        return (await seedPage.evaluate(probeCard)).status;
      }, { timeout: 20_000, interval: 200 })
      .toBe('ready');

    // Search in the popup; Enter opens the reader at a passage.
    const popup = await session.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox', { name: 'Search the corpus' });
    await box.pressSequentially('Khmeimim', { delay: 10 });
    await popup.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 15_000 });
    await box.press('ArrowDown');
    // The popup closes itself once it has opened the reader.
    const [reader] = await Promise.all([session.context.waitForEvent('page'), box.press('Enter').catch(() => undefined)]);
    await reader.waitForSelector('h1', { timeout: 15_000 });
    const search = await session.openExtensionPage('search.html?q=Tartus');
    await search.getByRole('combobox', { name: 'Search the corpus' }).waitFor({ timeout: 15_000 });
    await search.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 15_000 });
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('h1', { timeout: 15_000 });
    for (const p of [popup, reader, search, options]) if (!p.isClosed()) await p.close();

    expect(recorder.offences(), JSON.stringify(recorder.offences(), null, 1)).toEqual([]);
    expect(recorder.external.filter((e) => !e.from.startsWith('web-page'))).toEqual([]);
  });

  it('sanity: the recorder sees a request from the service worker, an extension page and the content script', async () => {
    await session.worker.evaluate((url) => fetch(url).then(() => 0, () => 0), CANARIES.worker);
    const ext = await session.openExtensionPage('popup.html');
    await ext.evaluate((url) => fetch(url).then(() => 0, () => 0), CANARIES.page);
    await ext.close();

    // The content script's world, by CDP: the execution context Chromium names after the extension.
    const page = await recorder.openWebPage(`${server.url}/seed/${SEEDS[1]}.html`);
    await expect.poll(() => scans(page), { timeout: 20_000 }).toBeGreaterThan(0);
    const cdp = await session.context.newCDPSession(page);
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
    await expect.poll(() => recorder.offences().map((o) => o.url).sort(), { timeout: 10_000 }).toEqual(Object.values(CANARIES).sort());
    expect(recorder.offences().find((o) => o.url === CANARIES.worker)?.from).toBe('service-worker');
    await page.close();
  });

  it('the net log agrees: every request off 127.0.0.1 was the browser\'s own or one the recorder saw', async () => {
    await session.close();
    const requests = readNetLog(netLog);
    expect(requests.length).toBeGreaterThan(20);
    const seen = recorder.seen();
    const unexplained = requests.filter((r) => !isLocal(r.url) && !isBrowserOwn(r) && !seen.has(withoutFragment(r.url)));
    expect(unexplained).toEqual([]);
    // The net log saw the service worker's request too (and the harness aborted it before it started).
    expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining([CANARIES.worker, CANARIES.contentFetch]));
  });
});
