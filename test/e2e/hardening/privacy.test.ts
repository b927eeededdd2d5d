/**
 * A web page learns nothing of what the reader keeps. The reader saves an article; a page that marks a
 * name it gives background to then tries everything a page's own script can: it lists the painted
 * highlights, synthesises pointer, click and keyboard events on the marks, captures every shadow root
 * attached in it (its own `attachShadow`, installed before any other script), reads every text and
 * attribute of its document, and looks for a channel to the background. None of it opens a card or
 * finds the saved article's words, although the reader's own hover shows them on the card. And code in
 * the content script's own world (reached through `scripting.executeScript` in a build that adds that
 * permission) is refused every request that reads or changes the reader's data.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BACKGROUND_REQUEST_SENDERS, type BackgroundRequestType } from '../../../src/shared/messaging/background-request';
import { sampleRequests } from '../../unit/hardening/sample-requests';
import { CARD_HOST, hoverUntilCard } from '../card-helpers';
import { forEachBrowser, launch, TIMEOUT, type BrowserDriver, type TestPage } from '../harness/lifecycle';
import { buildWithContentWorldAccess, sendFromContentWorld } from '../harness/probe-build';
import { startServer, type TestServer } from '../harness/server';
import { findTabIdInPage } from '../popup-helpers';
import { cardChips, ok } from '../user-corpus/user-corpus-helpers';

/** A seed article as a news page: it names Latakia, which the saved article reports on. */
const NEWS = '/seed/000_765fff5e320db609.html';
/** Words only the reader's saved article holds. */
const SECRET_OUTLET = 'Quiet Ledger Q7731';
const SECRET_PHRASE = 'tallied the Q7731 grain convoys';

