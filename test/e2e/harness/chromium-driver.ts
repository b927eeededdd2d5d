import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { inputFileBytes, shadowCallSource, TIMEOUT, type BrowserDriver, type LaunchOptions, type TestFrame, type TestPage } from './driver';
import { screenshotPath } from './paths';

/** Chromium (Debian's, through playwright-core) behind the shared driver interface. */
export async function chromiumDriver(options: LaunchOptions = {}): Promise<BrowserDriver> {
  const start = () =>
    launchChromium({
      profile: options.profile,
      colorScheme: options.colorScheme,
      extraArgs: options.chromiumArgs,
      blockExternal: options.blockExternal,
      extensionDir: options.extensionDir,
    });
  let session = await start();
  // Requests blocked by sessions before a restart: the list covers the driver's whole life.
  const earlier: string[] = [];
  const initScripts: string[] = [];

  const driver: BrowserDriver = {
    name: 'chromium',
    get extensionOrigin() {
      return `chrome-extension://${session.extensionId}`;
    },
    get blockedRequests() {
      return [...earlier, ...session.blockedRequests];
    },
    profile: options.profile,
    async newPage() {
      return wrapPage(await session.context.newPage());
    },
    async existingPage() {
      const page = session.context.pages()[0];
      return page && wrapPage(page);
    },
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return wrapPage(page);
    },
    async openExtensionPage(file, selector = 'body') {
      const page = await session.openExtensionPage(file);
      await page.waitForSelector(selector, { state: 'attached', timeout: TIMEOUT.ui });
      return wrapPage(page);
    },
    async waitForNewPage(action) {
      const [page] = await Promise.all([session.context.waitForEvent('page', { timeout: TIMEOUT.ui }), action()]);
      await page.waitForLoadState('domcontentloaded');
      return wrapPage(page);
    },
    async addInitScript(source) {
      initScripts.push(source);
      await session.context.addInitScript(source);
    },
    async reloadExtension() {
      // What chrome://extensions's Reload button calls. Developer mode must be on, as it is for anyone
      // who loads an unpacked build: without it Chromium disables a reloaded developer extension.
      const page = await session.context.newPage();
      try {
        await page.goto('chrome://extensions');
        const outcome = await page.evaluate(async (id) => {
          const dev = (globalThis as any).chrome.developerPrivate;
          await new Promise((resolve) => dev.updateProfileConfiguration({ inDeveloperMode: true }, resolve));
          return new Promise<string>((resolve) =>
            dev.reload(id, { failQuietly: true }, () => resolve((globalThis as any).chrome.runtime.lastError?.message ?? 'reloaded')),
          );
        }, session.extensionId);
        if (outcome !== 'reloaded') throw new Error(`Chromium refused to reload the extension: ${outcome}`);
      } finally {
        await page.close();
      }
    },
    async restart() {
      if (!options.profile) throw new Error('restart() needs a kept profile');
      earlier.push(...session.blockedRequests);
      await session.close();
      session = await start();
      for (const script of initScripts) await session.context.addInitScript(script);
    },
    close: () => session.close(),
    get native() {
      return { name: 'chromium' as const, context: session.context, worker: session.worker, extensionId: session.extensionId };
    },
  };
  return driver;
}

function wrapPage(page: Page): TestPage {
  return {
    browser: 'chromium',
    url: async () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'],
    evaluateInShadow: (selector, fn, arg) => evaluateInShadow(page, selector, fn, arg),
    async waitFor(fn, arg, timeout = TIMEOUT.ui) {
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg as unknown, { timeout });
    },
    async waitForSelector(selector, timeout = TIMEOUT.ui) {
      await page.waitForSelector(selector, { state: 'attached', timeout });
    },
    move: (p, steps = 1) => page.mouse.move(p.x, p.y, { steps }),
    click: (p) => page.mouse.click(p.x, p.y),
    clickSelector: (selector) => page.click(selector, { timeout: TIMEOUT.ui }),
    press: (key) => page.keyboard.press(key),
    type: (text, delay = 20) => page.keyboard.type(text, { delay }),
    setInputFile: (selector, file) =>
      page.locator(selector).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: inputFileBytes(file) }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async download(action, timeout = TIMEOUT.ui) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
      const bytes = readFileSync((await download.path())!);
      return { filename: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
    },
    frames: () => page.frames().map((f) => ({ url: () => f.url(), evaluate: ((fn: () => unknown) => f.evaluate(fn)) as TestFrame['evaluate'] })),
    onProblem(listener) {
      page.on('pageerror', (err) => listener('pageerror', err.message));
      page.on('console', (msg) => listener(msg.type(), msg.text()));
    },
    async screenshot(name, options = {}) {
      const path = screenshotPath(`${name}-chromium`);
      await page.screenshot({ path, ...options });
      return path;
    },
    reload: async () => {
      await page.reload();
    },
    isClosed: () => page.isClosed(),
    close: () => page.close(),
    native: { name: 'chromium', page },
  };
}

/**
 * Chromium: in an isolated world of the test's own (the page's built-ins may be booby-trapped), the host
 * element's shadow root, closed too, through the DevTools protocol — `DOM.describeNode` with `pierce`
 * lists it, `DOM.resolveNode` hands it to that world — then the function on it.
 */
async function evaluateInShadow<A, R>(page: Page, selector: string, fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<Awaited<R>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'backstory-test-probe' });
    const host = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})`, contextId: executionContextId });
    let rootId: string | undefined;
    if (host.result.objectId) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (shadow) rootId = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId })).object.objectId;
    }
    const argJson = JSON.stringify(arg ?? null);
    const source = shadowCallSource(fn as never);
    const reply = rootId
      ? await cdp.send('Runtime.callFunctionOn', {
          objectId: rootId,
          functionDeclaration: `function (argJson) { return (${source})(this, argJson); }`,
          arguments: [{ value: argJson }],
          returnByValue: true,
          awaitPromise: true,
        })
      : await cdp.send('Runtime.evaluate', {
          expression: `(${source})(null, ${JSON.stringify(argJson)})`,
          contextId: executionContextId,
          returnByValue: true,
          awaitPromise: true,
        });
    if (reply.exceptionDetails) throw new Error(`evaluateInShadow: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return JSON.parse(reply.result.value as string) as Awaited<R>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
