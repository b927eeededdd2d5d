/**
 * A fresh install with a large corpus (3,000 synthetic articles, compiled by the real compiler into a
 * copy of the build): while the corpus is written to IndexedDB, the background answers the popup's
 * status and a card without waiting for the import, and a news page is marked at once. The figures
 * against the goals (100 ms at p95, marks within 2 s) are printed here and measured by `npm run bench`.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWithCorpus, syntheticSeeds } from './harness/corpus-build';
import { measureImportLatency, p95 } from './harness/import-latency';
import { forEachBrowser, launch, type BrowserDriver } from './harness/lifecycle';
import { startServer, type TestServer } from './harness/server';

const ARTICLES = 3000;
const ROUNDS = 20;

forEachBrowser(`a fresh install with ${ARTICLES} articles`, (name) => {
  let dir = '';
  let browser: BrowserDriver;
  let server: TestServer;

  beforeAll(async () => {
    dir = buildWithCorpus(name === 'chromium' ? 'chrome' : 'firefox', await syntheticSeeds(ARTICLES)).dir;
    server = await startServer();
    browser = await launch(name, { extensionDir: dir });
  }, 120_000);
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers status and cards while it imports, without waiting for it, and marks a page at once', async () => {
    const m = await measureImportLatency(browser, server, ROUNDS);
    console.log(
      `${name}: marks after ${m.markedMs} ms; during the import (${m.importingRounds} of ${m.rounds} rounds): ` +
        `status p95 ${p95(m.statusMs).toFixed(1)} ms, card p95 ${p95(m.cardMs).toFixed(1)} ms`,
    );
    // The measurement means something only if the import was still running while it was taken.
    expect(m.importingRounds).toBeGreaterThanOrEqual(ROUNDS * 0.75);
    expect(m.allAnswered).toBe(true);
    // The goals (100 ms at p95, marks within 2 s) are measured by `npm run bench` (bench import:), on a
    // machine whose noise a single run cannot average out. Here the bounds say only that nothing waits
    // for the import: a request queued behind it took 12.9 s, marks 18 s.
    expect(p95(m.statusMs)).toBeLessThan(1000);
    expect(p95(m.cardMs)).toBeLessThan(1000);
    expect(m.markedMs).toBeLessThan(10_000);
    // And the import completes: IndexedDB answers with the large corpus.
    const ext = await browser.openExtensionPage('options.html');
    await expect
      .poll(async () => (await ext.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'getStatus' }))).result, {
        timeout: 120_000,
        interval: 1000,
      })
      .toMatchObject({ backend: 'indexeddb', articleCount: ARTICLES });
  }, 240_000);
});
