/**
 * Hostile pages (fixtures in test/pages/hostile-*.html): for each, what must still work, that nothing is
 * thrown into the page's console, and that Backstory's own work stays bounded.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { sendRaw } from '../harness/extension-page';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { startServer, type TestServer } from '../harness/server';
import { expectHoldsFor } from '../harness/wait';
import { cardState, markCount, markedTexts, measureCount, wordPoint } from './hostile-probes';

forEachBrowser('hostile pages', (name) => {
  const env = useBrowser(name, {
    headers: (p): Record<string, string> => (p === '/pages/hostile-csp.html' ? { 'content-security-policy': "default-src 'none'" } : {}),
    // Draw every mention (the default draws the first per section), so counts below are of all of them.
    setup: ({ browser }) => setMode(browser.openExtensionPage('popup.html', '#app'), 'all'),
  });
  let other: TestServer;
  const problems: string[] = [];
  const pages: TestPage[] = [];

  beforeAll(async () => {
    other = await startServer();
  });
  afterAll(() => other?.close());
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
    // Nothing thrown into a page, and no error or warning of ours in its console.
    expect(problems.splice(0)).toEqual([]);
  });

  async function open(path: string): Promise<TestPage> {
    const page = await env.browser.newPage();
    pages.push(page);
    page.onProblem((kind, text) => {
      // Firefox asks for /favicon.ico itself, and reports the strict CSP page's refusal of it as an error
      // of the page: neither the page's doing nor Backstory's. Any other CSP report still counts.
      if (/^Content-Security-Policy: .* at http:\/\/127\.0\.0\.1:\d+\/favicon\.ico because/.test(text)) return;
      if (kind === 'pageerror') problems.push(`pageerror on ${path}: ${text}`);
      else if (/Failed to load resource/.test(text)) return;
      else if (kind === 'error' || /\[backstory/.test(text)) problems.push(`console ${kind} on ${path}: ${text}`);
    });
    await page.goto(env.server.url + path);
    return page;
  }

  const scanned = (page: TestPage, timeout: number = TIMEOUT.scan) =>
    expect.poll(() => page.evaluate(measureCount, 'backstory-scan'), { timeout }).toBeGreaterThan(0);
  const texts = async (page: TestPage) => (await page.evaluate(markedTexts)).map((m) => m.text);

  /** Rest the pointer on `word` under `selector` until a card is ready; returns its text. */
  async function hoverCard(page: TestPage, word: string, selector: string): Promise<string> {
    let text = '';
    let rested = 0;
    await expect
      .poll(async () => {
        const card = await page.evaluateInShadow('backstory-card', cardState);
        text = card?.text ?? '';
        if (card?.status === 'ready') return 'ready';
        // Each move restarts the hover delay: come to rest again only when no card is on its way.
        if (!card && Date.now() - rested > 1_500) {
          const point = await page.evaluate(wordPoint, { word, selector });
          if (!point) return 'no word';
          await page.move({ x: point.x - 30, y: point.y + 50 });
          await page.move(point, 3);
          rested = Date.now();
        }
        return card?.status ?? 'no card';
      }, { timeout: TIMEOUT.card, interval: 200 })
      .toBe('ready');
    return text;
  }

  it('prototype tampering in the page world changes nothing for Backstory', async () => {
    const page = await open('/pages/hostile-tamper.html');
    await scanned(page);
    expect(await texts(page)).toEqual(expect.arrayContaining(['Hmeimim air base', 'Tartus', 'Ahmad al-Sharaa']));
    expect(await hoverCard(page, 'Hmeimim', '.story')).toContain('Hmeimim');
    // None of the page's booby-trapped built-ins was called: the content script lives in its own world.
    expect(await page.evaluate(() => (window as unknown as { __tamperErrors: string[] }).__tamperErrors.length)).toBe(0);
  });

  it('100,000 text nodes and DOM nested 5,000 deep are scanned to the bottom', async () => {
    const page = await open('/pages/hostile-huge-dom.html');
    await scanned(page);
    const marks = await page.evaluate(markedTexts);
    expect(marks.filter((m) => m.text === 'Hmeimim air base').length).toBeGreaterThanOrEqual(100);
    expect(marks.some((m) => m.where === 'bottom' && m.text === 'Tartus naval base')).toBe(true);
    // No scan step blocked the page for long: the page stays responsive to a click.
    const started = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a single 5 MB text node and 10,000 mentions are all marked', async () => {
    const page = await open('/pages/hostile-huge-text.html');
    await scanned(page);
    const marks = await page.evaluate(markedTexts);
    expect(marks.filter((m) => m.where === 'huge-text').length).toBe(3);
    expect(marks.filter((m) => m.where === 'mentions').length).toBe(10_000);
    const scan = await page.evaluate(() => performance.getEntriesByName('backstory-scan')[0]!.duration);
    expect(scan).toBeLessThan(20_000);

    // Mark-mode changes in a row redraw the 10,003 marks in passes of 4,096 (page-session.ts): the
    // page ends up drawn as the last change asks, never as an earlier pass left it.
    const total = async () => (await page.evaluate(markedTexts)).length;
    await setMode(env.browser.openExtensionPage('popup.html', '#app'), 'first');
    // First mentions only: each of the two names once per section.
    await expect.poll(total, { timeout: TIMEOUT.ui }).toBeLessThan(2_000);
    const firstOnly = await total();
    expect(firstOnly).toBeGreaterThan(0);
    await setMode(env.browser.openExtensionPage('popup.html', '#app'), 'all', 'first', 'all');
    await expect.poll(total, { timeout: TIMEOUT.ui }).toBe(marks.length);
    await expectHoldsFor(async () => (await total()) === marks.length, 1_000, 'the page stays drawn as the last change asked');
  });

  it('a page that rewrites its text every 50 ms is rescanned a bounded number of times', async () => {
    const page = await open('/pages/hostile-rewrite.html');
    await scanned(page);
    const at = () => page.evaluate(() => ({ rewrites: (window as unknown as { rewrites: number }).rewrites, now: performance.now(), collects: performance.getEntriesByName('backstory-collect').length }));
    const before = await at();
    // 80 of the page's own rewrites, however long a loaded machine takes to make them.
    await expect.poll(async () => (await at()).rewrites - before.rewrites, { timeout: TIMEOUT.ui }).toBeGreaterThanOrEqual(80);
    const after = await at();
    const rescans = after.collects - before.collects;
    // The scheduler allows one rescan per 0.5 s at most (MIN_INTERVAL_MS 500) and waits 1 s at most
    // (MAX_WAIT_MS): bounded by the time that passed in the page, not by the number of rewrites.
    expect(rescans).toBeGreaterThanOrEqual(2);
    expect(rescans).toBeLessThanOrEqual(Math.ceil((after.now - before.now) / 500) + 1);
    expect(await texts(page)).toEqual(expect.arrayContaining(['Hmeimim air base', 'Tartus']));
  });

  it('follows a pushState navigation and infinite scroll', async () => {
    const page = await open('/pages/hostile-spa.html');
    await scanned(page);
    await page.evaluate(() => (window as unknown as { navigateTo(n: number): void }).navigateTo(2));
    await expect.poll(() => texts(page), { timeout: TIMEOUT.quick }).toEqual(expect.arrayContaining(['Qamishli airport', 'Vladimir Putin']));
    expect(await texts(page)).not.toContain('Hmeimim air base');
    // Scrolled to the bottom again and again, as a reader does: each time the page appends a story.
    await expect
      .poll(async () => {
        await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
        return (await page.evaluate(markedTexts)).filter((m) => m.text === 'Tartus naval base').length;
      }, { timeout: TIMEOUT.quick, interval: 300 })
      .toBeGreaterThanOrEqual(3);
  });

  it('marks text inside open shadow roots, nested ones included, and leaves closed ones alone', async () => {
    const page = await open('/pages/hostile-shadow.html');
    await scanned(page);
    const marks = await page.evaluate(markedTexts);
    expect(marks.filter((m) => m.where === 'shadow:open').map((m) => m.text)).toEqual(expect.arrayContaining(['Hmeimim air base', 'Tartus']));
    expect(marks.some((m) => m.where === 'shadow:nested' && m.text === 'Ahmad al-Sharaa')).toBe(true);
    expect(marks.some((m) => m.where === 'shadow:closed')).toBe(false);
  });

  it('marks inside same-origin and cross-origin frames', async () => {
    const page = await open(`/pages/hostile-frames.html?other=${encodeURIComponent(other.url)}`);
    await scanned(page);
    await expect.poll(() => page.frames().filter((f) => f.url().includes('hostile-frame-child')).length, { timeout: TIMEOUT.quick }).toBe(2);
    const frames = page.frames().filter((f) => f.url().includes('hostile-frame-child'));
    expect(frames.map((f) => new URL(f.url()).origin).sort()).toEqual([env.server.url, other.url].sort());
    for (const frame of frames) {
      await expect.poll(() => frame.evaluate(markCount), { timeout: TIMEOUT.ui }).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks a right-to-left Arabic page and opens a card there', async () => {
    const page = await open('/pages/hostile-rtl.html');
    await scanned(page);
    const marked = (await texts(page)).join(' | ');
    expect(marked).toContain('حميميم');
    expect(marked).toContain('طرطوس');
    expect(await hoverCard(page, 'حميميم', '#ar')).toContain('Hmeimim');
  });

  it('never marks a contenteditable editor, a textarea, <pre> or <code>', async () => {
    const page = await open('/pages/hostile-editor.html');
    await scanned(page);
    const marks = await page.evaluate(markedTexts);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.filter((m) => ['editor', 'area', 'pre', 'code'].includes(m.where))).toEqual([]);
    // Typing in the editor adds a mention there: still not marked.
    const collects = await page.evaluate(measureCount, 'backstory-collect');
    await page.clickSelector('#editor');
    await page.type(' Ahmad al-Sharaa', 0);
    // The typing was seen and the page read again: the new mention there is still not marked.
    await expect.poll(() => page.evaluate(measureCount, 'backstory-collect'), { timeout: TIMEOUT.ui }).toBeGreaterThan(collects);
    expect((await page.evaluate(markedTexts)).filter((m) => m.where === 'editor')).toEqual([]);
  });

  it('works under a strict page CSP (default-src \'none\')', async () => {
    const page = await open('/pages/hostile-csp.html');
    await scanned(page);
    expect(await texts(page)).toEqual(expect.arrayContaining(['Hmeimim air base', 'Tartus', 'Ahmad al-Sharaa']));
    expect(await hoverCard(page, 'Hmeimim', '.story')).toContain('Hmeimim');
  });
});

/** Sends mark-mode changes in a row from an extension page, as the options page does. */
async function setMode(opening: Promise<TestPage>, ...modes: string[]): Promise<void> {
  const ext = await opening;
  for (const value of modes) expect(await sendRaw(ext, { type: 'setPrefs', prefs: { markMode: value } })).toHaveProperty('result');
  await ext.close();
}
