import { expect, it } from 'vitest';
import { sendRaw } from './harness/extension-page';
import { forEachBrowser, launch, TIMEOUT, useBrowser, type BrowserDriver, type TestPage } from './harness/lifecycle';
import { markCount as countMarks } from './harness/page-probes';
import { callContentInPage } from './popup-helpers';
import { tabIdOf } from './user-corpus/user-corpus-helpers';
import { byRole, escapeRegExp, textCount, type RoleQuery } from './ui-probes';

// Two seed articles on the same site (the test server's host), both reporting on Hmeimim.
const SEED_A = '/seed/003_3db1887f22c04c2b.html';
const SEED_B = '/seed/000_765fff5e320db609.html';

const SEARCH_BOX = '[role=combobox][aria-label="Search the corpus"]';
const RESULT = '[role=listbox] [role=option].bs-option-result';
const SITE_SWITCH: RoleQuery = { role: 'switch', name: '^On 127\\.0\\.0\\.1$' };

/** Marks drawn on a page: both emphasis levels the content script uses. */
const markCount = (page: TestPage) => page.evaluate(countMarks);
const count = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const role = (page: TestPage, query: RoleQuery) => page.evaluate(byRole, query);
const texts = (page: TestPage, query: RoleQuery) => role(page, query).then((m) => m.text);

async function clickRole(page: TestPage, query: RoleQuery): Promise<void> {
  const match = await role(page, query);
  expect(match.count, JSON.stringify(query)).toBeGreaterThan(0);
  await page.click(match.point!);
}

/** Focuses the search box and types into it, a key at a time. */
async function typeInSearch(page: TestPage, text: string): Promise<void> {
  await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).focus(), SEARCH_BOX);
  await page.type(text, 20);
}
const searchValue = (page: TestPage) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, SEARCH_BOX);

/** Text under the flash the content script draws on the revealed mention, or null. */
const flashedText = (page: TestPage) =>
  page.evaluate(() => {
    const [range] = [...((CSS.highlights.get('ctx-flash') ?? []) as Iterable<StaticRange>)];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = live.getBoundingClientRect();
    return { text: live.toString(), top: rect.top, inView: rect.bottom > 0 && rect.top < innerHeight, offset: range.startOffset };
  });

async function openSeed(browser: BrowserDriver, url: string): Promise<TestPage> {
  const page = await browser.open(url);
  await expect.poll(() => markCount(page), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
  return page;
}

async function openPopupFor(browser: BrowserDriver, tabId: number): Promise<TestPage> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, '[data-status-ready]');
  await popup.setViewport(380, 640);
  return popup;
}

/** Asks each tab's content script to fetch its settings afresh and say whether it runs. */
const activeIn = (popup: TestPage, tabIds: number[]) =>
  Promise.all(tabIds.map((tabId) => popup.evaluate(callContentInPage, { tabId, message: { type: 'settingsChanged' } })));

