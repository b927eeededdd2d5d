/**
 * One small interface over the two browser drivers, so every behaviour file is written once and run in
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi). A test that truly needs
 * one browser's own machinery reaches it through `native`, in a branch that says why.
 */
import type { BrowserContext, Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * The one set of timeouts (ms). The machine has two cores shared with other test runs, Firefox is the
 * slower of the two to start a page, and a first scan waits for the corpus: generous, and the same for both.
 */
export const TIMEOUT = {
  /** A browser started and its extension running. */
  launch: 30_000,
  /** A page's first Backstory scan (cold corpus, large or hostile pages). */
  scan: 45_000,
  /** Hovering over a name until its card is open and filled. */
  card: 25_000,
  /** An extension page shown, a search answered, a reaction to a message or a setting. */
  ui: 20_000,
  /** A short reaction that must come soon (a redraw, a navigation seen). */
  quick: 10_000,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface LaunchOptions {
  /** A profile directory kept across `restart()` (and by the caller after close). Default: a throwaway one. */
  profile?: string;
  colorScheme?: 'light' | 'dark';
  /** Abort (and record in `blockedRequests`) every request that leaves 127.0.0.1. Default true. */
  blockExternal?: boolean;
  /** Chromium only: extra command-line switches (the net log). */
  chromiumArgs?: string[];
  /** A build folder other than the project's (the same build with another corpus: harness/corpus-build.ts). */
  extensionDir?: string;
  /** Firefox only: extra preferences (the recording proxy). */
  firefoxPrefs?: Record<string, unknown>;
}

/** The driver's own objects, for a per-browser branch (which must say why it is one). */
export type NativePage = { name: 'chromium'; page: PlaywrightPage } | { name: 'firefox'; page: PuppeteerPage };
export type NativeBrowser =
  | { name: 'chromium'; context: BrowserContext; worker: Worker; extensionId: string }
  | { name: 'firefox'; browser: PuppeteerBrowser; uuid: string };

/** A frame of a page (the page's own document or an iframe), to evaluate in. */
export interface TestFrame {
  url(): string;
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
}

/** A tab: a web page or one of the extension's pages. */
export interface TestPage {
  readonly browser: BrowserName;
  /** The document's address, asked of the document itself (Puppeteer's is stale for extension pages). */
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /**
   * Runs `fn` with the shadow root of the first `hostSelector` element, open or closed, reached as developer
   * tools reach it (CDP in Chromium, WebDriver BiDi in Firefox), in a world of the test's own beside the
   * page's (so a page that breaks its built-ins does not break the probe). Backstory's own roots are
   * closed, so the page cannot read them; a test, like a person with devtools open, can. `root` is null
   * when there is no such element or it has no shadow root. `arg` and the result cross as JSON.
   */
  evaluateInShadow<A, R>(hostSelector: string, fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  waitForSelector(selector: string, timeout?: number): Promise<void>;
  move(point: Point, steps?: number): Promise<void>;
  click(point: Point): Promise<void>;
  /** Clicks the centre of the first element matching `selector` (a trusted click, as a user's). */
  clickSelector(selector: string): Promise<void>;
  /** A key or chord in Playwright's notation: 'Tab', 'Escape', 'Alt+Shift+KeyN', 'Shift+Tab'. */
  press(key: string): Promise<void>;
  /** Types into the focused element, one key at a time. */
  type(text: string, delay?: number): Promise<void>;
  /** Gives `selector` a file as a user choosing it in the file picker would. */
  setInputFile(selector: string, file: InputFile): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `action` (a click that downloads) and returns the downloaded file, waiting `timeout` ms for it (TIMEOUT.ui). */
  download(action: () => Promise<unknown>, timeout?: number): Promise<{ filename: string; text: string; bytes: Uint8Array }>;
  frames(): TestFrame[];
  /** Calls `listener` with every uncaught error of the page and every console message (type, text). */
  onProblem(listener: (kind: 'pageerror' | string, text: string) => void): void;
  /** Saves test-results/screenshots/<name>-<browser>.png. */
  screenshot(name: string, options?: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<string>;
  reload(): Promise<void>;
  isClosed(): boolean;
  close(): Promise<void>;
  readonly native: NativePage;
}

/** A file a user picks: text, or bytes (a zip). */
export interface InputFile {
  name: string;
  mimeType: string;
  text?: string;
  bytes?: Uint8Array;
}

/** The file's contents as bytes, whichever way it was given. */
export function inputFileBytes(file: InputFile): Buffer {
  return file.bytes ? Buffer.from(file.bytes) : Buffer.from(file.text ?? '');
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  /** Requests aborted because they left 127.0.0.1 (with `blockExternal`). */
  readonly blockedRequests: string[];
  readonly profile: string | undefined;
  /** A new tab at `url` (loaded up to DOMContentLoaded at least). */
  open(url: string): Promise<TestPage>;
  newPage(): Promise<TestPage>;
  /** The tab the browser started with, if it is still open (to keep a test's tab count exact). */
  existingPage(): Promise<TestPage | undefined>;
  /** One of the extension's pages (popup.html, options.html?…) in a tab, once `selector` is in it. */
  openExtensionPage(file: string, selector?: string): Promise<TestPage>;
  /** Runs `action` and returns the tab it opened. */
  waitForNewPage(action: () => Promise<unknown>): Promise<TestPage>;
  /** A script every later document runs before its own (main world). */
  addInitScript(source: string): Promise<void>;
  /**
   * Reloads the extension from its folder, as the Reload button of the browser's extensions page does
   * (the user's way to update an unpacked build); resolves once it has been asked to.
   */
  reloadExtension(): Promise<void>;
  /** Quits and starts again on the same profile (requires `profile`). */
  restart(): Promise<void>;
  close(): Promise<void>;
  readonly native: NativeBrowser;
}

/**
 * The page-side wrapper `evaluateInShadow` calls: `fn` is the test's function as source, the argument and
 * the result cross as JSON so both drivers can pass them the same way.
 */
export function shadowCallSource(fn: (...args: never[]) => unknown): string {
  return `async function (root, argJson) { const out = await (${fn.toString()})(root, JSON.parse(argJson)); return JSON.stringify(out === undefined ? null : out); }`;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What every page may load: the test server (also as localhost, a second site), the extension itself, inline data. */
export const LOCAL_URL = /^(http:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/;
