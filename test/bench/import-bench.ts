/**
 * Import: a fresh install whose corpus holds 3,000 synthetic articles, in Chromium. While the corpus is
 * written to IndexedDB, the time to the first marks on a news page and the p95 round trip of the
 * popup's status and of a card request (20 of each), against the goals of 2 s and 100 ms.
 */
import { rmSync } from 'node:fs';
import { buildWithCorpus, syntheticSeeds } from '../e2e/harness/corpus-build';
import { measureImportLatency, p95 } from '../e2e/harness/import-latency';
import { launch } from '../e2e/harness/lifecycle';
import { startServer } from '../e2e/harness/server';

const ARTICLES = 3000;

export async function benchImport(): Promise<string> {
  const { dir } = buildWithCorpus('chrome', await syntheticSeeds(ARTICLES));
  const server = await startServer();
  const browser = await launch('chromium', { extensionDir: dir });
  try {
    const m = await measureImportLatency(browser, server);
    if (m.importingRounds < m.rounds) console.error(`import finished during the measurement: ${m.importingRounds} of ${m.rounds} rounds overlapped it`);
    return (
      `bench import: articles=${ARTICLES} marks-ms=${m.markedMs} status-p95-ms=${p95(m.statusMs).toFixed(1)} ` +
      `card-p95-ms=${p95(m.cardMs).toFixed(1)} rounds-during-import=${m.importingRounds}/${m.rounds}`
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