forEachBrowser('popup', (name) => {
  // The profile is kept across the restart in the third test: the add-on is installed in it, as a user's is.
  const env = useBrowser(name, { keepProfile: true });
  let exported: string;

  it('focuses the search box on open; typing "Khmeimim" shows Hmeimim passages with the name highlighted', async () => {
    const page = await openSeed(env.browser, env.server.url + SEED_A);
    const popup = await openPopupFor(env.browser, await tabIdOf(env.browser, page));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the corpus');

    await popup.type('Khmeimim', 20);
    await expect.poll(() => count(popup, RESULT), { timeout: TIMEOUT.quick }).toBeGreaterThan(0);
    const marked = await popup.evaluate(() => Array.from(document.querySelectorAll('[role=listbox] mark'), (m) => m.textContent ?? ''));
    expect(marked.some((m) => /Hmeimim|Хмеймим|حميميم/i.test(m))).toBe(true);
    expect(await popup.evaluate((s) => document.querySelector(s)?.textContent, RESULT)).toMatch(/Hmeimim/i);

    // Keyboard: ArrowDown makes the first result the active descendant.
    await popup.press('ArrowDown');
    const selected = await popup.evaluate((s) => {
      const active = document.querySelector(s)!.getAttribute('aria-activedescendant');
      return active ? document.getElementById(active)?.getAttribute('aria-selected') : 'no active descendant';
    }, SEARCH_BOX);
    expect(selected).toBe('true');
    await popup.screenshot('popup-light');

    // Enter opens the reader at that passage in a new tab.
    const reader = await env.browser.waitForNewPage(() => popup.press('Enter'));
    expect(await reader.url()).toMatch(/\/reader\.html\?article=[^&]+&passage=/);
    await reader.close();
    if (!popup.isClosed()) await popup.close();
    await page.close();
    expect(env.browser.blockedRequests).toEqual([]);
  });

  it('lists what is marked on the page, and jumps to each mention', async () => {
    const page = await openSeed(env.browser, env.server.url + SEED_A);
    const tabId = await tabIdOf(env.browser, page);
    const popup = await openPopupFor(env.browser, tabId);
    const reply = (await popup.evaluate(callContentInPage, { tabId, message: { type: 'getFindings' } })) as {
      result: { findings: Array<{ entityId: string; name: string; count: number }> };
    };
    const findings = reply.result.findings;
    expect(findings.length).toBeGreaterThan(0);
    // Every drawn mark is counted once in the list.
    expect(findings.reduce((n, f) => n + f.count, 0)).toBe(await markCount(page));

    await expect.poll(() => count(popup, '.bs-finding-name')).toBe(findings.length);
    const listed = await popup.evaluate(() => Array.from(document.querySelectorAll('.bs-finding-name'), (b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(listed.sort()).toEqual(findings.map((f) => `${f.name} ${f.count}`).sort());
    for (const f of findings) {
      expect((await role(popup, { role: 'button', name: `^${escapeRegExp(f.name)} ${f.count}` })).count, f.name).toBe(1);
    }

    // The entity with most mentions: choose it, then step to its next mention.
    const most = [...findings].sort((a, b) => b.count - a.count)[0]!;
    await clickRole(popup, { role: 'button', name: `^${escapeRegExp(most.name)} ` });
    await expect.poll(() => flashedText(page)).not.toBeNull();
    const first = await flashedText(page);
    expect(first!.inView).toBe(true);
    expect(await count(page, 'backstory-card')).toBeGreaterThan(0);
    if (most.count > 1) {
      expect(await popup.evaluate(textCount, `1 of ${most.count}`)).toBe(1);
      await clickRole(popup, { role: 'button', name: `^Next mention of ${escapeRegExp(most.name)}$` });
      await expect.poll(() => popup.evaluate(textCount, `2 of ${most.count}`)).toBe(1);
      await expect.poll(async () => JSON.stringify(await flashedText(page))).not.toBe(JSON.stringify(first));
      expect((await flashedText(page))!.inView).toBe(true);
    }
    await popup.close();
    await page.close();
  });

  it('switching the site off unmarks two open tabs at once, and stays off after a restart', async () => {
    const { server } = env;
    const pageA = await openSeed(env.browser, server.url + SEED_A);
    const pageB = await openSeed(env.browser, server.url + SEED_B);
    const popup = await openPopupFor(env.browser, await tabIdOf(env.browser, pageA));
    /** The site switch's state once the background has said whether the site is on (disabled until then). */
    const switchOn = async (p: TestPage) => {
      const match = await role(p, SITE_SWITCH);
      return match.disabled === false ? match.checked : 'not ready';
    };
    // The switch must be about the test server's site, or the test proves nothing about it.
    await expect.poll(async () => (await role(popup, SITE_SWITCH)).count).toBe(1);
    await expect.poll(() => switchOn(popup)).toBe(true);
    await clickRole(popup, SITE_SWITCH);
    await expect.poll(() => Promise.all([markCount(pageA), markCount(pageB)]), { timeout: TIMEOUT.quick }).toEqual([0, 0]);
    await expect.poll(() => switchOn(popup)).toBe(false);
    await expect.poll(() => popup.evaluate(textCount, 'Backstory is off here, so nothing is marked.')).toBe(1);

    // Data for the export test: a hidden name and a preference, set through the UI's own messages.
    const ext = await env.browser.openExtensionPage('options.html', 'h1');
    await clickRole(ext, { role: 'radio', name: 'Mark every mention' });
    await expect.poll(async () => (await sendRaw(ext, { type: 'listUserSettings' })) as unknown).toMatchObject({ result: { prefs: { markMode: 'all' } } });
    expect(await sendRaw(ext, { type: 'hideName', url: `${server.url}/`, entityId: 'hmeimim-air-base', alias: 'Khmeimim' })).toMatchObject({ result: { hidden: true } });

    // Export through the page's button: a JSON download from a Blob URL.
    await ext.reload();
    await expect.poll(() => ext.evaluate(textCount, '127.0.0.1'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    const exportButton = await role(ext, { role: 'button', name: '^Export settings$' });
    const download = await ext.download(() => ext.click(exportButton.point!));
    expect(download.filename).toMatch(/^backstory-settings-\d{4}-\d{2}-\d{2}\.json$/);
    exported = download.text;
    expect(JSON.parse(exported)).toMatchObject({ format: 'backstory-user-data', siteSettings: [{ site: '127.0.0.1', enabled: false }] });

    // Quit and start again on the same profile: the browser loads the add-on from it, data and all.
    await env.browser.restart();
    // The add-on runs after the restart: the same article on another site (localhost) is marked.
    await openSeed(env.browser, server.url.replace('127.0.0.1', 'localhost') + SEED_A);
    const againA = await env.browser.open(server.url + SEED_A);
    const againB = await env.browser.open(server.url + SEED_B);
    const tabIds = [await tabIdOf(env.browser, againA), await tabIdOf(env.browser, againB)];
    const after = await openPopupFor(env.browser, tabIds[0]!);
    // settingsChanged makes the content script ask the background afresh before it answers, so
    // "not active" is the site's setting, not a script still waiting for its settings.
    await expect.poll(() => activeIn(after, tabIds)).toEqual([{ result: { active: false } }, { result: { active: false } }]);
    expect(await Promise.all([markCount(againA), markCount(againB)])).toEqual([0, 0]);
    await expect.poll(() => switchOn(after)).toBe(false);

    // Back on from the restarted popup: marks return in both tabs; then off again for the tests below.
    await clickRole(after, SITE_SWITCH);
    await expect.poll(async () => (await Promise.all([markCount(againA), markCount(againB)])).every((n) => n > 0), { timeout: TIMEOUT.quick }).toBe(true);
    expect(await activeIn(after, tabIds)).toEqual([{ result: { active: true } }, { result: { active: true } }]);
    await clickRole(after, SITE_SWITCH);
    await expect.poll(() => Promise.all([markCount(againA), markCount(againB)]), { timeout: TIMEOUT.quick }).toEqual([0, 0]);
  });

  it('the full-page search reads ?q=, keeps it in step with the box, and the popup links to it', async () => {
    const page = await env.browser.openExtensionPage('search.html?q=Tartos', SEARCH_BOX);
    await expect.poll(() => searchValue(page)).toBe('Tartos');
    // A misspelling: the correction is offered as the first option; choosing it searches for it.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[role=listbox] [role=option]')?.textContent), { timeout: TIMEOUT.quick })
      .toBe('Did you mean Tartus?');
    await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).focus(), SEARCH_BOX);
    await page.press('ArrowDown');
    await page.press('Enter');
    await expect.poll(() => searchValue(page)).toBe('Tartus');
    await expect.poll(() => count(page, RESULT), { timeout: TIMEOUT.quick }).toBeGreaterThan(0);
    expect(new URL(await page.url()).searchParams.get('q')).toBe('Tartus');
    await page.close();

    // The site is off since the test above; the popup's search does not depend on the page.
    const popup = await env.browser.openExtensionPage('popup.html', '[data-status-ready]');
    await typeInSearch(popup, 'Latakia');
    const more = await role(popup, { role: 'button', name: '^More in a tab$' });
    const full = await env.browser.waitForNewPage(() => popup.click(more.point!));
    expect(await full.url()).toMatch(/\/search\.html\?q=Latakia$/);
    await expect.poll(() => count(full, RESULT), { timeout: TIMEOUT.quick }).toBeGreaterThan(0);
    await full.screenshot('search-page-light');
    await full.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('import on a fresh profile refuses a bad file, then restores the exported data (dark screenshot)', async () => {
    const fresh = await launch(name, { colorScheme: 'dark' });
    try {
      const options = await fresh.openExtensionPage('options.html', 'input[type=file][accept*=".json"]');
      const before = await sendRaw(options, { type: 'listUserSettings' });
      const input = 'input[type=file][accept*=".json"]';

      await options.setInputFile(input, { name: 'bad.json', mimeType: 'application/json', text: '{"format":"something-else"}' });
      await expect.poll(() => texts(options, { role: 'alert' })).toMatch(/^Import refused: .+Nothing was changed\.$/);
      await options.setInputFile(input, { name: 'broken.json', mimeType: 'application/json', text: '{"format": ' });
      await expect.poll(() => texts(options, { role: 'alert' })).toMatch(/not valid JSON/);
      expect(await sendRaw(options, { type: 'listUserSettings' })).toEqual(before);

      await options.setInputFile(input, { name: 'settings.json', mimeType: 'application/json', text: exported });
      await expect.poll(() => texts(options, { role: 'status' })).toMatch(/^Imported settings\.json: \d+ added, \d+ updated\.$/);
      const after = (await sendRaw(options, { type: 'listUserSettings' })) as {
        result: { sites: Array<{ site: string; enabled: boolean }>; hiddenNames: Array<{ entityId: string }>; prefs: { markMode: string } };
      };
      expect(after.result.sites).toEqual([expect.objectContaining({ site: '127.0.0.1', enabled: false })]);
      // Hidden under every spelling: the entity, not the spelling it was hidden from.
      expect(after.result.hiddenNames).toEqual([{ site: '127.0.0.1', entityId: 'hmeimim-air-base', createdAt: expect.any(Number) }]);
      expect(after.result.prefs.markMode).toBe('all');
      await expect.poll(async () => (await role(options, { role: 'radio', name: 'Mark every mention' })).checked).toBe(true);

      // The imported site switch governs pages at once.
      const page = await fresh.open(env.server.url + SEED_A);
      const tabId = await tabIdOf(fresh, page);
      const popup = await openPopupFor(fresh, tabId);
      await expect.poll(() => activeIn(popup, [tabId])).toEqual([{ result: { active: false } }]);
      await typeInSearch(popup, 'Hmeimim');
      await expect.poll(() => count(popup, RESULT), { timeout: TIMEOUT.quick }).toBeGreaterThan(0);
      await popup.screenshot('popup-dark');
      await options.screenshot('options-dark', { fullPage: true });
    } finally {
      await fresh.close();
    }
  });
});
