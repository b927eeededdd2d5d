import { describe, expect, it } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { freshDb } from './fixtures/db';
import { referenceSource, smallBundle, smallBundleV2 } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { SLOT_STORES } from '../../../src/storage/schema';
import { createIdbSource } from '../../../src/storage/idb-source';
import { createUserData } from '../../../src/storage/user-data';
import type { CorpusBundle } from '../../../src/model/corpus-types';
import { createMemorySource } from '../../../src/corpus/memory-source';
import type { CorpusSource } from '../../../src/corpus/source';

/** Every query of `CorpusSource`, for every id and alias in the bundle, compared with the reference. */
async function expectSameAsReference(
  source: CorpusSource,
  bundle: CorpusBundle,
  reference: CorpusSource = referenceSource(bundle),
): Promise<void> {
  expect(await source.meta()).toEqual(await reference.meta());
  expect(await source.listEntities()).toEqual(bundle.entities);
  expect(await source.getTimeline()).toEqual(bundle.timeline);
  for (const a of bundle.articles) {
    const passages = await source.getPassagesForArticle(a.id);
    expect(passages).toEqual(await reference.getPassagesForArticle(a.id));
    expect(passages.length).toBeGreaterThan(0);
  }
  for (const e of bundle.entities) {
    expect(await source.getEntity(e.id)).toEqual(e);
    expect(await source.getPassagesForEntity(e.id)).toEqual(await reference.getPassagesForEntity(e.id));
    expect(await source.getClaimsForEntity(e.id)).toEqual(await reference.getClaimsForEntity(e.id));
    expect(await source.getTimeline(e.id)).toEqual(await reference.getTimeline(e.id));
    expect(await source.findEntitiesByAlias(e.id)).toEqual(await reference.findEntitiesByAlias(e.id));
    for (const alias of e.aliases) {
      expect(await source.findEntitiesByAlias(alias.text)).toEqual(await reference.findEntitiesByAlias(alias.text));
    }
  }
  for (const a of bundle.articles) expect(await source.getArticle(a.id)).toEqual(a);
  for (const p of bundle.passages) expect(await source.getPassage(p.id)).toEqual(p);
}

