/**
 * The side panel's first read after the browser (and so the extension's worker) starts again: the corpus articles
 * the panel prepared before were stored (its own IndexedDB database, `backstory-panel`) and are read back, not
 * compiled again, and the panel shows exactly what it showed before the restart.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, TIMEOUT, useBrowser, type BrowserDriver, type TestPage } from './harness/lifecycle';
import { panelLines } from './panel-lines';
import { tabIdOf } from './user-corpus/user-corpus-helpers';

const NEWS = '/pages/panel-news.html';

/** The prepared articles stored, by id, with when each was stored (read from an extension page: same origin). */
function storedPrepared(): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstory-panel');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('articles')) return (db.close(), resolve({}));
      const all = db.transaction('articles', 'readonly').objectStore('articles').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(Object.fromEntries((all.result as Array<{ id: string; savedAt: number }>).map((r) => [r.id, r.savedAt])));
      };
    };
  });
}

/** The news page in a tab, and the panel page following it (as the side panel does). */
async function panelOnNews(browser: BrowserDriver, url: string): Promise<TestPage> {
  const news = await browser.open(url);
  const tab = await tabIdOf(browser, news);
  const probe = await browser.openExtensionPage('panel.html', '#app');
  const windowId = await probe.evaluate(async (id) => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.get(id)) as { windowId: number }).windowId, tab);
  await probe.close();
  const panel = await browser.openExtensionPage(`panel.html?tab=${tab}&window=${windowId}`, '#app');
  await panel.setViewport(440, 1000);
  await panel.evaluate(async (id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.update(id, { active: true }), tab);
  await expect.poll(async () => (await panel.evaluate(panelLines)).claims.length, { timeout: TIMEOUT.ui * 3 }).toBeGreaterThan(3);
  return panel;
}

forEachBrowser('side panel after a restart', (name) => {
  const env = useBrowser(name, { keepProfile: true });

  it('reads back the corpus articles it prepared before, and shows the same comparison', async () => {
    const before = await panelOnNews(env.browser, env.server.url + NEWS);
    const shown = await before.evaluate(panelLines);
    // The articles compared were stored once the answer was given.
    await expect.poll(async () => Object.keys(await before.evaluate(storedPrepared)).length, { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    const stored = await before.evaluate(storedPrepared);

    await env.browser.restart();
    const after = await panelOnNews(env.browser, env.server.url + NEWS);
    const again = await after.evaluate(panelLines);
    expect({ claims: again.claims, leftOut: again.leftOut, names: again.names }).toEqual({ claims: shown.claims, leftOut: shown.leftOut, names: shown.names });
    // None of them was prepared (and so stored) again: the restarted worker read them back.
    const now = await after.evaluate(storedPrepared);
    for (const [id, savedAt] of Object.entries(stored)) expect(now[id]).toBe(savedAt);
    // (the claims, as a person scrolls to them)
    await after.evaluate(() => document.querySelector('.bs-panel-claims')?.scrollIntoView({ block: 'start' }));
    await after.screenshot('panel-after-restart-claims');
  });
});
