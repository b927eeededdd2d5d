/**
 * Bundled by the corpus benchmark and injected into a 127.0.0.1 page in Chromium, so IndexedDB import
 * and query times are measured with the extension's own storage and query code in a real browser.
 */
import { getCardData } from '../../../src/corpus/card-data';
import type { CorpusBundle } from '../../../src/model/corpus-types';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { createDbConnector } from '../../../src/storage/db';
import { createIdbSource } from '../../../src/storage/idb-source';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function importAndQuery(url: string, dbName: string, entityIds: string[]) {
  const bundle = (await (await fetch(url)).json()) as CorpusBundle;
  const connector = createDbConnector({ name: dbName });
  const db = await connector.getDb();
  const started = performance.now();
  await ensureCorpus(db, bundle);
  const importMs = performance.now() - started;
  const source = createIdbSource(connector.getDb);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const id of entityIds) {
      const t = performance.now();
      await getCardData(source, id);
      times.push(performance.now() - t);
    }
  }
  await connector.close();
  return { importMs, cardQueryMedianMs: median(times) };
}

(globalThis as unknown as { backstoryBench: unknown }).backstoryBench = { importAndQuery };
