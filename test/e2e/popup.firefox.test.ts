import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { screenshotPath, tempProfile } from './harness/paths';
import { markCount as countMarks } from './harness/page-probes';
import { startServer, type TestServer } from './harness/server';
import { callContentInPage, findTabIdInPage } from './popup-helpers';

const SEED_A = '/seed/003_3db1887f22c04c2b.html';
const SEED_B = '/seed/000_765fff5e320db609.html';

const markCount = (page: Page) => page.evaluate(countMarks);
const SITE_SWITCH = 'label.bs-switch input[role=switch]';

/** The popup's site switch once the background has said whether the site is on (disabled until then). */
async function siteSwitchState(popup: Page): Promise<boolean> {
  const handle = await popup.waitForFunction((sel) => {
    const input = document.querySelector(sel) as HTMLInputElement | null;
    return input !== null && !input.disabled && { checked: input.checked, label: input.closest('label')?.textContent ?? '' };
  }, {}, SITE_SWITCH);
  const { checked, label } = (await handle.jsonValue()) as { checked: boolean; label: string };
  // The switch must be about the test server's site, or the test proves nothing about it.
  expect(label).toBe('On 127.0.0.1');
  return checked;
}

describe('popup in Firefox ESR', () => {
  let server: TestServer;
  let firefox: FirefoxSession;
  // Kept across the restart in the last test: the add-on is installed in it, as a user's is.
  const profile = tempProfile('firefox-popup');

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox({ profile });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function openSeed(seed: string, origin = server.url): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(origin + seed);
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

  it('switching the site off unmarks two open tabs at once, and stays off after a restart', async () => {
    const pageA = await openSeed(SEED_A);
    const pageB = await openSeed(SEED_B);
    const { popup } = await openPopupFor(pageA.url());
    expect(await siteSwitchState(popup)).toBe(true);
    await popup.click(SITE_SWITCH);
    await expect.poll(() => Promise.all([markCount(pageA), markCount(pageB)]), { timeout: 10_000 }).toEqual([0, 0]);
    await expect.poll(() => popup.$eval(SITE_SWITCH, (el) => (el as HTMLInputElement).checked)).toBe(false);

    // Quit and start again on the same profile: Firefox loads the add-on from it, data and all.
    await firefox.close();
    firefox = await launchFirefox({ profile });
    // The add-on runs after the restart: the same article on another site (localhost) is marked.
    await openSeed(SEED_A, server.url.replace('127.0.0.1', 'localhost'));
    const againA = await firefox.newPage();
    await againA.goto(server.url + SEED_A);
    const againB = await firefox.newPage();
    await againB.goto(server.url + SEED_B);
    const { popup: after, tabId } = await openPopupFor(againA.url());
    let tabIdB: number | null = null;
    await expect.poll(async () => (tabIdB = await after.evaluate(findTabIdInPage, againB.url())), { timeout: 15_000 }).not.toBeNull();
    const tabIds = [tabId, tabIdB as unknown as number];
    // settingsChanged makes a content script ask the background afresh and say whether it runs, so
    // "not active" is the site's setting, not a content script that has not started yet.
    const activeIn = () =>
      Promise.all(tabIds.map((id) => after.evaluate(callContentInPage, { tabId: id, message: { type: 'settingsChanged' } })));
    expect(await activeIn()).toEqual([{ result: { active: false } }, { result: { active: false } }]);
    expect(await Promise.all([markCount(againA), markCount(againB)])).toEqual([0, 0]);
    expect(await siteSwitchState(after)).toBe(false);

    // Back on from the restarted popup: marks return in both tabs.
    await after.click(SITE_SWITCH);
    await expect.poll(async () => (await Promise.all([markCount(againA), markCount(againB)])).every((n) => n > 0), { timeout: 10_000 }).toBe(true);
    expect(await activeIn()).toEqual([{ result: { active: true } }, { result: { active: true } }]);
  });
});
