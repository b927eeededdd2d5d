import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { screenshotPath } from './harness/paths';
import { markCount as countMarks } from './harness/page-probes';
import { startServer, type TestServer } from './harness/server';
import { callContentInPage, findTabIdInPage } from './popup-helpers';

const SEED_A = '/seed/003_3db1887f22c04c2b.html';
const SEED_B = '/seed/000_765fff5e320db609.html';

const markCount = (page: Page) => page.evaluate(countMarks);

describe('popup in Firefox ESR', () => {
  let server: TestServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openSeed(seed: string): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(server.url + seed);
    await expect.poll(() => markCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
    return page;
  }

  /**
   * Like the harness's openExtensionPage, but polls for the selector: Firefox's WebDriver BiDi can fail
   * a waitForSelector outright while the moz-extension page is still replacing about:blank.
   */
  async function openExtensionPage(file: string, selector: string): Promise<Page> {
    const page = await firefox.newPage();
    void page.goto(`moz-extension://${firefox.uuid}/${file}`).catch(() => undefined);
    await expect
      .poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, selector).catch(() => false), { timeout: 20_000 })
      .toBe(true);
    return page;
  }

  async function openPopupFor(url: string): Promise<{ popup: Page; tabId: number }> {
    const probe = await openExtensionPage('popup.html', '#app');
    let tabId: number | null = null;
    await expect.poll(async () => (tabId = await probe.evaluate(findTabIdInPage, url)), { timeout: 15_000 }).not.toBeNull();
    await probe.close();
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`, '[data-status-ready]');
    await popup.setViewport({ width: 380, height: 640 });
    return { popup, tabId: tabId as unknown as number };
  }

  it('searches as you type: "Khmeimim" finds Hmeimim passages', async () => {
    const page = await openSeed(SEED_A);
    const { popup } = await openPopupFor(page.url());
    await popup.type('input[aria-label="Search the corpus"]', 'Khmeimim', { delay: 20 });
    await popup.waitForSelector('[role=listbox] .bs-option-result', { timeout: 10_000 });
    const marked = await popup.$$eval('[role=listbox] mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marked.some((m) => /Hmeimim|Хмеймим|حميميم/i.test(m))).toBe(true);
    await popup.screenshot({ path: screenshotPath('popup-firefox-light') });
    await popup.close();
    await page.close();
  });

  it('lists exactly what is marked on the page', async () => {
    const page = await openSeed(SEED_A);
    const { popup, tabId } = await openPopupFor(page.url());
    const reply = (await popup.evaluate(callContentInPage, { tabId, message: { type: 'getFindings' } })) as {
      result: { findings: Array<{ name: string; count: number }> };
    };
    expect(reply.result.findings.reduce((n, f) => n + f.count, 0)).toBe(await markCount(page));
    await popup.waitForSelector('.bs-finding-name');
    const listed = await popup.$$eval('.bs-finding-name', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(listed.sort()).toEqual(reply.result.findings.map((f) => `${f.name} ${f.count}`).sort());
    await popup.close();
    await page.close();
  });

  it('switching the site off unmarks two open tabs at once', async () => {
    const pageA = await openSeed(SEED_A);
    const pageB = await openSeed(SEED_B);
    const { popup } = await openPopupFor(pageA.url());
    const switchSelector = 'label.bs-switch input[role=switch]';
    await popup.waitForFunction((sel) => {
      const input = document.querySelector(sel) as HTMLInputElement | null;
      return input !== null && !input.disabled && input.checked;
    }, {}, switchSelector);
    await popup.click(switchSelector);
    await expect.poll(() => Promise.all([markCount(pageA), markCount(pageB)]), { timeout: 10_000 }).toEqual([0, 0]);
    await expect.poll(() => popup.$eval(switchSelector, (el) => (el as HTMLInputElement).checked)).toBe(false);
    // Back on, so marks return in both tabs.
    await popup.click(switchSelector);
    await expect.poll(async () => (await Promise.all([markCount(pageA), markCount(pageB)])).every((n) => n > 0), { timeout: 10_000 }).toBe(true);
  });
});
