import { expect, it } from 'vitest';
import { badgeOfOtherTab, sendRaw } from './harness/extension-page';
import { forEachBrowser, TIMEOUT, useBrowser } from './harness/lifecycle';

const SEED = '/seed/003_3db1887f22c04c2b.html';

forEachBrowser('extension skeleton', (name) => {
  const env = useBrowser(name);

  it('starts the background of the built extension', async () => {
    const native = env.browser.native;
    if (native.name === 'chromium') {
      expect(native.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    } else {
      // Firefox MV3 has no background service worker to observe (the manifest's background.scripts run as
      // an event page, which WebDriver BiDi does not list): the installed add-on is shown by its origin
      // answering, and the background by a reply from it.
      expect(env.browser.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
      const ext = await env.browser.openExtensionPage('popup.html');
      expect(await ext.evaluate(() => location.href)).toBe(`${env.browser.extensionOrigin}/popup.html`);
      expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
      await ext.close();
    }
  });

  it('runs the content script on a served page and gets a reply from the background (badge set)', async () => {
    // Reuse the window's first tab, so the seed page is the only tab besides the extension page.
    const page = (await env.browser.existingPage()) ?? (await env.browser.newPage());
    await page.goto(env.server.url + SEED);
    const ext = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => badgeOfOtherTab(ext), { timeout: TIMEOUT.ui }).toMatch(/^[1-9]\d*$/);
    await page.screenshot('skeleton-seed-page');
    await ext.close();
  });

  it('answers a well-formed request', async () => {
    const ext = await env.browser.openExtensionPage('popup.html');
    expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
    await ext.close();
  });

  it('rejects malformed messages with an {error} reply and changes nothing', async () => {
    const ext = await env.browser.openExtensionPage('popup.html');
    const url = `${env.server.url}${SEED}`;
    const before = await sendRaw(ext, { type: 'getPageSettings', url });
    expect(before).toMatchObject({ result: { enabled: true } });

    const bad = [
      { type: 'setSiteEnabled', url, enabled: 'no', scope: 'domain' },
      { type: 'setSiteEnabled', url: 'javascript:alert(1)', enabled: false, scope: 'domain' },
      { type: 'setSiteEnabled', url, enabled: false, scope: 'domain', extra: 1 },
      { type: 'setSiteEnabled', url: 'not a url', enabled: 1 },
      { type: 'noSuchRequest' },
      'setSiteEnabled',
      null,
    ];
    for (const message of bad) {
      const reply = (await sendRaw(ext, message)) as { error?: string; result?: unknown };
      expect(reply.error, JSON.stringify(message)).toMatch(/Malformed message|Rejected/);
      expect(reply.result).toBeUndefined();
    }
    expect((await sendRaw(ext, { type: 'setSiteEnabled', url: 'not a url', enabled: 1 })) as { error?: string }).toMatchObject({ error: expect.stringMatching(/Malformed message/) });
    expect(await sendRaw(ext, { type: 'getPageSettings', url })).toEqual(before);
    // The background still answers after all that.
    expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
    await ext.close();
  });
});
