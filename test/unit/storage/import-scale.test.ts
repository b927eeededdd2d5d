import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { largeBundle } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { createIdbSource } from '../../../src/storage/idb-source';

/**
 * Import at scale in fake-indexeddb (slower than a browser's IndexedDB; the browser bench gives the
 * real figure). Default: 1,000 articles x 10 passages, to keep unit runs short. The full size:
 *   BACKSTORY_IMPORT_ARTICLES=10000 npx vitest run --project unit test/unit/storage/import-scale
 */
const ARTICLES = Number(process.env.BACKSTORY_IMPORT_ARTICLES ?? 1000);

describe('import at scale', () => {
  it(`imports ${ARTICLES} articles in one transaction and answers per-entity queries`, async () => {
    const bundle = largeBundle(ARTICLES);
    const { connector } = freshDb();
    const db = await connector.getDb();
    const t0 = performance.now();
    expect(await ensureCorpus(db, bundle)).toBe('imported');
    const importMs = performance.now() - t0;

    const source = createIdbSource(() => connector.getDb());
    const t1 = performance.now();
    const passages = await source.getPassagesForEntity('e7');
    const queryMs = performance.now() - t1;
    expect(passages.length).toBe(bundle.passages.filter((p) => p.entityIds.includes('e7')).length);
    expect(passages.length).toBeGreaterThan(0);
    expect(await db.count('passages')).toBe(bundle.passages.length);

    const t2 = performance.now();
    expect(await ensureCorpus(db, bundle)).toBe('current');
    const checkMs = performance.now() - t2;
    console.info(
      `[storage] fake-indexeddb import of ${bundle.articles.length} articles / ${bundle.passages.length} passages / ` +
        `${bundle.claims.length} claims: ${importMs.toFixed(0)} ms; getPassagesForEntity (${passages.length} hits): ` +
        `${queryMs.toFixed(1)} ms; version check: ${checkMs.toFixed(1)} ms`,
    );
    await connector.close();
  }, 600_000);
});