/** Installed before every page script: the page keeps every shadow root attached in it, closed ones too. */
const CAPTURE_SHADOW_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  window.__capturedRoots = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__capturedRoots.push(root);
    return root;
  };
})();`;

/** Everything the page's own script can read: its DOM, attributes, shadow roots, highlights, APIs. */
function pageReads(secrets: string[]) {
  const texts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) texts.push(attr.value);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
    texts.push(root.textContent ?? (root as Document).documentElement?.textContent ?? '');
  };
  visit(document);
  const captured = ((window as unknown as { __capturedRoots?: ShadowRoot[] }).__capturedRoots ?? []).map((r) => r.innerHTML);
  const all = [...texts, ...captured, document.documentElement.outerHTML].join('\n');
  const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
  return {
    secretsFound: secrets.filter((s) => all.includes(s)),
    ourRootsReadable: Array.from(document.querySelectorAll('[data-backstory-ui]')).filter((el) => el.shadowRoot !== null).length,
    highlightNames: [...CSS.highlights.keys()],
    highlightedRanges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    channel: typeof g.chrome?.runtime?.sendMessage === 'function' || g.browser !== undefined,
  };
}

/** Counts the card opening (a popover's toggle, which the page sees on the host) from now on. */
function countCardOpens(): void {
  const w = window as unknown as { __cardOpens: number };
  w.__cardOpens = 0;
  document.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'open') w.__cardOpens++;
  }, true);
}

/** Synthetic pointer, click and keyboard events on every painted mark in view, as a page can make them. */
function synthesiseOnMarks(): number {
  let sent = 0;
  for (const highlight of CSS.highlights.values()) {
    for (const painted of Array.from(highlight as unknown as Iterable<AbstractRange>).slice(0, 6)) {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      (painted.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true, composed: true };
      const target = document.elementFromPoint(at.clientX, at.clientY) ?? document.body;
      for (const type of ['pointerover', 'pointerenter', 'pointermove']) target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse' }));
      window.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
      target.dispatchEvent(new MouseEvent('click', { ...at, button: 0 }));
      sent++;
    }
  }
  for (const code of ['KeyN', 'KeyP']) {
    window.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(3).toLowerCase(), altKey: true, shiftKey: true, bubbles: true }));
  }
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
  return sent;
}

forEachBrowser('a page learns nothing', (name) => {
  let dir = '';
  let browser: BrowserDriver;
  let server: TestServer;

  beforeAll(async () => {
    dir = buildWithContentWorldAccess(name);
    server = await startServer();
    browser = await launch(name, { extensionDir: dir });
    await browser.addInitScript(CAPTURE_SHADOW_ROOTS);
    const ext = await browser.openExtensionPage('options.html');
    await ok(ext, {
      type: 'saveArticle',
      article: {
        url: 'https://quiet-ledger.example/latakia-convoys',
        title: 'Convoys return to Latakia',
        outlet: SECRET_OUTLET,
        date: '2025-11-20',
        text: [
          `A team of Russian port engineers arrived in Latakia on Wednesday to inspect the damaged grain silos, Syrian transport officials said, a month after Ahmad al-Sharaa met Vladimir Putin in Moscow.`,
          `Port officials in Latakia ${SECRET_PHRASE} that reached the harbour this week, and said the inspection would decide whether Russian ships keep using the terminal.`,
          `The Russian delegation is expected to travel on to the naval facility at Tartus, a port official in Latakia said.`,
        ].join('\n\n'),
      },
    });
    await ext.close();
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openNews(): Promise<TestPage> {
    const page = await browser.open(server.url + NEWS);
    await expect.poll(() => page.evaluate(pageReads, [SECRET_OUTLET]).then((r) => r.highlightedRanges), { timeout: TIMEOUT.scan }).toBeGreaterThan(0);
    return page;
  }

  it('synthetic events open no card, and nothing the page can read holds the saved article, while the reader sees it', async () => {
    const page = await openNews();
    await page.evaluate(countCardOpens);
    expect(await page.evaluate(synthesiseOnMarks)).toBeGreaterThan(0);
    // A negative needs a window: longer than the hover delay (300 ms) and a card fetch, watched throughout.
    const started = Date.now();
    await expect
      .poll(async () => {
        const opens = await page.evaluate(() => (window as unknown as { __cardOpens: number }).__cardOpens);
        return opens > 0 ? 'opened' : Date.now() - started > 2_000 ? 'stayed closed' : 'watching';
      }, { timeout: TIMEOUT.quick, interval: 100 })
      .toBe('stayed closed');

    const before = await page.evaluate(pageReads, [SECRET_OUTLET, SECRET_PHRASE]);
    expect(before.secretsFound).toEqual([]);
    expect(before.highlightNames.some((n) => /backstory/i.test(n))).toBe(false);
    expect(before.channel).toBe(false);

    // The reader's own pointer opens the Latakia card, which cites the saved article: the words are there.
    await expect
      .poll(async () => {
        await page.move({ x: 5, y: 5 });
        await hoverUntilCard(page, 'Latakia');
        return (await page.evaluateInShadow(CARD_HOST, cardChips)).join(' | ');
      }, { timeout: TIMEOUT.ui })
      .toContain(SECRET_OUTLET);
    expect(await page.evaluate(() => (window as unknown as { __cardOpens: number }).__cardOpens)).toBeGreaterThan(0);
    await page.screenshot('privacy-card-open');

    // With the card open, the page reads everything again: no root of ours, no saved words.
    const during = await page.evaluate(pageReads, [SECRET_OUTLET, SECRET_PHRASE, 'saved by you']);
    expect(during.ourRootsReadable).toBe(0);
    expect(during.secretsFound).toEqual([]);
    await page.close();
  });

  it("refuses, from the content script's own world, every request that reads or changes the reader's data", async () => {
    const page = await openNews();
    const ext = await browser.openExtensionPage('options.html');
    const tabId = await ext.evaluate(findTabIdInPage, await page.url());
    expect(tabId).not.toBeNull();
    const samples = sampleRequests(await page.url());
    const types = Object.keys(samples) as BackgroundRequestType[];
    const replies = await ext.evaluate(sendFromContentWorld, { tabId: tabId!, messages: types.map((t) => samples[t]) });

    const refused = types.filter((_, i) => String((replies[i] as { error?: string }).error ?? '').startsWith('Refused:'));
    const privileged = types.filter((t) => BACKGROUND_REQUEST_SENDERS[t] === 'pages');
    expect(refused.sort()).toEqual(privileged.sort());
    // The channel itself works: what marking and the card need is answered from the same world.
    const settings = replies[types.indexOf('getPageSettings')] as { result?: { enabled: boolean } };
    expect(settings.result?.enabled).toBe(true);

    // And nothing changed: the saved article is still the reader's, Backstory is not paused.
    const list = await ok<{ articles: Array<{ outlet: string; origin: string }> }>(ext, { type: 'listUserArticles' });
    expect(list.articles.map((a) => `${a.outlet} ${a.origin}`)).toEqual([`${SECRET_OUTLET} saved`]);
    expect((await ok<{ prefs: { paused: boolean } }>(ext, { type: 'listUserSettings' })).prefs.paused).toBe(false);
    await ext.close();
    await page.close();
  });
});
