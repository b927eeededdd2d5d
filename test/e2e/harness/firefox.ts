import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TIMEOUT } from './driver';
import { firefoxBuild } from './paths';

export const FIREFOX = '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** Opens one of the extension's pages in a tab and waits for `selector`. */
  openExtensionPage(file: string, selector: string): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extraPrefs?: Record<string, unknown>;
  /**
   * A profile directory kept across launches. The build is then installed permanently in it, as a user's
   * add-on is, so its data survives a restart. Without it: a throwaway profile and a temporary add-on,
   * which Firefox uninstalls (data and all) when it quits.
   */
  profile?: string;
}

/** Firefox ESR over WebDriver BiDi with the Firefox build installed. Fails, never skips, without it. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is not installed at ${FIREFOX}: run .ci/run or apt-get install firefox-esr`);
  const manifestFile = `${firefoxBuild}/manifest.json`;
  if (!existsSync(manifestFile)) throw new Error('extension-firefox/ is not built: run npm run build');
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id as string;
  // A kept profile keeps its UUID too: the extension's IndexedDB lives under moz-extension+++<uuid>.
  const uuid = options.profile ? profileUuid(options.profile) : randomUUID();
  if (options.profile) installInProfile(options.profile, geckoId);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Puppeteer rewrites user.js with the prefs below on each launch and, on close, puts back the prefs.js
    // it found (none on a first launch); the rest of the profile, add-on data included, is Firefox's own.
    ...(options.profile ? { userDataDir: options.profile } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Content scripts need the site permission granted without a prompt.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
      // For the add-on in the profile: ESR loads it unsigned, and enables the profile's add-ons unasked.
      ...(options.profile ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0 } : {}),
      ...options.extraPrefs,
    },
  });
  if (!options.profile) await browser.installExtension(firefoxBuild);
  return {
    browser,
    uuid,
    async openExtensionPage(file, selector) {
      const page = await browser.newPage();
      // Firefox rejects goto on moz-extension pages with "Frame detached": do not await it.
      void page.goto(`moz-extension://${uuid}/${file}`).catch(() => undefined);
      // Poll rather than waitForSelector: while the page swaps documents, WebDriver BiDi can fail a
      // pending evaluation with a protocol error instead of retrying it.
      const deadline = Date.now() + TIMEOUT.ui;
      for (;;) {
        // Ask the document itself: the page object's URL is not kept up to date for extension pages.
        const href = await page.evaluate(() => location.href).catch(() => '');
        const found = href.startsWith(`moz-extension://${uuid}/${file}`) && (await page.$(selector).catch(() => null));
        if (found) return page;
        if (Date.now() > deadline) throw new Error(`moz-extension://${uuid}/${file} did not show ${selector} within ${TIMEOUT.ui / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
}

/**
 * Installs the build the way Firefox finds a side-loaded add-on: a "proxy file" named after the gecko id
 * in <profile>/extensions/, holding the unpacked build's path. Firefox installs it at startup into the
 * profile (location app-profile, not temporary) and loads it from there on every later start.
 */
function installInProfile(profile: string, geckoId: string): void {
  mkdirSync(path.join(profile, 'extensions'), { recursive: true });
  writeFileSync(path.join(profile, 'extensions', geckoId), firefoxBuild);
}

/** The UUID chosen on the profile's first launch, kept in the profile so later launches pin the same one. */
function profileUuid(profile: string): string {
  const file = path.join(profile, 'backstory-test-uuid');
  if (!existsSync(file)) writeFileSync(file, randomUUID());
  return readFileSync(file, 'utf8');
}