describe('ensureCorpus and the IndexedDB source', () => {
  it('imports a bundle once, then reports it current', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const bundle = smallBundle();
    expect(await ensureCorpus(db, bundle, { now: () => 42 })).toBe('imported');
    expect(await db.get('corpusMeta', 'corpus')).toEqual({
      id: 'corpus', version: bundle.version, asOf: bundle.asOf, importedAt: 42, slot: 'a', basis: bundle.version, passageOrder: 'article',
      counts: { entities: 6, articles: 2, passages: 3, claims: 3, timeline: 2 },
    });
    // The import marker is gone once the corpus is whole.
    expect(await db.get('corpusMeta', 'import')).toBeUndefined();
    expect(await ensureCorpus(db, bundle, { now: () => 99 })).toBe('current');
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ importedAt: 42 });
    await expectSameAsReference(createIdbSource(() => connector.getDb()), bundle);
    await connector.close();
  });

  it('answers exactly as the in-memory source does (the fallback must show the same data)', async () => {
    const { connector } = freshDb();
    for (const bundle of [smallBundle(), smallBundleV2()]) {
      await ensureCorpus(await connector.getDb(), bundle);
      await expectSameAsReference(createIdbSource(() => connector.getDb()), bundle, createMemorySource(bundle));
    }
    await connector.close();
  });

  it('answers per-entity and alias queries from indexes', async () => {
    const { connector } = freshDb();
    await ensureCorpus(await connector.getDb(), smallBundle());
    const source = createIdbSource(() => connector.getDb());
    expect((await source.getPassagesForEntity('hmeimim')).map((p) => p.id)).toEqual(['a1#0', 'a2#0']);
    expect((await source.getClaimsForEntity('hmeimim')).map((c) => c.id)).toEqual(['c-hmeimim-1', 'c-hmeimim-0']);
    expect((await source.findEntitiesByAlias('  MOSCOW ')).map((e) => e.id)).toEqual(['moscow', 'kremlin']);
    expect((await source.findEntitiesByAlias('al sharaa')).map((e) => e.id)).toEqual(['al-sharaa']);
    expect(await source.findEntitiesByAlias('')).toEqual([]);
    expect(await source.findEntitiesByAlias('nobody')).toEqual([]);
    expect(await source.getEntity('nobody')).toBeUndefined();
    expect((await source.getTimeline('putin')).map((t) => t.id)).toEqual(['ev-kremlin-talks']);
    // An event's own id finds the event even though it is not among its `entityIds`.
    expect((await source.getTimeline('ev-hmeimim-statement')).map((t) => t.id)).toEqual(['ev-hmeimim-statement']);
    expect((await source.findEntitiesByAlias('Hmeimim Air Base')).map((e) => e.id)).toEqual(['hmeimim']);
    await connector.close();
  });

  it('replaces the whole corpus on a version change, leaving nothing of the old one', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    await ensureCorpus(db, smallBundle());
    const next = smallBundleV2();
    expect(await ensureCorpus(db, next)).toBe('imported');
    const source = createIdbSource(() => connector.getDb());
    await expectSameAsReference(source, next);
    expect(await source.getEntity('moscow')).toBeUndefined();
    expect(await source.getPassagesForEntity('moscow')).toEqual([]);
    // The new corpus went to the other slot, which is now the one read; the old slot is left for the next import to clear.
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ slot: 'b' });
    expect(await db.count(SLOT_STORES.b.claims)).toBe(next.claims.length);
    await connector.close();
  });

  it('never touches user data', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const user = createUserData(() => connector.getDb(), { now: () => 1_750_000_000_000 });
    await user.setSiteEnabled('www.bbc.co.uk', false, 'domain');
    await user.hideName('reuters.com', 'moscow');
    await user.setPrefs({ markMode: 'all' });
    const before = await user.exportUserData();
    await ensureCorpus(db, smallBundle());
    await ensureCorpus(db, smallBundleV2());
    expect(await user.exportUserData()).toEqual(before);
    await connector.close();
  });

  it('keeps the old corpus whole when an import is interrupted mid-way, and finishes it on the next call', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const old = smallBundle();
    await ensureCorpus(db, old);
    const next = smallBundleV2();
    const seen: string[] = [];
    await expect(
      ensureCorpus(db, next, {
        onProgress: ({ kind }) => {
          seen.push(kind);
          if (kind === 'passages') throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    expect(seen).toEqual(['entities', 'articles', 'passages']);
    // Entities and articles of the new corpus were written to the other slot: readers still see the old one.
    await expectSameAsReference(createIdbSource(() => connector.getDb()), old);
    expect(await ensureCorpus(db, next)).toBe('imported');
    await expectSameAsReference(createIdbSource(() => connector.getDb()), next);
    await connector.close();
  });

  it('shows no corpus when the very first import is interrupted, and the next start resumes it', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    await expect(
      ensureCorpus(db, smallBundle(), {
        onProgress: ({ kind }) => {
          if (kind === 'timeline') throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await db.get('corpusMeta', 'corpus')).toBeUndefined();
    await expect(createIdbSource(() => connector.getDb()).meta()).rejects.toThrow(/No corpus/);
    // The marker says how far it came: every kind before the timeline is written.
    expect(await db.get('corpusMeta', 'import')).toMatchObject({ kind: 'claims', done: smallBundle().claims.length, version: smallBundle().version });
    const resumed: string[] = [];
    expect(await ensureCorpus(db, smallBundle(), { onProgress: ({ kind }) => resumed.push(kind) })).toBe('imported');
    expect(resumed).toEqual(['timeline']);
    await expectSameAsReference(createIdbSource(() => connector.getDb()), smallBundle());
    await connector.close();
  });

  it('keeps reading after the browser closes the connection (reopens lazily)', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    await ensureCorpus(db, smallBundle());
    const source = createIdbSource(() => connector.getDb());
    forceCloseDatabase(unwrap(db) as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await source.getEntity('hmeimim'))?.name).toBe('Hmeimim Air Base');
    expect(await connector.getDb()).not.toBe(db);
    await connector.close();
  });

  it('aborts on a bad record and keeps the old corpus readable', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const old = smallBundle();
    await ensureCorpus(db, old);
    const broken = smallBundleV2();
    // A claim with no id: the put fails (DataError) after most stores were already rewritten.
    broken.claims.push({ ...broken.claims[0]!, id: undefined as unknown as string });
    await expect(ensureCorpus(db, broken)).rejects.toMatchObject({ name: 'DataError' });
    await expectSameAsReference(createIdbSource(() => connector.getDb()), old);
    await connector.close();
  });

  it('refuses a bundle without a version', async () => {
    const { connector } = freshDb();
    await expect(ensureCorpus(await connector.getDb(), { ...smallBundle(), version: '' })).rejects.toThrow(/no version/);
    await connector.close();
  });
});

describe('a corpus import in chunks', () => {
  it('writes a few records per transaction, and answers from the old corpus until the last one commits', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const old = smallBundle();
    await ensureCorpus(db, old);
    const next = smallBundleV2();
    const source = createIdbSource(() => connector.getDb());
    const seenVersions: string[] = [];
    let chunks = 0;
    await ensureCorpus(db, next, {
      chunkSize: 1,
      onProgress: () => void chunks++,
      // Between chunks, a reader is answered from the whole old corpus.
      pause: async () => {
        seenVersions.push((await source.meta()).version);
        expect((await source.getEntity('moscow'))?.id).toBe('moscow');
      },
    });
    const total = next.entities.length + next.articles.length + next.passages.length + next.claims.length + next.timeline.length;
    expect(chunks).toBe(total);
    expect(new Set(seenVersions)).toEqual(new Set([old.version]));
    await expectSameAsReference(source, next);
    await connector.close();
  });

  it('resumes after a stop between chunks, and the next version after that goes back to the first slot', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    let writes = 0;
    const stopAfter = (n: number) => () => {
      if (++writes > n) throw new Error('worker stopped');
    };
    await expect(ensureCorpus(db, smallBundle(), { chunkSize: 2, onProgress: stopAfter(3) })).rejects.toThrow('worker stopped');
    writes = 0;
    expect(await ensureCorpus(db, smallBundle(), { chunkSize: 2, onProgress: () => void writes++ })).toBe('imported');
    // Only what had not committed was written again: 9 chunks of 2 records in all, 3 committed before the stop.
    expect(writes).toBe(6);
    await expectSameAsReference(createIdbSource(() => connector.getDb()), smallBundle());
    expect(await ensureCorpus(db, smallBundleV2())).toBe('imported');
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ slot: 'b' });
    expect(await ensureCorpus(db, smallBundle())).toBe('imported');
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ slot: 'a' });
    await expectSameAsReference(createIdbSource(() => connector.getDb()), smallBundle());
    await connector.close();
  });
});
