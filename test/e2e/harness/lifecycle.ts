import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { launchFirefox, type FirefoxSession } from './firefox';
import { startServer, type TestServer } from './server';

export interface ChromiumFile {
  browser: ChromiumSession & { blockedRequests: string[] };
  server: TestServer;
}

export interface FirefoxFile {
  firefox: FirefoxSession;
  server: TestServer;
}

/**
 * A test server and Chromium with the build, shared by a file's tests: started before the first,
 * closed after the last. The fields are there once `beforeAll` has run. `setup` runs after both start.
 */
export function useChromium(setup?: (env: ChromiumFile) => Promise<void>): ChromiumFile {
  const env = {} as ChromiumFile;
  beforeAll(async () => {
    env.server = await startServer();
    env.browser = await launchChromium();
    await setup?.(env);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The same for Firefox ESR (a throwaway profile, the build as a temporary add-on). */
export function useFirefox(): FirefoxFile {
  const env = {} as FirefoxFile;
  beforeAll(async () => {
    env.server = await startServer();
    env.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await env.firefox?.close();
    await env.server?.close();
  });
  return env;
}
