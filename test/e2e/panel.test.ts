/**
 * "This page in context", as a reader uses it: on a news page the test wrote (test/pages/panel-news.html: it
 * repeats two facts of the seed corpus about the Kremlin talks, contradicts one, adds one and leaves out the
 * corpus's best-supported fact about them), the popup's "This page in context" opens the side panel; the
 * panel shows each claim in its section with the page's sentence and the corpus sources, and what the page
 * leaves out; it follows the reader to another tab (a front page: names only, and it says why) and back; it
 * speaks Arabic (right to left) and Russian; and "Save to Backstory" from the panel makes the article part of
 * the corpus, which the panel then says.
 *
 * Opening: the popup's button calls the browser's own side panel (chrome.sidePanel / sidebarAction). A real
 * side panel is browser chrome no test driver can read, so when no page of the panel appears the test opens
 * the same panel page as a tab (`panel.html?tab=…`), following the reader's window as the side panel does.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from './harness/lifecycle';
import { byRole, textCount, type RoleQuery } from './ui-probes';
import { CARD_HOST } from './card-helpers';
import { clickRole, fieldValue, tabIdOf } from './user-corpus/user-corpus-helpers';
import { panelLines } from './panel-lines';

const NEWS = '/pages/panel-news.html';
const FRONT = '/pages/panel-front.html';

/** The reader switches to a tab (as clicking it in the tab strip does). */
async function activateTab(from: TestPage, tabId: number): Promise<void> {
  await from.evaluate(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.tabs.update(id, { active: true });
  }, tabId);
}

/**
 * A single-page site: the page's own script puts another article (the Arabic one) in place and changes the
 * address, no load; the panel must then show the new article's claims.
 */
async function swapToArabicArticle(page: TestPage, origin: string, panel: TestPage): Promise<void> {
  await page.evaluate(async (url) => {
    const next = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    document.head.innerHTML = next.head.innerHTML;
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    document.querySelector('article')!.replaceWith(document.importNode(next.querySelector('article')!, true));
    history.pushState({}, '', '/pages/panel-spa-next');
  }, origin + '/pages/panel-arabic.html');
  await expect
    .poll(async () => (await panel.evaluate(panelLines)).claims.map((c) => c.sentence).join(' '), { timeout: TIMEOUT.ui * 3 })
    .toMatch(/وطلب الوفد السوري مساعدة روسية/);
}

const scrollTo = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);

