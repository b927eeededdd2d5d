import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { sendRaw } from './harness/extension-page';
import { screenshotPath, tempProfile } from './harness/paths';
import { markCount as countMarks } from './harness/page-probes';
import { startServer, type TestServer } from './harness/server';
import { callContentInPage, findTabIdInPage } from './popup-helpers';

// Two seed articles on the same site (the test server's host), both reporting on Hmeimim.
const SEED_A = '/seed/003_3db1887f22c04c2b.html';
const SEED_B = '/seed/000_765fff5e320db609.html';

type Session = ChromiumSession & { blockedRequests: string[] };

/** Marks drawn on a page: both emphasis levels the content script uses. */
const markCount = (page: Page) => page.evaluate(countMarks);

/** Text under the flash the content script draws on the revealed mention, or null. */
const flashedText = (page: Page) =>
  page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('backstory-flash') ?? [])] as StaticRange[];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = live.getBoundingClientRect();
    return { text: live.toString(), top: rect.top, inView: rect.bottom > 0 && rect.top < innerHeight, offset: range.startOffset };
  });

async function openSeed(session: Session, server: TestServer, seed: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url + seed);
  await expect.poll(() => markCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
  return page;
}

async function tabIdOf(session: Session, url: string): Promise<number> {
  const probe = await session.openExtensionPage('popup.html');
  let id: number | null = null;
  // The content script starts at document_idle: ask until it answers.
  await expect.poll(async () => (id = await probe.evaluate(findTabIdInPage, url)), { timeout: 15_000 }).not.toBeNull();
  await probe.close();
  return id as unknown as number;
}

async function openPopupFor(session: Session, tabId: number): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.waitForSelector('[data-status-ready]', { timeout: 20_000 });
  return popup;
}

const searchBox = (popup: Page) => popup.getByRole('combobox', { name: 'Search the corpus' });
const resultOptions = (popup: Page) => popup.locator('[role=listbox] [role=option].bs-option-result');

