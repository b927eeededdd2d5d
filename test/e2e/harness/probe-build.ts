/**
 * The real build plus what a test needs to run code in the content script's own world: the `scripting`
 * permission and host access to the test server. `scripting.executeScript` then runs a function in the
 * world Backstory's content script lives in (the extension's isolated world), so its messages reach the
 * background exactly as the content script's do. Nothing else differs: the receiver under test is the
 * shipped one.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserName } from './driver';
import { chromeBuild, firefoxBuild, tempProfile } from './paths';

export function buildWithContentWorldAccess(name: BrowserName): string {
  const dir = tempProfile(`probe-build-${name}`);
  cpSync(name === 'chromium' ? chromeBuild : firefoxBuild, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions: string[]; host_permissions?: string[] };
  manifest.permissions = [...manifest.permissions, 'scripting'];
  manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Runs in an extension page: sends each message from the content script's world of tab `tabId` and
 * returns the raw replies. Self-contained (it is serialised into the page).
 */
export async function sendFromContentWorld(args: { tabId: number; messages: unknown[] }): Promise<unknown[]> {
  const g = globalThis as unknown as { browser?: any; chrome?: any };
  const api = g.browser ?? g.chrome;
  const [injection] = await api.scripting.executeScript({
    target: { tabId: args.tabId },
    args: [args.messages],
    func: async (messages: unknown[]) => {
      const world = globalThis as unknown as { browser?: any; chrome?: any };
      const runtime = (world.browser ?? world.chrome).runtime;
      const replies: unknown[] = [];
      for (const message of messages) replies.push(await runtime.sendMessage(message).catch((err: Error) => ({ thrown: String(err) })));
      return replies;
    },
  });
  return injection.result as unknown[];
}
