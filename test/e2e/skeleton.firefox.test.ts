import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { badgeOfOtherTab, sendRaw } from './harness/extension-page';
import { startServer, type TestServer } from './harness/server';

const SEED = '/seed/003_3db1887f22c04c2b.html';

describe('extension skeleton in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the Firefox build, runs the content script and gets a reply from the background', async () => {
    // Reuse the window's first tab, so the seed page is the only tab besides the extension page.
    const page = (await firefox.browser.pages())[0] ?? (await firefox.newPage());
    await page.goto(server.url + SEED);
    const ext = await firefox.openExtensionPage('popup.html', 'body');
    await expect.poll(() => badgeOfOtherTab(ext), { timeout: 20_000 }).toMatch(/^[1-9]\d*$/);
  });

  it('rejects a malformed message with an {error} reply', async () => {
    const ext = await firefox.openExtensionPage('popup.html', 'body');
    const reply = (await sendRaw(ext, { type: 'setSiteEnabled', url: 'not a url', enabled: 1 })) as { error?: string };
    expect(reply.error).toMatch(/Malformed message/);
    expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
  });
});
