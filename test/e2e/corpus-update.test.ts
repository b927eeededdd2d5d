/**
 * A corpus update in place, as a user gets it: the unpacked build's corpus changes on disk, the
 * extension is reloaded (what the Reload button on the extensions page does), then the browser is
 * restarted. Search, cards and the reader must agree on the new corpus, and a search hit taken
 * before the update must open the same paragraph after it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SeedFile } from '../../src/compiler';
import { buildWithCorpus, projectSeeds, writeCorpus } from './harness/corpus-build';
import { ok } from './harness/extension-page';
import { forEachBrowser, launch, TIMEOUT, type BrowserDriver, type TestPage } from './harness/lifecycle';
import { tempProfile } from './harness/paths';

interface Hit {
  articleId: string;
  passageId: string;
  passage: string;
}

/** A paragraph of our own, inserted before every other paragraph of one article, with a word no corpus has. */
const INSERTED = 'Backstory test paragraph: the word Zorblattine appears in no report.';

/** The seeds with INSERTED as the first paragraph of `articleId`'s body. */
function withInsertedParagraph(files: readonly SeedFile[], articleId: string): SeedFile[] {
  return files.map((f) => {
    if (f.path !== `articles/${articleId}.txt`) return f;
    const close = f.text.indexOf('\n---\n', 4) + '\n---\n'.length;
    return { ...f, text: `${f.text.slice(0, close)}${INSERTED}\n\n${f.text.slice(close)}` };
  });
}

forEachBrowser('a corpus update in place', (name) => {
  const profile = tempProfile(`${name}-update`);
  let dir = '';
  let seeds: SeedFile[] = [];
  let browser: BrowserDriver;
  let before: { version: string; hit: Hit };

  beforeAll(async () => {
    seeds = await projectSeeds();
    dir = buildWithCorpus(name === 'chromium' ? 'chrome' : 'firefox', seeds).dir;
    browser = await launch(name, { profile, extensionDir: dir });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until the background answers from IndexedDB with `version`, then returns an extension page. */
  async function settledOn(version: string): Promise<TestPage> {
    // Just after a reload the extension's pages are refused (Chromium: ERR_BLOCKED_BY_CLIENT) or closed
    // under us until it is back: each try opens a page of its own.
    const status = async (): Promise<string> => {
      const ext = await browser.openExtensionPage('options.html').catch(() => undefined);
      if (!ext) return 'reloading';
      try {
        const s = await ok<{ backend: string; version: string }>(ext, { type: 'getStatus' });
        return `${s.backend} ${s.version}`;
      } catch (err) {
        return String(err);
      } finally {
        if (!ext.isClosed()) await ext.close().catch(() => undefined);
      }
    };
    await expect.poll(status, { timeout: TIMEOUT.scan, interval: 500 }).toBe(`indexeddb ${version}`);
    return browser.openExtensionPage('options.html');
  }

  /** Search, the reader and the card all answer from `version`, which holds INSERTED; the old hit opens its own paragraph. */
  async function expectAgreeOn(version: string): Promise<void> {
    const ext = await settledOn(version);
    const found = await ok<{ results: Hit[]; corpusVersion: string }>(ext, { type: 'search', query: 'Zorblattine' });
    expect(found.corpusVersion).toBe(version);
    expect(found.results.map((r) => r.passage)).toEqual([INSERTED]);
    const view = await ok<{ passages: Array<{ id: string; text: string }> }>(ext, { type: 'getArticleView', articleId: before.hit.articleId });
    expect(view.passages[0]?.text).toBe(INSERTED);
    // The card's sources point at paragraphs the reader has.
    const card = await ok<{ claims: Array<{ sources: Array<{ articleId: string; passageId: string }> }> }>(ext, { type: 'getCard', entityId: 'hmeimim-air-base' });
    for (const source of card.claims.flatMap((c) => c.sources)) {
      const article = await ok<{ passages: Array<{ id: string }> }>(ext, { type: 'getArticleView', articleId: source.articleId });
      expect(article.passages.map((p) => p.id)).toContain(source.passageId);
    }
    await ext.close();
    // The hit taken before the update opens the same paragraph, now one further down.
    const reader = await browser.openExtensionPage(
      `reader.html?article=${encodeURIComponent(before.hit.articleId)}&passage=${encodeURIComponent(before.hit.passageId)}`,
      '.reader-body p',
    );
    await reader.waitForSelector('p.current', TIMEOUT.ui);
    expect(await reader.evaluate(() => document.querySelector('p.current')?.textContent)).toBe(before.hit.passage);
    expect(await reader.evaluate(() => document.querySelector('[role="alert"]'))).toBeNull();
    await reader.screenshot('corpus-update-reader');
    await reader.close();
  }

  it('search, cards and the reader move to the new corpus together, and an old search hit opens the same paragraph', async () => {
    const version = writeCorpus(dir, seeds).version;
    const ext = await settledOn(version);
    const search = await ok<{ results: Hit[]; corpusVersion: string }>(ext, { type: 'search', query: 'Hmeimim' });
    expect(search.corpusVersion).toBe(version);
    const hit = search.results[0]!;
    before = { version, hit: { articleId: hit.articleId, passageId: hit.passageId, passage: hit.passage } };

    // The update: a paragraph inserted before the hit's, compiled into the build folder the browser runs.
    const next = writeCorpus(dir, withInsertedParagraph(seeds, hit.articleId)).version;
    expect(next).not.toBe(version);
    await ext.close();
    await browser.reloadExtension();
    await expectAgreeOn(next);

    // And after the browser is restarted on the same profile.
    await browser.restart();
    await expectAgreeOn(next);
  });
});
