import { expect, it } from 'vitest';
import { sendRaw } from './harness/extension-page';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from './harness/lifecycle';
import { backstoryHighlightSizes, highlightTexts, markCentre, NODE_COUNTER_SCRIPT, scanCount } from './marking-probes';
import { callContentInPage, findTabIdInPage } from './popup-helpers';

const SEED = '000_765fff5e320db609';
const OFF_TOPIC = ['readability/guardian-1/source.html', 'readability/breitbart/source.html', 'readability/cnn/source.html'];

const marked = (page: TestPage) => page.evaluate(highlightTexts, 'ctx-mention');
const quiet = (page: TestPage) => page.evaluate(highlightTexts, 'ctx-mention-quiet');
const allMarked = async (page: TestPage) => [...(await marked(page)), ...(await quiet(page))];
const sizes = (page: TestPage) => page.evaluate(backstoryHighlightSizes);
const nodeCounts = (page: TestPage) =>
  page.evaluate(() => ({ now: (window as any).countPageNodes() as number, initial: (window as any).initialNodes as number }));
const announcers = (page: TestPage) => page.evaluate(() => document.querySelectorAll('backstory-announcer').length);

const waitForScan = (page: TestPage) => page.waitFor(scanCount, undefined, TIMEOUT.scan);
const waitForMarks = (page: TestPage, timeout: number = TIMEOUT.scan) =>
  page.waitFor(() => (CSS.highlights.get('ctx-mention')?.size ?? 0) > 0, undefined, timeout);