describe('popup in Chromium', () => {
  let server: TestServer;
  let session: Session;
  const profile = tempProfile('chromium-popup');
  let exported: string;

  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium({ profile });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('focuses the search box on open; typing "Khmeimim" shows Hmeimim passages with the name highlighted', async () => {
    const page = await openSeed(session, server, SEED_A);
    const popup = await openPopupFor(session, await tabIdOf(session, page.url()));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the corpus');

    await searchBox(popup).pressSequentially('Khmeimim', { delay: 20 });
    await expect.poll(() => resultOptions(popup).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const marked = await popup.locator('[role=listbox] mark').allTextContents();
    expect(marked.some((m) => /Hmeimim|Хмеймим|حميميم/i.test(m))).toBe(true);
    expect(await resultOptions(popup).first().textContent()).toMatch(/Hmeimim/i);

    // Keyboard: ArrowDown makes the first result the active descendant.
    await searchBox(popup).press('ArrowDown');
    const active = await searchBox(popup).getAttribute('aria-activedescendant');
    expect(await popup.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await popup.screenshot({ path: screenshotPath('popup-chromium-light') });

    // Enter opens the reader at that passage in a new tab.
    const [reader] = await Promise.all([session.context.waitForEvent('page'), searchBox(popup).press('Enter')]);
    expect(reader.url()).toMatch(/\/reader\.html\?article=[^&]+&passage=/);
    await reader.close();
    await popup.close();
    await page.close();
    expect(session.blockedRequests).toEqual([]);
  });

  it('lists what is marked on the page, and jumps to each mention', async () => {
    const page = await openSeed(session, server, SEED_A);
    const tabId = await tabIdOf(session, page.url());
    const popup = await openPopupFor(session, tabId);
    const reply = (await popup.evaluate(callContentInPage, { tabId, message: { type: 'getFindings' } })) as {
      result: { findings: Array<{ entityId: string; name: string; count: number }> };
    };
    const findings = reply.result.findings;
    expect(findings.length).toBeGreaterThan(0);
    // Every drawn mark is counted once in the list.
    expect(findings.reduce((n, f) => n + f.count, 0)).toBe(await markCount(page));

    const buttons = popup.locator('.bs-finding-name');
    await expect.poll(() => buttons.count()).toBe(findings.length);
    for (const f of findings) {
      expect(await popup.getByRole('button', { name: new RegExp(`^${escape(f.name)} ${f.count}`) }).count(), f.name).toBe(1);
    }

    // The entity with most mentions: choose it, then step to its next mention.
    const most = [...findings].sort((a, b) => b.count - a.count)[0]!;
    await popup.getByRole('button', { name: new RegExp(`^${escape(most.name)} `) }).click();
    await expect.poll(() => flashedText(page)).not.toBeNull();
    const first = await flashedText(page);
    expect(first!.inView).toBe(true);
    expect(await page.locator('backstory-card').count()).toBeGreaterThan(0);
    if (most.count > 1) {
      await expect(popup.getByText(`1 of ${most.count}`).count()).resolves.toBe(1);
      await popup.getByRole('button', { name: `Next mention of ${most.name}` }).click();
      await expect.poll(() => popup.getByText(`2 of ${most.count}`).count()).toBe(1);
      await expect.poll(async () => JSON.stringify(await flashedText(page))).not.toBe(JSON.stringify(first));
      expect((await flashedText(page))!.inView).toBe(true);
    }
    await popup.close();
    await page.close();
  });

  it('switching the site off unmarks two open tabs at once, and stays off after a restart', async () => {
    const pageA = await openSeed(session, server, SEED_A);
    const pageB = await openSeed(session, server, SEED_B);
    const popup = await openPopupFor(session, await tabIdOf(session, pageA.url()));
    const siteSwitch = popup.getByRole('switch', { name: 'On 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => Promise.all([markCount(pageA), markCount(pageB)]), { timeout: 10_000 }).toEqual([0, 0]);
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    await expect.poll(() => popup.getByText('Backstory is off here, so nothing is marked.').count()).toBe(1);

    // Data for the export test: a hidden name and a preference, set through the UI's own messages.
    const ext = await session.openExtensionPage('options.html');
    await ext.getByRole('radio', { name: /Mark every mention/ }).click();
    await expect.poll(async () => (await sendRaw(ext, { type: 'listUserSettings' })) as unknown).toMatchObject({ result: { prefs: { markMode: 'all' } } });
    expect(await sendRaw(ext, { type: 'hideName', url: `${server.url}/`, entityId: 'hmeimim-air-base', alias: 'Khmeimim' })).toMatchObject({ result: { hidden: true } });

    // Export through the page's button: a JSON download from a Blob URL.
    await ext.reload();
    await ext.getByText('127.0.0.1').first().waitFor();
    const [download] = await Promise.all([ext.waitForEvent('download'), ext.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^backstory-settings-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'backstory-user-data', siteSettings: [{ site: '127.0.0.1', enabled: false }] });

    await session.close();
    session = await launchChromium({ profile });
    const again = await session.context.newPage();
    await again.goto(server.url + SEED_B);
    const tabId = await tabIdOf(session, again.url());
    const probe = await openPopupFor(session, tabId);
    // settingsChanged makes the content script ask the background afresh before it answers, so
    // "not active" is the site's setting, not a script still waiting for its settings.
    await expect.poll(() => probe.evaluate(callContentInPage, { tabId, message: { type: 'settingsChanged' } })).toMatchObject({ result: { active: false } });
    expect(await markCount(again)).toBe(0);
    expect(await probe.getByRole('switch', { name: 'On 127.0.0.1' }).isChecked()).toBe(false);
  });

  it('the full-page search reads ?q=, keeps it in step with the box, and the popup links to it', async () => {
    const page = await session.openExtensionPage('search.html?q=Tartos');
    const box = searchBox(page);
    await expect.poll(() => box.inputValue()).toBe('Tartos');
    // A misspelling: the correction is offered as the first option; choosing it searches for it.
    const firstOption = page.locator('[role=listbox] [role=option]').first();
    await expect.poll(() => firstOption.textContent(), { timeout: 10_000 }).toBe('Did you mean Tartus?');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('Tartus');
    await expect.poll(() => resultOptions(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Tartus');
    await page.close();

    // The site is off since the test above; the popup's search does not depend on the page.
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-status-ready]');
    await searchBox(popup).fill('Latakia');
    const [full] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: 'More in a tab' }).click()]);
    expect(full.url()).toMatch(/\/search\.html\?q=Latakia$/);
    await expect.poll(() => resultOptions(full).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await full.screenshot({ path: screenshotPath('search-page-chromium-light') });
    await Promise.all([full.close(), popup.close()]);
  });

  it('import on a fresh profile refuses a bad file, then restores the exported data (dark screenshot)', async () => {
    const fresh = await launchChromium({ colorScheme: 'dark' });
    try {
      const options = await fresh.openExtensionPage('options.html');
      const before = await sendRaw(options, { type: 'listUserSettings' });
      const input = options.locator('input[type=file]');

      await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
      await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/^Import refused: .+Nothing was changed\.$/);
      await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
      await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not valid JSON/);
      expect(await sendRaw(options, { type: 'listUserSettings' })).toEqual(before);

      await input.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await expect.poll(() => options.getByRole('status').textContent()).toMatch(/^Imported settings\.json: \d+ added, \d+ updated\.$/);
      const after = (await sendRaw(options, { type: 'listUserSettings' })) as {
        result: { sites: Array<{ site: string; enabled: boolean }>; hiddenNames: Array<{ entityId: string }>; prefs: { markMode: string } };
      };
      expect(after.result.sites).toEqual([expect.objectContaining({ site: '127.0.0.1', enabled: false })]);
      // Hidden under every spelling: the entity, not the spelling it was hidden from.
      expect(after.result.hiddenNames).toEqual([{ site: '127.0.0.1', entityId: 'hmeimim-air-base', createdAt: expect.any(Number) }]);
      expect(after.result.prefs.markMode).toBe('all');
      expect(await options.getByRole('radio', { name: /Mark every mention/ }).isChecked()).toBe(true);

      // The imported site switch governs pages at once.
      const page = await fresh.context.newPage();
      await page.goto(server.url + SEED_A);
      const tabId = await tabIdOf(fresh, page.url());
      const popup = await openPopupFor(fresh, tabId);
      await expect.poll(() => popup.evaluate(callContentInPage, { tabId, message: { type: 'settingsChanged' } })).toMatchObject({ result: { active: false } });
      await searchBox(popup).pressSequentially('Hmeimim', { delay: 20 });
      await expect.poll(() => resultOptions(popup).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await popup.screenshot({ path: screenshotPath('popup-chromium-dark') });
      await options.screenshot({ path: screenshotPath('options-chromium-dark'), fullPage: true });
    } finally {
      await fresh.close();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
