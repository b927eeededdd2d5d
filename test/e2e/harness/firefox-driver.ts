import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { inputFileBytes, LOCAL_URL, shadowCallSource, sleep, TIMEOUT, type BrowserDriver, type LaunchOptions, type TestFrame, type TestPage } from './driver';
import { launchFirefox, type FirefoxSession } from './firefox';
import { screenshotPath, tempProfile } from './paths';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * Firefox ESR (puppeteer-core over WebDriver BiDi) behind the shared driver interface. Where Puppeteer's
 * Firefox support differs from Playwright's Chromium, this file makes up the difference, so tests do not.
 */
export async function firefoxDriver(options: LaunchOptions = {}): Promise<BrowserDriver> {
  // Playwright emulates the colour scheme per page; Firefox reads it from these prefs (0 dark, 1 light).
  const dark = options.colorScheme === 'dark';
  const prefs = {
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
    ...options.firefoxPrefs,
  };
  // Downloads go to a folder of the driver's own, without asking (see `download` below).
  const downloads = tempProfile('firefox-downloads');
  Object.assign(prefs, {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
  });
  const start = () => launchFirefox({ profile: options.profile, extraPrefs: prefs, extensionDir: options.extensionDir });
  let session: FirefoxSession = await start();
  const blockedRequests: string[] = [];
  const initScripts: string[] = [];
  const block = options.blockExternal !== false;

  /** A web-page tab: the Chromium viewport, the init scripts, and (Playwright's context.route) external requests aborted. */
  async function webPage(): Promise<Page> {
    const page = await session.browser.newPage();
    await page.setViewport(VIEWPORT);
    for (const script of initScripts) await page.evaluateOnNewDocument(script);
    if (block) {
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        if (request.isInterceptResolutionHandled()) return;
        if (LOCAL_URL.test(request.url())) void request.continue();
        else {
          blockedRequests.push(request.url());
          void request.abort();
        }
      });
    }
    return page;
  }

  const driver: BrowserDriver = {
    name: 'firefox',
    get extensionOrigin() {
      return `moz-extension://${session.uuid}`;
    },
    blockedRequests,
    profile: options.profile,
    async newPage() {
      return wrapPage(downloads, await webPage());
    },
    async existingPage() {
      const [page] = await session.browser.pages();
      return page && wrapPage(downloads, page);
    },
    async open(url) {
      const page = await webPage();
      // Some real pages start navigations of their own (frames, beacons to hosts that do not resolve
      // here), which WebDriver BiDi reports as a failed navigation although the document itself loaded.
      await page.goto(url, { waitUntil: 'domcontentloaded' }).catch((err: unknown) => {
        if (!String(err).includes('Address rejected')) throw err;
      });
      await page.waitForFunction(
        (u: string) => location.href.split('#')[0] === u.split('#')[0] && document.readyState !== 'loading',
        { timeout: TIMEOUT.ui },
        url,
      );
      return wrapPage(downloads, page);
    },
    async openExtensionPage(file, selector = 'body') {
      const page = await session.openExtensionPage(file, selector);
      await page.setViewport(VIEWPORT);
      return wrapPage(downloads, page);
    },
    async waitForNewPage(action) {
      const before = new Set(session.browser.targets());
      const [target] = await Promise.all([
        session.browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: TIMEOUT.ui }),
        action(),
      ]);
      const page = (await target.page())!;
      // The new tab starts as about:blank before its document arrives.
      const deadline = Date.now() + TIMEOUT.ui;
      while (Date.now() < deadline) {
        const ready = await page.evaluate(() => location.href !== 'about:blank' && document.readyState !== 'loading').catch(() => false);
        if (ready) break;
        await sleep(100);
      }
      return wrapPage(downloads, page);
    },
    async addInitScript(source) {
      initScripts.push(source);
    },
    async reloadExtension() {
      // about:debugging's Reload and runtime.reload() both reload the add-on from its folder. The page
      // that asks goes away with the old instance, so its evaluate may never answer.
      const page = await driver.openExtensionPage('options.html');
      await Promise.race([page.evaluate(() => (globalThis as any).browser.runtime.reload()).catch(() => undefined), sleep(1000)]);
      if (!page.isClosed()) await page.close().catch(() => undefined);
    },
    async restart() {
      if (!options.profile) throw new Error('restart() needs a kept profile');
      await session.close();
      session = await start();
    },
    close: () => session.close(),
    get native() {
      return { name: 'firefox' as const, browser: session.browser, uuid: session.uuid };
    },
  };
  return driver;
}