forEachBrowser('marking', (name) => {
  const env = useBrowser(name, { setup: ({ browser }) => browser.addInitScript(NODE_COUNTER_SCRIPT) });
  const open = (path: string) => env.browser.open(`${env.server.url}${path}`);

  /** Send a request to the background from an extension page, as the popup and options pages do. */
  async function toBackground(request: Record<string, unknown>): Promise<void> {
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    expect(await sendRaw(ext, request)).toHaveProperty('result');
    await ext.close();
  }
  const setSiteEnabled = (url: string, enabled: boolean) => toBackground({ type: 'setSiteEnabled', url, enabled, scope: 'host' });
  const setMarkMode = (value: string) => toBackground({ type: 'setPrefs', prefs: { markMode: value } });

  it('marks a seed article without adding, splitting or moving a page node', async () => {
    await setMarkMode('emphasise-first');
    const page = await open(`/seed/${SEED}.html`);
    await waitForMarks(page);
    const strong = await marked(page);
    const all = await allMarked(page);
    expect(all).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmad al-Sharaa', 'Hmeimim airbase', 'Tartus naval base', 'Qamishli Airport']));
    // Emphasise-first: a name repeated in the same section is drawn quiet after its first mention.
    const quietCount = (await quiet(page)).length;
    expect(quietCount).toBeGreaterThan(10);
    expect((await sizes(page))['ctx-mention-quiet']).toBe(quietCount);
    expect(strong.length).toBeGreaterThan(10);
    expect(strong.filter((t) => /^(Vladimir )?Putin$/.test(t))).toHaveLength(2); // headline+body section, sidebar section
    const nodes = await nodeCounts(page);
    expect(nodes.initial).toBeGreaterThan(50);
    expect(nodes.now).toBe(nodes.initial);
    expect(await announcers(page)).toBe(1);
    await page.screenshot('marking-seed');

    // The mode applies at once, without a rescan: 'first' drops the quiet marks, 'all' draws every mark strong.
    await setMarkMode('first');
    await page.waitFor(() => !CSS.highlights.has('ctx-mention-quiet'), undefined, TIMEOUT.quick);
    expect((await sizes(page))['ctx-mention']).toBe(strong.length);
    await setMarkMode('all');
    await page.waitFor((n) => CSS.highlights.get('ctx-mention')?.size === n, strong.length + quietCount, TIMEOUT.quick);
    await setMarkMode('emphasise-first');
    await page.close();
  });

  it('reads split names and open shadow roots, skips hidden text, and follows later changes', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await waitForScan(page);
    const before = await allMarked(page);
    expect(before).toEqual(expect.arrayContaining(['Hmeimim', 'Ahmed al-Sharaa', 'Vladimir Putin', 'Tartus naval base', 'Qamishli airport']));
    expect(before.join('|')).not.toContain('Latakia');

    // Text appended later is marked…
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later on Monday, Russian officers were seen in Latakia province.';
      document.getElementById('story')!.append(p);
    });
    await page.waitFor(() => {
      const h = [...((CSS.highlights.get('ctx-mention') ?? []) as Iterable<AbstractRange>)];
      return h.some((r) => document.getElementById('late')?.contains(r.startContainer));
    }, undefined, TIMEOUT.quick);
    expect(await allMarked(page)).toContain('Latakia province');

    // …and marks go when their text is rewritten.
    await page.evaluate(() => {
      document.getElementById('lead')!.firstChild!.textContent = 'Nothing to see in this paragraph any more.';
    });
    await page.waitFor(() => {
      const ranges = [
        ...((CSS.highlights.get('ctx-mention') ?? []) as Iterable<AbstractRange>),
        ...((CSS.highlights.get('ctx-mention-quiet') ?? []) as Iterable<AbstractRange>),
      ];
      return !ranges.some((r) => document.getElementById('lead')?.contains(r.startContainer));
    }, undefined, TIMEOUT.quick);

    const nodes = await nodeCounts(page);
    // The one <p> the test itself appended is the only difference.
    expect(nodes.now).toBe(nodes.initial + 2);
    await page.close();
  });

  it('stops an off-topic page before matching, and marks it all once a later paragraph turns it to the topic', async () => {
    const page = await open('/pages/marking-turns.html');
    await waitForScan(page);
    // Moscow and Russia only: judged off topic from the name gate's clues, nothing matched or marked.
    expect(await page.evaluate(() => performance.getEntriesByName('backstory-match').map((e) => (e as PerformanceMeasure).detail?.stoppedBy))).toEqual([
      'topic-clues',
    ]);
    expect(await allMarked(page)).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'In Damascus, officials said Syria would buy grain from Moscow.';
      document.getElementById('story')!.append(p);
    });
    // The new paragraph makes the page on topic: the Moscow of the first paragraph, never matched before, is marked too.
    await page.waitFor(() => {
      const lead = document.getElementById('lead');
      const ranges = [
        ...((CSS.highlights.get('ctx-mention') ?? []) as Iterable<AbstractRange>),
        ...((CSS.highlights.get('ctx-mention-quiet') ?? []) as Iterable<AbstractRange>),
      ];
      return ranges.some((r) => lead?.contains(r.startContainer));
    }, undefined, TIMEOUT.scan);
    expect(await allMarked(page)).toEqual(expect.arrayContaining(['Moscow', 'Russia', 'Damascus', 'Syria']));
    await page.screenshot('marking-turns');
    await page.close();
  });

  it('bounds the work on a page that rewrites its text every 50 ms, and redraws only on real change', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await waitForScan(page);
    const count = (n: string) => page.evaluate((m) => performance.getEntriesByName(m).length, n);
    const [collects, draws] = [await count('backstory-collect'), await count('backstory-draw')];
    await page.evaluate(() => {
      // The same words written again and again into one text node: mutations, but no new text.
      const clock = document.createTextNode(' Seen near Hmeimim.');
      document.getElementById('lead')!.append(clock);
      (window as any).ticks = 0;
      (window as any).started = performance.now();
      (window as any).ticker = setInterval(() => {
        clock.data = ' Seen near Hmeimim.';
        (window as any).ticks++;
      }, 50);
    });
    // 60 changes, however long a loaded machine takes to make them.
    await expect.poll(() => page.evaluate(() => (window as any).ticks as number), { timeout: TIMEOUT.ui }).toBeGreaterThanOrEqual(60);
    const elapsed = await page.evaluate(() => {
      clearInterval((window as any).ticker);
      return performance.now() - (window as any).started;
    });
    const rescans = (await count('backstory-collect')) - collects;
    // ≤ 2 rescans a second (MIN_INTERVAL_MS = 500), however often the page changes.
    expect(rescans).toBeGreaterThanOrEqual(2);
    expect(rescans).toBeLessThanOrEqual(Math.ceil(elapsed / 500) + 1);
    // One redraw for the appended sentence; the rewrites that change nothing redraw nothing.
    expect((await count('backstory-draw')) - draws).toBe(1);
    expect(await allMarked(page)).toContain('Hmeimim');
    await page.close();
  });

  it('rescans the whole page after a single-page navigation (history.pushState)', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await waitForScan(page);
    await page.evaluate(() => {
      document.getElementById('story')!.innerHTML = '<h1>Another story</h1><p>Only Qamishli airport is named here.</p>';
      history.pushState({}, '', '/pages/marking-dynamic.html?story=2');
    });
    // Seen through the Navigation API (or the 1 s address poll): a second full scan follows.
    await page.waitFor(() => performance.getEntriesByName('backstory-scan').length === 2, undefined, 5_000);
    expect(await allMarked(page)).toEqual(['Qamishli airport']); // the shadow-root copy went with the old story
    await page.close();
  });

  it('opens the card on a click on a mark, follows links on a mark inside a link, and moves with Alt+Shift+N', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await waitForScan(page);
    // Tartus (the city) has no report in the seed corpus yet: it is marked, quietly (issue 14).
    const target = await page.evaluate(markCentre, { name: 'ctx-mention-quiet', text: 'Tartus', selector: '#tartus-section + p' });
    expect(target).not.toBeNull();
    await page.move({ x: target!.x - 30, y: target!.y + 40 });
    await page.move(target!, 3);
    // `cursor: help` over a mark, from an adopted stylesheet: no attribute or node of the page changes.
    await page.waitFor(([x, y]) => getComputedStyle(document.elementFromPoint(x!, y!)!).cursor === 'help', [target!.x, target!.y], 5_000);
    await page.click(target!);
    await page.waitForSelector('backstory-card', TIMEOUT.quick);
    await page.screenshot('marking-card');
    await page.press('Escape');

    const inLink = await page.evaluate(markCentre, { name: 'ctx-mention-quiet', text: 'Tartus', selector: '#linked' });
    expect(inLink).not.toBeNull();
    await page.click(inLink!);
    await page.waitFor(() => location.hash === '#tartus-section', undefined, 5_000);

    await page.press('Alt+Shift+KeyN');
    await page.waitFor(() => (CSS.highlights.get('ctx-focus')?.size ?? 0) === 1, undefined, TIMEOUT.quick);
    await page.close();
  });

  it('answers the popup: findings grouped by entity, and reveal scrolls to a mention and flashes it', async () => {
    const page = await open('/pages/marking-dynamic.html');
    await waitForScan(page);
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    // Ask every tab; only the fixture's content script answers with its own address.
    const tabId = await ext.evaluate(findTabIdInPage, await page.url());
    expect(tabId).not.toBeNull();
    const ask = async (message: Record<string, unknown>) =>
      ((await ext.evaluate(callContentInPage, { tabId: tabId!, message })) as { result: any }).result;
    const findings = await ask({ type: 'getFindings' });
    expect(findings.onTopic).toBe(true);
    const tartus = findings.findings.find((f: { entityId: string }) => f.entityId === 'tartus');
    expect(tartus).toMatchObject({ name: 'Tartus', type: 'place' });
    expect(tartus.count).toBeGreaterThanOrEqual(3);
    const revealed = await ask({ type: 'reveal', entityId: 'tartus', index: tartus.count - 1 });
    expect(revealed).toEqual({ revealed: true, total: tartus.count });
    await page.waitFor(() => (CSS.highlights.get('ctx-flash')?.size ?? 0) === 1, undefined, 5_000);
    expect(await ask({ type: 'reveal', entityId: 'tartus', index: 99 })).toEqual({ revealed: false, total: tartus.count });
    await ext.close();
    await page.close();
  });

  it('removes every mark when the site is turned off, and marks again when it is turned on', async () => {
    const page = await open(`/seed/${SEED}.html`);
    await waitForMarks(page);
    expect((await sizes(page))['ctx-mention']).toBeGreaterThan(0);
    await setSiteEnabled(await page.url(), false);
    await page.waitFor(() => CSS.highlights.size === 0, undefined, TIMEOUT.quick);
    expect(await announcers(page)).toBe(0);
    await setSiteEnabled(await page.url(), true);
    await waitForMarks(page, TIMEOUT.quick);
    await page.close();
  });

  it('draws marks that read on a dark page too (screenshot to look at)', async () => {
    const page = await open('/pages/marking-dark.html');
    await waitForScan(page);
    expect(await allMarked(page)).toContain('Tartus naval base');
    await page.screenshot('marking-dark', { clip: { x: 0, y: 0, width: 1280, height: 420 } });
    await page.close();
  });

  for (const file of OFF_TOPIC) {
    it(`marks nothing on the off-topic page ${file}`, async () => {
      const page = await open(`/shared/${file}`);
      await waitForScan(page);
      expect(await sizes(page)).toEqual({
        'ctx-mention': 0, 'ctx-mention-quiet': 0, 'ctx-focus': 0, 'ctx-flash': 0,
      });
      await page.close();
    });
  }
});
