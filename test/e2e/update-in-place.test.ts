/**
 * An update with a tab open (the extension reloaded from its folder, as the extensions page's Reload
 * button does): the page ends with one Backstory, never two — one set of marks, one card host, one
 * announcer — and its card works. Firefox starts the new content script in open tabs at once; the new
 * one removes what the old one left. Chromium starts it only when the page loads again, and the old one,
 * cut off, stops as soon as a call to the extension fails.
 */
import { expect, it } from 'vitest';
import { CARD_HOST, hoverUntilCard, mentionPoint } from './card-helpers';
import { forEachBrowser, useBrowser, TIMEOUT, type TestPage } from './harness/lifecycle';

const SEED = '/seed/000_765fff5e320db609.html';

/** What the page holds of Backstory: its elements by name, and the painted ranges. */
function backstoryInPage(): { cards: number; announcers: number; ranges: number } {
  return {
    cards: document.querySelectorAll('backstory-card').length,
    announcers: document.querySelectorAll('backstory-announcer').length,
    ranges: ['ctx-mention', 'ctx-mention-quiet'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  };
}

forEachBrowser('an update with a tab open', (name) => {
  const env = useBrowser(name);

  async function openCardAndCount(page: TestPage) {
    const card = await hoverUntilCard(page, 'Hmeimim');
    expect(card.status).toBe('ready');
    return page.evaluate(backstoryInPage);
  }

  it('leaves one Backstory in the page: one set of marks, one card, one announcer', async () => {
    const page = await env.browser.open(env.server.url + SEED);
    const before = await openCardAndCount(page);
    expect(before).toMatchObject({ cards: 1, announcers: 1 });
    expect(before.ranges).toBeGreaterThan(0);
    await page.move({ x: 5, y: 5 });

    await env.browser.reloadExtension();

    if (name === 'firefox') {
      // The new instance runs in the open tab and has drawn the same marks again, alone.
      await expect.poll(() => page.evaluate(backstoryInPage), { timeout: TIMEOUT.scan }).toMatchObject({ ranges: before.ranges, announcers: 1 });
    } else {
      // The old instance is cut off: the reader's next hover finds it so, and it leaves the page as it was.
      await expect
        .poll(async () => {
          await page.move({ x: 5, y: 5 });
          const point = await page.evaluate(mentionPoint, 'Hmeimim');
          if (point) await page.move(point, 3);
          return page.evaluate(backstoryInPage);
        }, { timeout: TIMEOUT.ui, interval: 500 })
        .toEqual({ cards: 0, announcers: 0, ranges: 0 });
      await page.reload();
      await expect.poll(() => page.evaluate(backstoryInPage), { timeout: TIMEOUT.scan }).toMatchObject({ ranges: before.ranges, announcers: 1 });
    }
    const after = await openCardAndCount(page);
    expect(after).toEqual({ cards: 1, announcers: 1, ranges: before.ranges });
    expect(await page.evaluateInShadow(CARD_HOST, (root) => root?.querySelector('h2')?.textContent ?? '')).toMatch(/Hmeimim/);
    await page.screenshot('update-in-place');
    await page.close();
  });
});
