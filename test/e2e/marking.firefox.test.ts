import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { screenshotPath } from './harness/paths';
import { useFirefox } from './harness/lifecycle';
import { backstoryHighlightSizes, highlightTexts, markCentre, NODE_COUNTER_SCRIPT, scanCount } from './marking-probes';

const SEED = '000_765fff5e320db609';
const OFF_TOPIC = ['readability/guardian-1/source.html', 'readability/breitbart/source.html', 'readability/cnn/source.html'];

const env = useFirefox();

async function open(path: string): Promise<Page> {
  const page = await env.firefox.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(NODE_COUNTER_SCRIPT);
  // Real pages reference ads, fonts and scripts on hosts this machine cannot reach: fail those at once.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (/^(http:\/\/127\.0\.0\.1[:/]|moz-extension:|data:|blob:)/.test(request.url())) void request.continue();
    else void request.abort();
  });
  // Some real pages start navigations of their own (frames, beacons to hosts that do not resolve here),
  // which WebDriver BiDi reports as a failed navigation although the document itself loaded.
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'domcontentloaded' }).catch((err: unknown) => {
    if (!String(err).includes('Address rejected')) throw err;
  });
  await page.waitForFunction((p) => location.pathname === p && document.readyState !== 'loading', { timeout: 20_000 }, path);
  return page;
}

const allMarked = async (page: Page): Promise<string[]> => [
  ...(await page.evaluate(highlightTexts, 'backstory-mention')),
  ...(await page.evaluate(highlightTexts, 'backstory-mention-quiet')),
];

async function toBackground(request: Record<string, unknown>): Promise<void> {
  const ext = await env.firefox.openExtensionPage('popup.html', '#app');
  const reply = await ext.evaluate((r) => (globalThis as any).browser.runtime.sendMessage(r), request);
  expect(reply).toHaveProperty('result');
  await ext.close();
}

const nodeCounts = (page: Page) => page.evaluate(() => ({ now: (window as any).countPageNodes() as number, initial: (window as any).initialNodes as number }));

describe('marking in Firefox ESR', () => {
  it('marks a seed article without adding, splitting or moving a page node', async () => {
    await toBackground({ type: 'setPrefs', prefs: { markMode: 'emphasise-first' } });
    const page = await open(`/seed/${SEED}.html`);
    await page.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) > 0, { timeout: 30_000 });
    expect(await allMarked(page)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmad al-Sharaa', 'Hmeimim airbase', 'Tartus naval base']));
    expect((await page.evaluate(backstoryHighlightSizes))['backstory-mention-quiet']).toBeGreaterThan(10);
    const nodes = await nodeCounts(page);
    expect(nodes.initial).toBeGreaterThan(50);
    expect(nodes.now).toBe(nodes.initial);
    await page.screenshot({ path: screenshotPath('marking-seed-firefox') });
    await page.close();
  });

  it('reads split names and shadow roots, skips hidden text, and follows text appended later', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await page.waitForFunction(scanCount, { timeout: 30_000 });
    const before = await allMarked(page);
    expect(before).toEqual(expect.arrayContaining(['Hmeimim', 'Ahmed al-Sharaa', 'Tartus naval base', 'Qamishli airport']));
    expect(before.join('|')).not.toContain('Latakia');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later on Monday, Russian officers were seen in Latakia province.';
      document.getElementById('story')!.append(p);
    });
    await page.waitForFunction(
      () => [...((CSS.highlights.get('backstory-mention') ?? []) as any)].some((r: AbstractRange) => document.getElementById('late')?.contains(r.startContainer)),
      { timeout: 10_000 },
    );
    const nodes = await nodeCounts(page);
    expect(nodes.now).toBe(nodes.initial + 2);
    await page.close();
  });

  it('shows cursor: help over a mark and opens the card on a click', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await page.waitForFunction(scanCount, { timeout: 30_000 });
    const target = await page.evaluate(markCentre, { name: 'backstory-mention-quiet', text: 'Tartus', selector: '#tartus-section + p' });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x - 30, target!.y + 40);
    await page.mouse.move(target!.x, target!.y, { steps: 3 });
    await page.waitForFunction(([x, y]) => getComputedStyle(document.elementFromPoint(x!, y!)!).cursor === 'help', { timeout: 5_000 }, [target!.x, target!.y]);
    await page.mouse.click(target!.x, target!.y);
    await page.waitForSelector('backstory-card', { timeout: 10_000 });
    await page.close();
  });

  it('removes every mark when the site is turned off', async () => {
    const page = await open(`/seed/${SEED}.html`);
    await page.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) > 0, { timeout: 30_000 });
    await toBackground({ type: 'setSiteEnabled', url: page.url(), enabled: false, scope: 'host' });
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelectorAll('backstory-announcer').length)).toBe(0);
    await toBackground({ type: 'setSiteEnabled', url: page.url(), enabled: true, scope: 'host' });
    await page.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) > 0, { timeout: 10_000 });
    await page.close();
  });

  for (const file of OFF_TOPIC) {
    it(`marks nothing on the off-topic page ${file}`, async () => {
      const page = await open(`/shared/${file}`);
      await page.waitForFunction(scanCount, { timeout: 30_000 });
      expect(await page.evaluate(backstoryHighlightSizes)).toEqual({
        'backstory-mention': 0, 'backstory-mention-quiet': 0, 'backstory-focus': 0, 'backstory-flash': 0,
      });
      await page.close();
    });
  }
});
