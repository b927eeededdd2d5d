/**
 * No injection: markup and script in a page's text, in messages a page posts, and in an imported
 * user-data file are shown as text and never run, in the page and in extension pages. A web page has no
 * channel to the background at all.
 */
import { expect, it } from 'vitest';
import { expectHoldsFor } from '../harness/wait';
import { sendRaw } from '../harness/extension-page';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { cardState, markedTexts, measureCount, wordPoint } from './hostile-probes';
import { FILE_PAYLOADS, hostileUserData } from './injection-payloads';

const pwned = (page: TestPage) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

forEachBrowser('no injection', (name) => {
  const env = useBrowser(name, {
    // Draw every mention (the default draws only the first per section): each paragraph is checked.
    setup: async ({ browser }) => {
      const ext = await browser.openExtensionPage('popup.html', '#app');
      expect(await sendRaw(ext, { type: 'setPrefs', prefs: { markMode: 'all' } })).toHaveProperty('result');
      await ext.close();
    },
  });

  async function openInjectionPage(): Promise<TestPage> {
    const page = await env.browser.open(`${env.server.url}/pages/hostile-injection.html`);
    await expect.poll(() => page.evaluate(measureCount, 'backstory-scan'), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
    return page;
  }

  it('marks names beside markup in the page text, runs none of it, and leaves the text as it was', async () => {
    const page = await openInjectionPage();
    const before = await page.evaluate(() => document.body.innerHTML);
    const marks = await page.evaluate(markedTexts);
    for (const id of ['img', 'script', 'js', 'svg']) expect(marks.some((m) => m.where === id && m.text.startsWith('Hmeimim')), id).toBe(true);
    expect(marks.some((m) => m.where === 'jslink')).toBe(true);

    const point = await page.evaluate(wordPoint, { word: 'Hmeimim', selector: '#img' });
    await page.move(point!, 3);
    await expect.poll(async () => (await page.evaluateInShadow('backstory-card', cardState))?.status, { timeout: TIMEOUT.ui }).toBe('ready');
    expect((await page.evaluateInShadow('backstory-card', cardState))!.text).toContain('Hmeimim');

    expect(await pwned(page)).toBeNull();
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(await page.evaluate(() => document.getElementById('img')!.textContent)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => document.querySelectorAll('img, svg, script:not(head script)').length)).toBe(0);
    await page.close();
  });

  it('ignores window.postMessage from the page, whatever it says', async () => {
    const page = await openInjectionPage();
    await page.evaluate(() => {
      const messages = [
        { type: 'reveal', entityId: 'hmeimim-air-base', index: 0 },
        { type: 'moveMark', direction: 'next' },
        { type: 'settingsChanged' },
        { type: 'getFindings' },
        '{"type":"reveal","entityId":"hmeimim-air-base","index":0}',
      ];
      for (const m of messages) {
        window.postMessage(m, '*');
        window.dispatchEvent(new MessageEvent('message', { data: m, origin: location.origin }));
      }
    });
    await expectHoldsFor(async () => (await page.evaluateInShadow('backstory-card', cardState)) === null, 1_500, 'no card opens for a posted message');
    expect(await page.evaluate(() => ['ctx-focus', 'ctx-flash'].map((n) => CSS.highlights.get(n)?.size ?? 0))).toEqual([0, 0]);
    // The same request from the extension does work: the test above is not vacuous.
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    const replies = await ext.evaluate(async () => {
      const g = globalThis as any;
      const api = g.browser ?? g.chrome;
      const tabs = await api.tabs.query({});
      const out: unknown[] = [];
      for (const t of tabs) out.push(await api.tabs.sendMessage(t.id, { type: 'reveal', entityId: 'hmeimim-air-base', index: 0 }).catch(() => null));
      return out;
    });
    expect(replies, JSON.stringify(replies)).toContainEqual({ result: { revealed: true, total: expect.any(Number) } });
    await expect.poll(async () => (await page.evaluateInShadow('backstory-card', cardState))?.status ?? null, { timeout: TIMEOUT.quick }).not.toBeNull();
    await ext.close();
    await page.close();
  });

  it('gives a web page no way to message the background', async () => {
    const page = await openInjectionPage();
    // Chromium gives pages chrome.runtime.sendMessage(extensionId, …) for externally_connectable, which
    // the manifest does not declare; Firefox gives pages no runtime at all. Either way: it throws.
    const attempt = await page.evaluate((id) => {
      const g = globalThis as any;
      try {
        g.chrome.runtime.sendMessage(id, { type: 'setPrefs', prefs: { paused: true } });
        return 'sent';
      } catch (err) {
        return `threw: ${(err as Error).name}`;
      }
    }, new URL(env.browser.extensionOrigin).host);
    expect(attempt).toMatch(/^threw/);
    expect(await page.evaluate(() => typeof (globalThis as any).chrome?.runtime?.connect)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as any).browser?.runtime?.sendMessage)).toBe('undefined');
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    expect(await sendRaw(ext, { type: 'getStatus' })).toMatchObject({ result: { paused: false } });
    await ext.close();
    await page.close();
  });

  it('shows an imported file\'s markup as text on the options page and runs none of it', async () => {
    const ext = await env.browser.openExtensionPage('popup.html', '#app');
    expect(await sendRaw(ext, { type: 'importUserData', data: hostileUserData() })).toMatchObject({ result: { added: expect.any(Number) } });
    expect(await pwned(ext)).toBeNull();
    await ext.close();
    const options = await env.browser.openExtensionPage('options.html', 'h1');
    await expect.poll(() => options.evaluate(() => document.body.textContent ?? ''), { timeout: TIMEOUT.ui }).toContain(FILE_PAYLOADS[3]);
    const text = await options.evaluate(() => document.body.textContent ?? '');
    for (const payload of FILE_PAYLOADS) expect(text).toContain(payload);
    expect(await options.evaluate(() => document.querySelectorAll('#app img, #app script, #app svg, [onerror], [onload]').length)).toBe(0);
    expect(await options.evaluate(() => [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length)).toBe(0);
    await expectHoldsFor(async () => (await pwned(options)) === null, 300, 'nothing from the file runs');
    await options.close();
  });
});
