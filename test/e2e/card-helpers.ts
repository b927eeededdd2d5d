/**
 * The card end-to-end helpers: browser-side probes (self-contained functions passed to `page.evaluate`)
 * and the hover that opens a card, the same in every browser.
 */
import { expect } from 'vitest';
import { TIMEOUT, type TestPage } from './harness/driver';

/** Scroll the first text containing `word` into view and return the centre of the word. */
export function mentionPoint(word: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(word) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const first = range.getClientRects()[0];
    if (!first) continue;
    if (first.top < 80 || first.bottom > innerHeight - 80) {
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    }
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

export interface CardProbe {
  present: boolean;
  open: boolean;
  status: string | null;
  name: string | null;
  claims: number;
  chips: number;
  differ: number;
  timeline: number;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** `document.elementFromPoint` at the card's centre is the card's host: nothing covers it. */
  onTop: boolean;
  focusInside: boolean;
  focused: string | null;
  fontSize: string | null;
  nameFontSize: string | null;
  inModal: boolean;
}

/** The card's host element, whose closed shadow root tests reach through `evaluateInShadow`. */
export const CARD_HOST = 'backstory-card[data-backstory-ui]';

export function probeCard(root: ShadowRoot | null): CardProbe {
  const host = (root?.host ?? document.querySelector('backstory-card[data-backstory-ui]')) as HTMLElement | null;
  const dialog = root?.querySelector('[role="dialog"]') as HTMLElement | null;
  const r = host?.getBoundingClientRect() ?? { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  const cx = r.left + r.width / 2;
  const cy = r.top + Math.min(r.height / 2, 60);
  let open = false;
  try {
    open = !!host && host.matches(':popover-open');
  } catch {
    open = !!host?.hasAttribute('data-fallback-open');
  }
  const active = root?.activeElement as HTMLElement | null;
  return {
    present: !!host,
    open,
    status: dialog?.getAttribute('data-status') ?? null,
    name: root?.querySelector('h2')?.textContent ?? null,
    claims: root?.querySelectorAll('.claim').length ?? 0,
    chips: root?.querySelectorAll('.chip').length ?? 0,
    differ: root?.querySelectorAll('.differ-item').length ?? 0,
    timeline: root?.querySelectorAll('.timeline li').length ?? 0,
    rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    onTop: !!host && r.width > 0 && document.elementFromPoint(cx, cy) === host,
    focusInside: !!active,
    focused: active ? (active.getAttribute('role') ?? active.textContent) : null,
    fontSize: dialog ? getComputedStyle(dialog).fontSize : null,
    nameFontSize: root?.querySelector('h2') ? getComputedStyle(root.querySelector('h2')!).fontSize : null,
    inModal: !!host?.closest('dialog'),
  };
}

/** Rest the pointer on the word until its card is open and filled (the first scan may still be running). */
export async function hoverUntilCard(page: TestPage, word: string): Promise<CardProbe> {
  // Another name's card may be open: leave it first, so the card waited for is this word's.
  if ((await page.evaluateInShadow(CARD_HOST, probeCard)).open) {
    await page.move({ x: 2, y: 2 });
    await expect
      .poll(async () => {
        const open = (await page.evaluateInShadow(CARD_HOST, probeCard)).open;
        if (open) await page.press('Escape'); // a card the keyboard pinned closes with Esc, not by leaving it
        return open;
      }, { timeout: TIMEOUT.quick, interval: 300 })
      .toBe(false);
  }
  let rested = 0;
  await expect
    .poll(
      async () => {
        const card = await page.evaluateInShadow(CARD_HOST, probeCard);
        if (card.open && card.status === 'ready') return 'ready';
        // Each move restarts the hover delay: come to rest again only when no card is on its way.
        if (!card.open && Date.now() - rested > 1_500) {
          const point = await page.evaluate(mentionPoint, word);
          if (!point) return 'no word';
          await page.move({ x: point.x - 40, y: point.y + 60 });
          await page.move(point, 4);
          rested = Date.now();
        }
        return card.status ?? 'resting';
      },
      { timeout: TIMEOUT.card, interval: 150 },
    )
    .toBe('ready');
  return page.evaluateInShadow(CARD_HOST, probeCard);
}
