import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { screenshotPath } from './harness/paths';
import { useFirefox } from './harness/lifecycle';
import { mentionPoint, probeCard, type CardProbe } from './card-helpers';

const SEED = '/seed/000_765fff5e320db609.html';
const HOSTILE = '/pages/card-hostile.html';

const probe = (page: Page): Promise<CardProbe> => page.evaluate(probeCard);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function hoverUntilCard(page: Page, word: string): Promise<CardProbe> {
  await expect
    .poll(
      async () => {
        const point = await page.evaluate(mentionPoint, word);
        if (!point) return 'no word';
        await page.mouse.move(point.x - 40, point.y + 60);
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await sleep(700);
        return (await probe(page)).status;
      },
      { timeout: 25_000, interval: 200 },
    )
    .toBe('ready');
  return probe(page);
}

describe('context card in Firefox ESR', () => {
  const env = useFirefox();

  it('opens on hover over "Hmeimim" with claims and sources, inside the viewport and on top', async () => {
    const page = await env.firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(env.server.url + SEED);
    const card = await hoverUntilCard(page, 'Hmeimim');
    expect(card.open).toBe(true);
    expect(card.name).toMatch(/Hmeimim/i);
    expect(card.claims).toBeGreaterThanOrEqual(1);
    expect(card.chips).toBeGreaterThanOrEqual(1);
    expect(card.onTop).toBe(true);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
    await page.screenshot({ path: screenshotPath('card-firefox-light') });
    await page.close();
  });

  it('is operable with the keyboard alone: Alt+Shift+N opens, Tab stays inside, Esc closes', async () => {
    const page = await env.firefox.newPage();
    await page.goto(env.server.url + SEED);
    await expect
      .poll(
        async () => {
          await page.keyboard.down('Alt');
          await page.keyboard.down('Shift');
          await page.keyboard.press('KeyN');
          await page.keyboard.up('Shift');
          await page.keyboard.up('Alt');
          await sleep(400);
          return (await probe(page)).status;
        },
        { timeout: 25_000, interval: 300 },
      )
      .toBe('ready');
    expect((await probe(page)).focusInside).toBe(true);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      expect((await probe(page)).focusInside, `Tab ${i + 1} left the card`).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect((await probe(page)).open).toBe(false);
    await page.close();
  });

  it('stays readable and on top on a page that fights back, also over a modal dialog', async () => {
    const page = await env.firefox.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(env.server.url + HOSTILE);
    let card = await hoverUntilCard(page, 'Hmeimim');
    expect(card.fontSize).toBe('14px');
    expect(card.onTop).toBe(true);
    await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).showModal());
    await sleep(300);
    card = await probe(page);
    expect(card.open).toBe(true);
    expect(card.onTop).toBe(true);
    await page.screenshot({ path: screenshotPath('card-firefox-hostile-modal') });
    await page.close();
  });
});
