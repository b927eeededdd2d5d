import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { TIMEOUT } from './driver';
import { chromeBuild, tempProfile } from './paths';

export const CHROMIUM = '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  /** Opens one of the extension's pages (popup.html, options.html, …) in a tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded. Fails (never skips) when the browser or the build
 * is missing. Every request that does not go to 127.0.0.1 (or localhost, the test server as a second
 * site) or the extension itself is aborted, and
 * recorded in `blockedRequests` so tests can assert the extension made none.
 */
export async function launchChromium(
  options: { profile?: string; colorScheme?: 'light' | 'dark'; extraArgs?: string[]; blockExternal?: boolean } = {},
): Promise<ChromiumSession & { blockedRequests: string[] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run .ci/run or apt-get install chromium`);
  if (!existsSync(`${chromeBuild}/manifest.json`)) throw new Error('extension/ is not built: run npm run build');
  const profile = options.profile ?? tempProfile('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const blockedRequests: string[] = [];
  if (options.blockExternal !== false) {
    await context.route(
      (url) => !/^(http:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|blob:)/.test(url.href),
      (route) => {
        blockedRequests.push(route.request().url());
        return route.abort();
      },
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUT.launch }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    blockedRequests,
    async openExtensionPage(file: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}
