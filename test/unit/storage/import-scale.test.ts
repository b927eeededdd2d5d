import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { largeBundle } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { createIdbSource } from '../../../src/storage/idb-source';

/**
 * A corpus of 1,000 articles × 10 passages imports whole and answers per-entity queries. How long a
 * 10,000-article import takes in a real browser is measured by `npm run bench`, not here.
 */
describe('import at scale', () => {
  it('imports 1,000 articles and answers per-entity queries from them', async () => {
    const bundle = largeBundle(1000);
    const { connector } = freshDb();
    const db = await connector.getDb();
    expect(await ensureCorpus(db, bundle)).toBe('imported');

    const source = createIdbSource(() => connector.getDb());
    const passages = await source.getPassagesForEntity('e7');
    expect(passages.length).toBe(bundle.passages.filter((p) => p.entityIds.includes('e7')).length);
    expect(passages.length).toBeGreaterThan(0);
    expect(await db.count('passages')).toBe(bundle.passages.length);
    expect(await ensureCorpus(db, bundle)).toBe('current');
    await connector.close();
  });
});