/** Playwright's chord notation ('Alt+Shift+KeyN') pressed with Puppeteer's down/press/up. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

function wrapPage(downloads: string, page: Page): TestPage {
  // Ask the document itself: Puppeteer's page.url() is not kept up to date for extension pages.
  const url = () => page.evaluate(() => location.href).catch(() => page.url());
  return {
    browser: 'firefox',
    url,
    async goto(to) {
      await page.goto(to, { waitUntil: 'domcontentloaded' }).catch((err: unknown) => {
        if (!String(err).includes('Address rejected')) throw err;
      });
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'],
    evaluateInShadow: (selector, fn, arg) => evaluateInShadow(page, selector, fn, arg),
    async waitFor(fn, arg, timeout = TIMEOUT.ui) {
      await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout }, arg as unknown);
    },
    async waitForSelector(selector, timeout = TIMEOUT.ui) {
      await page.waitForSelector(selector, { timeout });
    },
    move: (p, steps = 1) => page.mouse.move(p.x, p.y, { steps }),
    click: (p) => page.mouse.click(p.x, p.y),
    clickSelector: (selector) => page.click(selector),
    press: (key) => pressChord(page, key),
    type: (text, delay = 20) => page.keyboard.type(text, { delay }),
    async setInputFile(selector, file) {
      // WebDriver BiDi sets files by path: write the file where Firefox can read it.
      const filePath = path.join(tempProfile('upload'), file.name);
      writeFileSync(filePath, inputFileBytes(file));
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector} to give ${file.name} to`);
      await input.uploadFile(filePath);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    async download(action, timeout = TIMEOUT.ui) {
      // Puppeteer has no download event over WebDriver BiDi (and sets a download folder only for new
      // browser contexts): Firefox saves into the driver's folder (prefs above); the new file there is it.
      const before = new Set(readdirSync(downloads));
      await action();
      const deadline = Date.now() + timeout;
      for (;;) {
        const done = readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part') && statSync(path.join(downloads, f)).size > 0);
        if (done && !readdirSync(downloads).some((f) => f.endsWith('.part'))) {
          const bytes = readFileSync(path.join(downloads, done));
          return { filename: done, text: bytes.toString('utf8'), bytes };
        }
        if (Date.now() > deadline) throw new Error('no download arrived');
        await sleep(100);
      }
    },
    frames: () => page.frames().map((f) => ({ url: () => f.url(), evaluate: ((fn: () => unknown) => f.evaluate(fn)) as TestFrame['evaluate'] })),
    onProblem(listener) {
      page.on('pageerror', (err) => listener('pageerror', err instanceof Error ? err.message : String(err)));
      page.on('console', (msg) => listener(msg.type(), msg.text()));
    },
    async screenshot(name, options = {}) {
      const file = screenshotPath(`${name}-firefox`) as `${string}.png`;
      await page.screenshot({ path: file, ...options });
      return file;
    },
    async reload() {
      // Like goto, reload of a moz-extension page can reject with "Frame detached": mark the old
      // document, reload from inside, and wait for a new one.
      await page.evaluate(() => {
        (window as unknown as { __beforeReload: boolean }).__beforeReload = true;
        setTimeout(() => location.reload(), 0);
      });
      const deadline = Date.now() + TIMEOUT.ui;
      for (;;) {
        const fresh = await page
          .evaluate(() => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && document.readyState !== 'loading')
          .catch(() => false);
        if (fresh) return;
        if (Date.now() > deadline) throw new Error('the page did not reload');
        await sleep(100);
      }
    },
    isClosed: () => page.isClosed(),
    close: () => page.close(),
    native: { name: 'firefox', page },
  };
}

/** What `evaluateInShadow` needs of Puppeteer's WebDriver BiDi realm (not in its public types). */
interface BidiRealm {
  callFunction(
    declaration: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: 'success'; result: { type: string; value?: any } } | { type: 'exception'; exceptionDetails: { text: string } }>;
}

/**
 * Firefox: in Puppeteer's own sandbox (the page's built-ins may be booby-trapped), WebDriver BiDi
 * serialises an element with its shadow root, closed too, when asked to (`includeShadowTree: 'all'`);
 * the root's shared id is then passed back to the function.
 */
async function evaluateInShadow<A, R>(page: Page, selector: string, fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<Awaited<R>> {
  const realm = (page.mainFrame() as unknown as { isolatedRealm(): { realm: BidiRealm } }).isolatedRealm().realm;
  const host = await realm.callFunction('(selector) => document.querySelector(selector)', true, {
    arguments: [{ type: 'string', value: selector }],
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'root',
  });
  if (host.type === 'exception') throw new Error(`evaluateInShadow: ${host.exceptionDetails.text}`);
  const rootId = host.result.value?.shadowRoot?.sharedId as string | undefined;
  const reply = await realm.callFunction(shadowCallSource(fn as never), true, {
    arguments: [rootId ? { sharedId: rootId } : { type: 'null' }, { type: 'string', value: JSON.stringify(arg ?? null) }],
  });
  if (reply.type === 'exception') throw new Error(`evaluateInShadow: ${reply.exceptionDetails.text}`);
  return JSON.parse(reply.result.value as string) as Awaited<R>;
}
