import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import { chromiumDriver } from './chromium-driver';
import { BROWSERS, type BrowserDriver, type BrowserName, type LaunchOptions } from './driver';
import { firefoxDriver } from './firefox-driver';
import { tempProfile } from './paths';
import { startServer, type TestServer } from './server';

export { BROWSERS, TIMEOUT, type BrowserDriver, type BrowserName, type TestPage } from './driver';

/** Starts `name` with the built extension. Fails, never skips, when the browser or the build is missing. */
export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserDriver> {
  return name === 'chromium' ? chromiumDriver(options) : firefoxDriver(options);
}

export interface BrowserEnv {
  browser: BrowserDriver;
  server: TestServer;
}

export interface UseBrowserOptions extends LaunchOptions {
  /** Keep a profile across `browser.restart()` (removed after the file). */
  keepProfile?: boolean;
  /** Headers the test server adds per path (a strict CSP). */
  headers?: (path: string) => Record<string, string>;
  /** Runs once both are up. */
  setup?: (env: BrowserEnv) => Promise<void>;
}

/**
 * A test server and `name` with the build, shared by a describe block's tests: started before the first,
 * closed after the last. The fields are there once `beforeAll` has run.
 */
export function useBrowser(name: BrowserName, options: UseBrowserOptions = {}): BrowserEnv {
  const env = {} as BrowserEnv;
  const profile = options.keepProfile ? tempProfile(`${name}-kept`) : options.profile;
  beforeAll(async () => {
    env.server = await startServer({ headers: options.headers });
    env.browser = await launch(name, { ...options, profile });
    await options.setup?.(env);
  });
  afterAll(async () => {
    await env.browser?.close().catch(() => undefined);
    await env.server?.close();
    if (options.keepProfile && profile) rmSync(profile, { recursive: true, force: true });
  });
  return env;
}

/**
 * The same behaviours for each browser: `forEachBrowser('context card', (name) => { … })` makes
 * "context card in chromium" and "context card in firefox".
 */
export function forEachBrowser(title: string, body: (name: BrowserName) => void): void {
  describe.each(BROWSERS)(`${title} in %s`, body);
}

