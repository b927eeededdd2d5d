/**
 * Popup open-to-interactive in Chromium: from navigation start of popup.html to the moment the search
 * box has the focus and the first `getStatus` answer is on screen (the popup records this as the
 * performance mark `backstory-popup-interactive`). The popup is opened as a tab (`popup.html?tab=<id>`)
 * about a served seed page, as the e2e tests do; a real toolbar popup cannot be opened headless.
 * Median of 10 opens; the first includes waking the service worker.
 *
 * Run standalone (after `npm run build`):
 *   npx esbuild test/bench/popup-bench.ts --bundle --platform=node --format=esm --packages=external --outfile=/tmp/pb.mjs
 *   BACKSTORY_BENCH_MAIN=1 node /tmp/pb.mjs
 */
import type Browser from 'webextension-polyfill';
import { launchChromium } from '../e2e/harness/chromium';
import { startServer } from '../e2e/harness/server';

const OPENS = 10;
const MARK = 'backstory-popup-interactive';
const SEED = '/seed/003_3db1887f22c04c2b.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function benchPopup(): Promise<{ popupMs: number }> {
  const server = await startServer();
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    await page.goto(server.url + SEED);
    const probe = await session.openExtensionPage('popup.html');
    // The tab id of the seed page: ask every tab's content script where it is (no `tabs` permission).
    const tabId = await probe.waitForFunction(
      async (url) => {
        const api = (globalThis as unknown as { chrome: Browser.Browser }).chrome;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const reply = await api.tabs.sendMessage(tab.id, { type: 'getLocation' }).catch(() => null);
          if ((reply as { result?: { url?: string } } | null)?.result?.url === url) return tab.id;
        }
        return false;
      },
      page.url(),
      { timeout: 20_000, polling: 200 },
    );
    const id = (await tabId.jsonValue()) as number;
    await probe.close();

    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${id}`);
      await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 20_000 });
      times.push(await popup.evaluate((mark) => (performance.getEntriesByName(mark)[0] as PerformanceEntry).startTime, MARK));
      await popup.close();
    }
    return { popupMs: Math.round(median(times) * 10) / 10 };
  } finally {
    await session.close();
    await server.close();
  }
}

if (typeof process !== 'undefined' && process.env.BACKSTORY_BENCH_MAIN) console.log(await benchPopup());