forEachBrowser('side panel', (name) => {
  const env = useBrowser(name);

  it('opens from the popup on a news page, sorts its claims against the corpus with sources, follows tab switches, speaks three languages and saves', async () => {
    const { browser, server } = env;
    const news = await browser.open(server.url + NEWS);
    const front = await browser.open(server.url + FRONT);
    const newsTab = await tabIdOf(browser, news);
    const frontTab = await tabIdOf(browser, front);

    const popup = await browser.openExtensionPage(`popup.html?tab=${newsTab}`, '#app');
    const opener: RoleQuery = { role: 'button', name: '^This page in context$' };
    await expect.poll(() => popup.evaluate(byRole, opener).then((m) => m.count), { timeout: TIMEOUT.ui }).toBe(1);
    const match = await popup.evaluate(byRole, opener);
    // Asked before the click: a popup that opened the browser's own side panel closes itself.
    const windowId = await popup.evaluate(async (id) => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.get(id)) as { windowId: number }).windowId, newsTab);
    const opened = await browser.waitForNewPage(() => popup.click(match.point!)).catch(() => null);
    const panel = opened && (await opened.url()).includes('panel.html') ? opened : await browser.openExtensionPage(`panel.html?tab=${newsTab}&window=${windowId}`, '#app');
    console.log(`[${name}] side panel: ${opened ? `the browser opened ${await opened.url().catch(() => 'a page')}` : 'the browser opened its own side panel (not readable by the driver); the panel page opened as a tab'}`);
    await popup.close().catch(() => undefined);
    await panel.setViewport(440, 1000);
    await activateTab(panel, newsTab);

    // The claims, each in its section.
    await expect.poll(async () => (await panel.evaluate(panelLines)).claims.length, { timeout: TIMEOUT.ui * 3 }).toBeGreaterThan(3);
    const shown = await panel.evaluate(panelLines);
    const line = (words: RegExp) => shown.claims.find((c) => words.test(c.sentence));
    for (const repeated of [line(/rebuilding Syria’s new national army/), line(/redeploying Russian military police/)]) {
      expect(repeated?.tag).toBe('Confirmed');
      expect(repeated!.sources.length).toBeGreaterThanOrEqual(2);
      expect(repeated!.sources.join(' ')).toMatch(/bne IntelliNews, 15 Oct 2025/);
    }
    const day = line(/took place on October 14/)!;
    expect(day.tag).toBe('Differs');
    expect(day.difference).toMatch(/^Contradiction: The page says “October 14”/);
    expect(day.sources.join(' ')).toMatch(/held at the Kremlin on October 15/);
    const added = line(/team of engineers/)!;
    expect(added.tag).toBe('New');
    expect(added.sources).toEqual([]);
    const talks = shown.leftOut.find((g) => g.entity === 'kremlin-talks-2025-10-15')!;
    expect(talks.claims.some((c) => /would not rearm remnants of the former regime/.test(c))).toBe(true);
    expect(talks.sources.join(' ')).toMatch(/SANA/);
    expect(shown.names).toEqual(expect.arrayContaining(['Ahmad al-Sharaa', 'Vladimir Putin']));
    expect(shown.limit).toBe('');
    await panel.screenshot('panel-en-top');
    await scrollTo(panel, '.bs-panel-claims');
    await panel.screenshot('panel-en-claims');
    await scrollTo(panel, '.bs-panel-left-out');
    await panel.screenshot('panel-en-left-out');

    // Selecting a name scrolls the page to its first mark and opens its card.
    await clickRole(panel, { role: 'button', name: '^Show Ahmad al-Sharaa on the page$' });
    await expect
      .poll(() => news.evaluateInShadow(CARD_HOST, (root) => root?.textContent ?? ''), { timeout: TIMEOUT.ui })
      .toContain('Ahmad al-Sharaa');

    // The reader switches to the front page: names only, and the panel says why.
    await activateTab(panel, frontTab);
    await expect.poll(async () => (await panel.evaluate(panelLines)).limit, { timeout: TIMEOUT.ui * 3 }).toMatch(/does not look like an article/);
    const onFront = await panel.evaluate(panelLines);
    expect(onFront.claims).toEqual([]);
    expect(onFront.names.length).toBeGreaterThan(0);
    await panel.screenshot('panel-front');
    // …and back.
    await activateTab(panel, newsTab);
    await expect.poll(async () => (await panel.evaluate(panelLines)).claims.length, { timeout: TIMEOUT.ui * 3 }).toBeGreaterThan(3);

    // Arabic (right to left) and Russian, as chosen on the options page.
    for (const [lang, title, confirmed] of [
      ['ar', 'هذه الصفحة في سياقها', 'مؤكَّد'],
      ['ru', 'Эта страница в контексте', 'Подтверждено'],
    ] as const) {
      await panel.evaluate(async (l) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'setPrefs', prefs: { uiLanguage: l } }), lang);
      await expect.poll(async () => (await panel.evaluate(panelLines)).title, { timeout: TIMEOUT.ui }).toBe(title);
      const inLang = await panel.evaluate(panelLines);
      expect(inLang.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(inLang.claims.some((c) => c.tag === confirmed)).toBe(true);
      // The page's sentences stay as written.
      expect(inLang.claims.some((c) => /team of engineers/.test(c.sentence))).toBe(true);
      await scrollTo(panel, '.bs-panel-claims');
      await panel.screenshot(`panel-${lang}-claims`);
    }
    await panel.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'setPrefs', prefs: { uiLanguage: 'en' } }));
    await expect.poll(async () => (await panel.evaluate(panelLines)).title, { timeout: TIMEOUT.ui }).toBe('This page in context');

    // Save from the panel, with the popup's preview; the panel then says the claims are part of the corpus.
    await clickRole(panel, { role: 'button', name: '^Save to Backstory$' });
    await expect.poll(() => panel.evaluate(fieldValue, 'Title'), { timeout: TIMEOUT.ui }).toBe('Al-Sharaa asks Moscow for help with a new army');
    expect(await panel.evaluate(fieldValue, 'Outlet')).toBe('The Harbour Courier');
    await clickRole(panel, { role: 'button', name: '^Save$' });
    await expect.poll(() => panel.evaluate(textCount, 'Saved. It now gives background'), { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
    await expect.poll(async () => (await panel.evaluate(panelLines)).inCorpus, { timeout: 60_000 }).toMatch(/You saved this article/);
    // The article's claims stay listed, now as part of the corpus (the page is never its own source).
    const saved = await panel.evaluate(panelLines);
    expect(saved.claims.length).toBeGreaterThan(3);
    expect(saved.claims.find((c) => /team of engineers/.test(c.sentence))?.sources.join(' ') ?? '').not.toMatch(/The Harbour Courier/);
    await scrollTo(panel, '.bs-panel-header');
    await panel.screenshot('panel-saved');

    // After the save, the tab's single-page site swaps its article: the panel reads the new one.
    await swapToArabicArticle(news, server.url, panel);
    expect((await panel.evaluate(panelLines)).claims.some((c) => /team of engineers/.test(c.sentence))).toBe(false);
  }, 300_000);

  // After the save above, in the same browser: its news tab is still open at NEWS, and `tabIdOf` answers the first
  // tab at an address, so this page has an address of its own (with NEWS, the panel followed the saved tab, whose
  // article never changed: what looked like a swap not reported after a save).
  it('reads the page again when a single-page site swaps its article and address (an Arabic one, right to left) and when a link leads on', async () => {
    const { browser, server } = env;
    const news = await browser.open(server.url + NEWS + '?single-page');
    const newsTab = await tabIdOf(browser, news);
    const panel = await browser.openExtensionPage(`panel.html?tab=${newsTab}`, '#app');
    await panel.setViewport(440, 1000);
    await expect.poll(async () => (await panel.evaluate(panelLines)).claims.length, { timeout: TIMEOUT.ui * 3 }).toBeGreaterThan(3);

    await swapToArabicArticle(news, server.url, panel);
    const arabic = await panel.evaluate(panelLines);
    expect(arabic.claims.some((c) => /team of engineers/.test(c.sentence))).toBe(false);
    // The Arabic page read against the corpus: its first sentence is confirmed by an English source.
    const met = arabic.claims.find((c) => /التقى الرئيس السوري أحمد الشرع/.test(c.sentence))!;
    expect(met.tag).toBe('Confirmed');
    expect(met.sources.join(' ')).toMatch(/bne IntelliNews/);

    // In the Arabic interface the panel runs right to left; the page's and the corpus's sentences stay as written.
    await panel.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'setPrefs', prefs: { uiLanguage: 'ar' } }));
    await expect.poll(async () => (await panel.evaluate(panelLines)).title, { timeout: TIMEOUT.ui }).toBe('هذه الصفحة في سياقها');
    const inArabic = await panel.evaluate(panelLines);
    expect(inArabic.dir).toBe('rtl');
    expect(inArabic.claims.find((c) => /التقى الرئيس السوري/.test(c.sentence))?.tag).toBe('مؤكَّد');
    expect(inArabic.claims.flatMap((c) => c.sources).join(' ')).toMatch(/Syrian President Ahmad al-Sharaa met with Russian President Vladimir Putin/);
    // An English quote on the Arabic panel opens with “ on its left (left to the Arabic around it, it took ”).
    const marks = await panel.evaluate(() => [...document.querySelectorAll('.bs-panel-source q')].map((q) => getComputedStyle(q).quotes.replace(/\s+/g, ' ')));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe('"“" "”"');
    await scrollTo(panel, '.bs-panel-claims');
    await panel.screenshot('panel-ar-arabic-page');
    await panel.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'setPrefs', prefs: { uiLanguage: 'en' } }));
    await expect.poll(async () => (await panel.evaluate(panelLines)).title, { timeout: TIMEOUT.ui }).toBe('This page in context');

    // A link followed in the same tab: the front page loads, and the panel says it is not an article.
    await news.goto(server.url + FRONT);
    await expect.poll(async () => (await panel.evaluate(panelLines)).limit, { timeout: TIMEOUT.ui * 3 }).toMatch(/does not look like an article/);
    expect((await panel.evaluate(panelLines)).claims).toEqual([]);
  }, 180_000);
});
