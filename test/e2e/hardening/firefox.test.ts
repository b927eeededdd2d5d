/**
 * The hardening checks in Firefox ESR, one browser for all: no request leaves 127.0.0.1 from any context
 * (every other address is sent to a recording proxy, so background, extension pages and content scripts
 * are all covered); markup in page text and in an imported file is shown as text and never runs; user
 * settings survive an export/import round trip.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from '../harness/extension-page';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';
import { startServer, type TestServer } from '../harness/server';
import { markedTexts } from './hostile-probes';
import { FILE_PAYLOADS, hostileUserData } from './injection-payloads';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

let firefox: FirefoxSession;
let server: TestServer;
let proxy: RecordingProxy;

beforeAll(async () => {
  server = await startServer();
  proxy = await startRecordingProxy();
  firefox = await launchFirefox({ extraPrefs: proxyPrefs(proxy.port) });
  const ext = await firefox.openExtensionPage('popup.html', '#app');
  expect(await sendRaw(ext, { type: 'setPrefs', prefs: { markMode: 'all' } })).toHaveProperty('result');
  await ext.close();
});
afterAll(async () => {
  await firefox?.close();
  await Promise.all([server?.close(), proxy?.close()]);
});

async function open(path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' }).catch((err: unknown) => {
    if (!String(err).includes('Address rejected')) throw err;
  });
  await page.waitForFunction(() => performance.getEntriesByName('backstory-scan').length > 0, { timeout: 45_000 });
  return page;
}

/** Firefox's own background traffic, if any slips past the automation prefs: not ours. */
const firefoxOwn = (r: string) => /(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|services\.mozilla)/.test(r);

describe('hardening in Firefox ESR', () => {
  it('no request leaves 127.0.0.1 while browsing, searching, reading and setting', async () => {
    for (const path of ['/seed/000_765fff5e320db609.html', '/seed/003_3db1887f22c04c2b.html', '/pages/hostile-rtl.html']) {
      const page = await open(path);
      await page.close();
    }
    const popup = await firefox.openExtensionPage('popup.html', '#app');
    expect(JSON.stringify(await sendRaw(popup, { type: 'search', query: 'Khmeimim' }))).toContain('result');
    await popup.close();
    const search = await firefox.openExtensionPage('search.html?q=Tartus', '[role=option]');
    await search.close();
    const options = await firefox.openExtensionPage('options.html', 'h1');
    await options.close();
    const reader = await firefox.openExtensionPage('reader.html?article=000_765fff5e320db609', 'h1');
    await reader.close();
    expect(proxy.requests.filter((r) => !firefoxOwn(r))).toEqual([]);
  }, 120_000);

  it('sanity: the proxy sees a request from an extension page and from a page', async () => {
    const ext = await firefox.openExtensionPage('popup.html', '#app');
    await ext.evaluate(() => fetch('https://example.com/canary-extension-page').then(() => 0, () => 0));
    await ext.close();
    const page = await open('/seed/001_bac239f258cd2375.html');
    await page.evaluate(() => fetch('http://example.net/canary-page').then(() => 0, () => 0));
    await page.close();
    await expect.poll(() => proxy.requests, { timeout: 5000 }).toEqual(expect.arrayContaining(['CONNECT example.com:443', 'http://example.net/canary-page']));
  });

  it('marks names beside markup in page text and runs none of it', async () => {
    const page = await open('/pages/hostile-injection.html');
    const marks = await page.evaluate(markedTexts);
    for (const id of ['img', 'script', 'js', 'svg']) expect(marks.some((m) => m.where === id && m.text.startsWith('Hmeimim')), id).toBe(true);
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => document.getElementById('img')!.textContent)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => typeof (globalThis as any).browser?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });

  it('shows an imported file\'s markup as text on the options page', async () => {
    const ext = await firefox.openExtensionPage('popup.html', '#app');
    expect(await sendRaw(ext, { type: 'importUserData', data: hostileUserData() })).toHaveProperty('result');
    await ext.close();
    const options = await firefox.openExtensionPage('options.html', 'h1');
    await options.waitForFunction((p: string) => document.body.textContent?.includes(p), { timeout: 15_000 }, FILE_PAYLOADS[3]!);
    const text = await options.evaluate(() => document.body.textContent ?? '');
    for (const payload of FILE_PAYLOADS) expect(text).toContain(payload);
    expect(await options.evaluate(() => document.querySelectorAll('#app img, #app script, #app svg, [onerror], [onload]').length)).toBe(0);
    expect(await options.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
    await options.close();
  });

  it('round-trips settings through export and import', async () => {
    const ext = await firefox.openExtensionPage('popup.html', '#app');
    const call = async (m: unknown) => {
      const reply = (await sendRaw(ext, m)) as { result?: unknown; error?: string };
      expect(reply, reply.error).toHaveProperty('result');
      return reply.result;
    };
    const exported = await call({ type: 'exportUserData' });
    const before = await call({ type: 'listUserSettings' });
    await call({ type: 'removeSiteSetting', site: 'example.com' });
    await call({ type: 'setPrefs', prefs: { markMode: 'first' } });
    expect(await call({ type: 'listUserSettings' })).not.toEqual(before);
    await call({ type: 'importUserData', data: JSON.parse(JSON.stringify(exported)) });
    expect(await call({ type: 'listUserSettings' })).toEqual(before);
    await ext.close();
  });
});
