/**
 * The content script's lazy modules (src/content/lazy) are web-accessible resources, which pages could
 * otherwise fetch to learn that Backstory is installed. With `use_dynamic_url` Chromium serves them only
 * under a per-session random ID that only our scripts learn (runtime.getURL); Firefox serves them under
 * the install's random UUID. Here: a page where both modules are in use (marks drawn, a card open) fetches
 * them at the extension's fixed address and gets nothing, and finds no address of ours anywhere it can read.
 */
import { expect, it } from 'vitest';
import { hoverUntilCard } from '../card-helpers';
import { forEachBrowser, TIMEOUT, useBrowser } from '../harness/lifecycle';
import { markedTexts, measureCount } from './hostile-probes';

const MODULES = ['content-detect.js', 'content-card.js'];

/** From the page's own world: what a fetch of `url` gives it. */
async function pageFetch(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    return `status ${response.status}`;
  } catch {
    return 'failed';
  }
}

/** Everything of the page's a script there can read that could hold an address: its markup and its resource timings. */
function pageVisibleAddresses(): string {
  return [document.documentElement.outerHTML, ...performance.getEntriesByType('resource').map((e) => e.name)].join('\n');
}

forEachBrowser('lazy modules', (name) => {
  const env = useBrowser(name);

  it('load where a name is marked and a card opens, yet a page cannot fetch them or learn where they are', async () => {
    const page = await env.browser.open(`${env.server.url}/pages/hostile-csp.html`);
    await expect.poll(() => page.evaluate(measureCount, 'backstory-scan'), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
    // Marks need the detection module, a ready card the card module: both were imported by the content script.
    expect((await page.evaluate(markedTexts)).map((m) => m.text)).toContain('Tartus');
    expect((await hoverUntilCard(page, 'Tartus')).status).toBe('ready');
    await page.screenshot(`lazy-modules-${name}`);

    const host = new URL(env.browser.extensionOrigin).host;
    // Chromium: the extension's fixed ID is public (it is the store's); its address serves nothing to a page.
    // Firefox: the install's UUID is the only address, and the page never sees it (below).
    if (name === 'chromium') {
      for (const file of MODULES) expect(await page.evaluate(pageFetch, `${env.browser.extensionOrigin}/${file}`), file).toBe('failed');
    }
    const visible = await page.evaluate(pageVisibleAddresses);
    expect(visible).not.toContain(host);
    expect(visible).not.toMatch(/chrome-extension:|moz-extension:/);
  });
});
