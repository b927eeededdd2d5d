/**
 * Storage faults in Chromium, where only a real browser can show them (the logic itself is unit-tested in
 * test/unit/storage/): settings survive a browser restart; a service worker stopped in the middle of a
 * large import leaves all or nothing; our open connection never blocks a newer version of the database;
 * export → change → import restores the settings exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness/chromium';
import { sendRaw } from '../harness/extension-page';
import { tempProfile } from '../harness/paths';
import { startServer, type TestServer } from '../harness/server';
import { markCount } from './hostile-probes';

type Session = ChromiumSession & { blockedRequests: string[] };
const profile = tempProfile('storage');
let server: TestServer;
let session: Session | undefined;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await session?.close().catch(() => undefined);
  await server?.close();
});

async function call(s: Session, message: unknown): Promise<any> {
  const ext = await s.openExtensionPage('popup.html');
  try {
    return await sendRaw(ext, message);
  } finally {
    await ext.close();
  }
}
const ok = async (s: Session, message: unknown) => {
  const reply = await call(s, message);
  expect(reply, JSON.stringify(reply).slice(0, 300)).toHaveProperty('result');
  return reply.result;
};

/** A valid user-data file with `n` hidden names. */
function bigFile(n: number) {
  return {
    format: 'backstory-user-data', version: 1, exportedAt: '2025-10-20T10:00:00.000Z', siteSettings: [], prefs: {},
    hiddenNames: Array.from({ length: n }, (_, i) => ({ site: 'example.org', entityId: `entity-${i}`, createdAt: 1760954400000 })),
  };
}

describe('storage faults (Chromium)', () => {
  let saved: unknown;

  it('keeps site switches, hidden names and preferences across a browser restart', async () => {
    session = await launchChromium({ profile });
    await ok(session, { type: 'setSiteEnabled', url: `${server.url}/`, enabled: false, scope: 'host' });
    await ok(session, { type: 'hideName', url: 'https://news.example.com/a', entityId: 'hmeimim-air-base', alias: 'Khmeimim' });
    await ok(session, { type: 'setPrefs', prefs: { markMode: 'all' } });
    saved = await ok(session, { type: 'listUserSettings' });
    await session.close();

    session = await launchChromium({ profile });
    expect(await ok(session, { type: 'listUserSettings' })).toEqual(saved);
    // And they still act: the local site is off, so a seed page gets no marks.
    expect(await ok(session, { type: 'getPageSettings', url: `${server.url}/seed/x.html` })).toMatchObject({ enabled: false, reason: 'site' });
    const page = await session.context.newPage();
    await page.goto(`${server.url}/seed/000_765fff5e320db609.html`);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(markCount)).toBe(0);
    await page.close();
  });

  it('round-trips settings through export and import', async () => {
    const s = session!;
    const exported = await ok(s, { type: 'exportUserData' });
    const before = await ok(s, { type: 'listUserSettings' });
    await ok(s, { type: 'setSiteEnabled', url: 'https://www.bbc.co.uk/news', enabled: false, scope: 'domain' });
    await ok(s, { type: 'unhideName', site: 'news.example.com', entityId: 'hmeimim-air-base' });
    await ok(s, { type: 'removeSiteSetting', site: 'bbc.co.uk' });
    await ok(s, { type: 'setPrefs', prefs: { markMode: 'first' } });
    expect(await ok(s, { type: 'listUserSettings' })).not.toEqual(before);
    // Through JSON text, as the options page reads a file.
    await ok(s, { type: 'importUserData', data: JSON.parse(JSON.stringify(exported)) });
    expect(await ok(s, { type: 'listUserSettings' })).toEqual(before);
  });

  it('leaves all or nothing of a large import when the service worker is stopped in the middle', async () => {
    const s = session!;
    const ext = await s.openExtensionPage('popup.html');
    const cdp = await s.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    const before = (await ok(s, { type: 'listUserSettings' })).hiddenNames.length;
    // Send the import, then stop every service worker while it is being validated and written.
    const reply = ext.evaluate((file) => (globalThis as any).chrome.runtime.sendMessage({ type: 'importUserData', data: file }).then(
      (r: unknown) => ({ reply: r }), (e: Error) => ({ failed: e.message })), bigFile(20_000));
    await ext.waitForTimeout(60);
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The reply may never come once its worker is gone.
    const outcome = await Promise.race([reply, new Promise((r) => setTimeout(() => r('no reply'), 5000))]);
    const t0 = Date.now();
    const after = (await ok(s, { type: 'listUserSettings' })).hiddenNames.length;
    console.log(`listUserSettings after the stop: ${Date.now() - t0} ms, ${after} hidden names`);
    // Whatever the outcome, never a partial write.
    expect([before, before + 20_000], JSON.stringify(outcome).slice(0, 200)).toContain(after);
    // The worker comes back on the next message and serves the corpus from IndexedDB.
    expect(await ok(s, { type: 'getStatus' })).toMatchObject({ backend: 'indexeddb', articleCount: 5 });
    // Put the settings back as they were for the next test.
    await ok(s, { type: 'removeSiteSetting', site: '127.0.0.1' });
    await ext.close();
  });

  it('never blocks a newer version of the database: our connection steps aside, and the extension falls back', async () => {
    const s = session!;
    await ok(s, { type: 'setSiteEnabled', url: 'https://news.example.com/', enabled: false, scope: 'host' });
    await ok(s, { type: 'getStatus' }); // the worker holds an open connection now
    const ext = await s.openExtensionPage('popup.html');
    const result = await ext.evaluate(() => new Promise<{ version: number; blocked: boolean }>((resolve, reject) => {
      let blocked = false;
      const request = indexedDB.open('backstory', 99);
      request.onblocked = () => { blocked = true; };
      request.onsuccess = () => { const db = request.result; db.onversionchange = () => db.close(); resolve({ version: db.version, blocked }); };
      request.onerror = () => reject(request.error);
      setTimeout(() => reject(new Error('upgrade still blocked after 10 s')), 10_000);
    }));
    expect(result.version).toBe(99);
    // The extension keeps answering from the bundled corpus instead of touching a database it does not know.
    const search = await ok(s, { type: 'search', query: 'Hmeimim' });
    expect(JSON.stringify(search)).toContain('Hmeimim');
    // The settings are still read from the newer database (opened as it is): a site switched off stays off,
    // and the others are marked with the user's own preferences.
    expect(await ok(s, { type: 'getPageSettings', url: 'https://news.example.com/a' })).toMatchObject({ enabled: false, reason: 'site' });
    expect(await ok(s, { type: 'getPageSettings', url: `${server.url}/seed/x.html` })).toMatchObject({ enabled: true, markMode: 'all' });
    const page = await s.context.newPage();
    await page.goto(`${server.url}/seed/001_bac239f258cd2375.html`);
    await expect.poll(() => page.evaluate(markCount), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
    await ext.close();
  });
});
