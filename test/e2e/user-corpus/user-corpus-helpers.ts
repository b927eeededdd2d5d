/**
 * Helpers for the saved-article and pack end-to-end tests: the user's steps (a popup on a tab, a file
 * chosen on the options page) and what a person then sees (a card's source chips, search results).
 */
import { expect } from 'vitest';
import { ok } from '../harness/extension-page';

export { ok };
import { TIMEOUT, type BrowserDriver, type TestPage } from '../harness/lifecycle';
import { findTabIdInPage } from '../popup-helpers';
import { byRole, type RoleQuery } from '../ui-probes';
import { CARD_HOST, hoverUntilCard } from '../card-helpers';

export const role = (page: TestPage, query: RoleQuery) => page.evaluate(byRole, query);

/**
 * Clicks the control once it is there, enabled and still, as a person waits for a greyed-out button
 * and for a page that is still filling in above it to stop pushing it down.
 */
export async function clickRole(page: TestPage, query: RoleQuery): Promise<void> {
  let match = await role(page, query);
  let last = '';
  await expect
    .poll(async () => {
      match = await role(page, query);
      const where = JSON.stringify(match.point);
      const still = where === last;
      last = where;
      return match.count > 0 && match.disabled !== true && still;
    }, { timeout: TIMEOUT.ui, interval: 100 })
    .toBe(true);
  await page.click(match.point!);
}

/** The id of the tab showing `page`, found as the popup finds its own (no `tabs` permission needed). */
export async function tabIdOf(browser: BrowserDriver, page: TestPage): Promise<number> {
  const url = await page.url();
  const probe = await browser.openExtensionPage('popup.html', '#app');
  let id: number | null = null;
  await expect.poll(async () => (id = await probe.evaluate(findTabIdInPage, url)), { timeout: TIMEOUT.ui }).not.toBeNull();
  await probe.close();
  return id as unknown as number;
}

/** The value of the form field labelled `label` in the page (the save preview, the edit form). */
export function fieldValue(label: string): string | null {
  for (const el of Array.from(document.querySelectorAll('input, textarea'))) {
    const input = el as HTMLInputElement;
    const name = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '';
    if (name.replace(/\s+/g, ' ').trim() === label) return input.value;
  }
  return null;
}

/** The source chips of the open card, as a person reads them. */
export function cardChips(root: ShadowRoot | null): string[] {
  return Array.from(root?.querySelectorAll('.chip') ?? []).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Opens `url`, rests the pointer on `word` until its card is filled, and returns the card's chips. */
export async function chipsOnCard(browser: BrowserDriver, url: string, word: string, screenshot?: string): Promise<string[]> {
  const page = await browser.open(url);
  await hoverUntilCard(page, word);
  const chips = await page.evaluateInShadow(CARD_HOST, cardChips);
  if (screenshot) await page.screenshot(screenshot);
  await page.close();
  return chips;
}

/** The results the search page shows for `query` (passage and outlet), once one of them contains `expected`. */
export async function searchPageShows(browser: BrowserDriver, query: string, expected: string): Promise<string[]> {
  const page = await browser.openExtensionPage(`search.html?q=${encodeURIComponent(query)}`, '#app');
  let texts: string[] = [];
  const read = () => page.evaluate(() => Array.from(document.querySelectorAll('.bs-result')).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
  await expect.poll(async () => (texts = await read()).some((t) => t.includes(expected)), { timeout: TIMEOUT.ui }).toBe(true);
  await page.screenshot('user-corpus-search');
  await page.close();
  return texts;
}
