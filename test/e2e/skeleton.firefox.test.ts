import { describe, expect, it } from 'vitest';
import { badgeOfOtherTab, sendRaw } from './harness/extension-page';
import { useFirefox } from './harness/lifecycle';

const SEED = '/seed/003_3db1887f22c04c2b.html';

describe('extension skeleton in Firefox ESR', () => {
  const env = useFirefox();

  it('installs the Firefox build, runs the content script and gets a reply from the background', async () => {
    // Reuse the window's first tab, so the seed page is the only tab besides the extension page.
    const page = (await env.firefox.browser.pages())[0] ?? (await env.firefox.newPage());
    await page.goto(env.server.url + SEED);
    const ext = await env.firefox.openExtensionPage('popup.html', 'body');
    await expect.poll(() => badgeOfOtherTab(ext), { timeout: 20_000 }).toMatch(/^[1-9]\d*$/);
  });

  it('rejects a malformed message with an {error} reply', async () => {
    const ext = await env.firefox.openExtensionPage('popup.html', 'body');
    const reply = (await sendRaw(ext, { type: 'setSiteEnabled', url: 'not a url', enabled: 1 })) as { error?: string };
    expect(reply.error).toMatch(/Malformed message/);
    expect(await sendRaw(ext, { type: 'ping' })).toMatchObject({ result: { pong: true } });
  });
});
