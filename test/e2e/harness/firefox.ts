import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxBuild } from './paths';

export const FIREFOX = '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** Opens one of the extension's pages in a tab and waits for `selector`. */
  openExtensionPage(file: string, selector: string): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi with the Firefox build installed. Fails, never skips, without it. */
export async function launchFirefox(options: { extraPrefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is not installed at ${FIREFOX}: run .ci/run or apt-get install firefox-esr`);
  const manifestFile = `${firefoxBuild}/manifest.json`;
  if (!existsSync(manifestFile)) throw new Error('extension-firefox/ is not built: run npm run build');
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id as string;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Content scripts need the site permission granted without a prompt.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
      ...options.extraPrefs,
    },
  });
  await browser.installExtension(firefoxBuild);
  return {
    browser,
    uuid,
    async openExtensionPage(file, selector) {
      const page = await browser.newPage();
      // Firefox rejects goto on moz-extension pages with "Frame detached": do not await it.
      void page.goto(`moz-extension://${uuid}/${file}`).catch(() => undefined);
      // Poll rather than waitForSelector: while the page swaps documents, WebDriver BiDi can fail a
      // pending evaluation with a protocol error instead of retrying it.
      const deadline = Date.now() + 20_000;
      for (;;) {
        // Ask the document itself: the page object's URL is not kept up to date for extension pages.
        const href = await page.evaluate(() => location.href).catch(() => '');
        const found = href.startsWith(`moz-extension://${uuid}/${file}`) && (await page.$(selector).catch(() => null));
        if (found) return page;
        if (Date.now() > deadline) throw new Error(`moz-extension://${uuid}/${file} did not show ${selector} within 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
}
