import { describe, expect, it } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { freshDb } from './fixtures/db';
import { referenceSource, smallBundle, smallBundleV2 } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
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
      id: 'corpus', version: bundle.version, asOf: bundle.asOf, importedAt: 42,
      counts: { entities: 6, articles: 2, passages: 3, claims: 3, timeline: 2 },
    });
    expect(await ensureCorpus(db, bundle, { now: () => 99 })).toBe('current');
    expect((await db.get('corpusMeta', 'corpus'))?.importedAt).toBe(42);
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
    expect(await db.count('claims')).toBe(next.claims.length);
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

  it('rolls back an import interrupted mid-way and redoes it on the next call', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const old = smallBundle();
    await ensureCorpus(db, old);
    const next = smallBundleV2();
    const seen: string[] = [];
    await expect(
      ensureCorpus(db, next, {
        onProgress: ({ store }) => {
          seen.push(store);
          if (store === 'passages') throw new Error('worker stopped');
        },
      }),
    ).rejects.toThrow('worker stopped');
    expect(seen).toEqual(['entities', 'articles', 'passages']);
    // Entities were cleared and refilled inside the aborted transaction: the old ones are back.
    await expectSameAsReference(createIdbSource(() => connector.getDb()), old);
    expect(await ensureCorpus(db, next)).toBe('imported');
    await expectSameAsReference(createIdbSource(() => connector.getDb()), next);
    await connector.close();
  });

  it('leaves no meta when the very first import is interrupted, so the next start imports', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    await expect(
      ensureCorpus(db, smallBundle(), {
        onProgress: ({ store }) => {
          if (store === 'timeline') throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await db.get('corpusMeta', 'corpus')).toBeUndefined();
    expect(await db.count('entities')).toBe(0);
    expect(await db.count('passages')).toBe(0);
    expect(await ensureCorpus(db, smallBundle())).toBe('imported');
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
