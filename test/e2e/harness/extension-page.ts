import type { Page } from 'playwright-core';
import type Browser from 'webextension-polyfill';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { TestPage } from './driver';

/** A driver's page, or (for the benchmarks) a raw Playwright or Puppeteer one. */
type AnyPage = TestPage | Page | PuppeteerPage;

/**
 * Sends a raw message to the background from an extension page, exactly as our own UI would, and
 * returns the raw reply ({result} or {error}). Works in Chromium (chrome.*) and Firefox (browser.*).
 */
export function sendRaw(page: AnyPage, message: unknown): Promise<unknown> {
  return (page as Page).evaluate((m) => {
    const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
    const api = (g.browser ?? g.chrome) as Browser.Browser;
    return api.runtime.sendMessage(m);
  }, message);
}

/** `sendRaw`, then the reply's result; a refused request fails with the background's error. */
export async function ok<T = any>(page: AnyPage, message: unknown): Promise<T> {
  const reply = (await sendRaw(page, message)) as { result?: T; error?: string };
  if (reply.error !== undefined) throw new Error(`${JSON.stringify(message)}: ${reply.error}`);
  return reply.result as T;
}

/** The badge text of the one other tab (the test's page); fails if the window holds more than one. */
export function badgeOfOtherTab(page: AnyPage): Promise<string> {
  return (page as Page).evaluate(async () => {
    const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
    const api = (g.browser ?? g.chrome) as Browser.Browser;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    const others = tabs.filter((t) => t.id !== self?.id);
    if (others.length !== 1 || others[0]?.id === undefined) return `expected one other tab, found ${others.length}`;
    return api.action.getBadgeText({ tabId: others[0].id });
  });
}
