import { describe, expect, it } from 'vitest';
import { badgeOfOtherTab, sendRaw } from './harness/extension-page';
import { screenshotPath } from './harness/paths';
import { useChromium } from './harness/lifecycle';

const SEED = '/seed/003_3db1887f22c04c2b.html';

describe('extension skeleton in Chromium', () => {
  const env = useChromium();

  it('starts the service worker of the built extension', () => {
    expect(env.browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('runs the content script on a served page and gets a reply from the background (badge set)', async () => {
    // Reuse the window's first tab, so the seed page is the only tab besides the extension page.
    const page = env.browser.context.pages()[0] ?? (await env.browser.context.newPage());
    await page.goto(env.server.url + SEED);
    const ext = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => badgeOfOtherTab(ext), { timeout: 15_000 }).toMatch(/^[1-9]\d*$/);
    await page.screenshot({ path: screenshotPath('skeleton-chromium-seed-page') });
  });

  it('answers a well-formed request', async () => {
    const ext = await env.browser.openExtensionPage('popup.html');
    expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
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
      { type: 'noSuchRequest' },
      'setSiteEnabled',
      null,
    ];
    for (const message of bad) {
      const reply = (await sendRaw(ext, message)) as { error?: string; result?: unknown };
      expect(reply.error, JSON.stringify(message)).toMatch(/Malformed message|Rejected/);
      expect(reply.result).toBeUndefined();
    }
    expect(await sendRaw(ext, { type: 'getPageSettings', url })).toEqual(before);
  });
});
