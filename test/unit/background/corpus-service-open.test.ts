import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { freshDb } from '../storage/fixtures/db';
import { referenceSource, smallBundle, smallBundleV2 } from '../storage/fixtures/bundle';
import { openCorpus as openCorpusSource } from './fixtures/open-corpus';
import { createDbConnector } from '../../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema';
import { createUserData } from '../../../src/storage/user-data';

afterEach(() => vi.restoreAllMocks());

/** Makes every object-store `put` fail as a full disk does. */
function quotaExceededOnPut() {
  return vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('CorpusService: a worker\u2019s first corpus', () => {
  it('imports in the background, answering from the bundle in memory until IndexedDB has it', async () => {
    const { connector } = freshDb();
    const loadBundle = vi.fn(async () => smallBundle());
    const memory = vi.fn(referenceSource);
    const opened = await openCorpusSource(loadBundle, memory, { getDb: () => connector.getDb(), shippedVersion: async () => 'v-small-1' });
    // Nothing stored yet: the bundle answers at once while it is written.
    expect(opened.backend).toBe('memory');
    expect(opened.reason).toBeUndefined();
    expect(opened.importing).toBeInstanceOf(Promise);
    expect((await opened.source.getEntity('putin'))?.name).toBe('Vladimir Putin');
    const settled = await opened.importing!;
    expect(settled.backend).toBe('indexeddb');
    expect(settled.importing).toBeUndefined();
    expect((await settled.source.getEntity('putin'))?.name).toBe('Vladimir Putin');
    expect(loadBundle).toHaveBeenCalledTimes(1);
    expect(memory).toHaveBeenCalledTimes(1);
    expect(await (await connector.getDb()).count('entities')).toBe(smallBundle().entities.length);
    await connector.close();
  });

  it('never loads the bundle when the stored corpus is the shipped version', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb, shippedVersion: async () => 'v-small-1' })).importing;
    const loadBundle = vi.fn(async () => smallBundle());
    const memory = vi.fn(referenceSource);
    const opened = await openCorpusSource(loadBundle, memory, { getDb, shippedVersion: async () => 'v-small-1' });
    expect(opened.backend).toBe('indexeddb');
    expect(opened.importing).toBeUndefined();
    expect(loadBundle).not.toHaveBeenCalled();
    expect(memory).not.toHaveBeenCalled();
    expect((await opened.source.meta()).version).toBe('v-small-1');
    await connector.close();
  });

  it('when the package cannot say which corpus it ships, loads the bundle to learn it rather than trust the stored one', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb, shippedVersion: async () => 'v-small-1' })).importing;
    const loadBundle = vi.fn(async () => smallBundleV2());
    const shippedVersion = async (): Promise<string | undefined> => {
      throw new TypeError('Failed to fetch corpus-meta.json');
    };
    const opened = await openCorpusSource(loadBundle, referenceSource, { getDb, shippedVersion });
    expect(loadBundle).toHaveBeenCalledTimes(1);
    expect((await (await opened.importing!).source.meta()).version).toBe('v-small-2');
    await connector.close();
  });

  it('replaces an older stored corpus with the shipped one, and serves the shipped one throughout', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb, shippedVersion: async () => 'v-small-1' })).importing;
    const opened = await openCorpusSource(async () => smallBundleV2(), referenceSource, { getDb, shippedVersion: async () => 'v-small-2' });
    expect(opened.backend).toBe('memory');
    expect((await opened.source.meta()).version).toBe('v-small-2');
    const settled = await opened.importing!;
    expect(settled.backend).toBe('indexeddb');
    expect((await settled.source.meta()).version).toBe('v-small-2');
    await connector.close();
  });

  it('without a shipped version, loads the bundle to compare and imports only when it differs', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb })).importing;
    const again = await openCorpusSource(async () => smallBundle(), referenceSource, { getDb });
    // Loaded and compared: the same version, so IndexedDB answers and nothing is written.
    expect(again.backend).toBe('indexeddb');
    expect(again.importing).toBeUndefined();
    await connector.close();
  });

  it('falls back to memory when indexedDB.open throws', async () => {
    const factory = { open: () => { throw new DOMException('A mutation operation was attempted', 'InvalidStateError'); } } as unknown as IDBFactory;
    const connector = createDbConnector({ factory });
    const opened = await openCorpusSource(async () => smallBundle(), referenceSource, { getDb: () => connector.getDb() });
    expect(opened.backend).toBe('memory');
    expect(opened.reason).toEqual({ code: 'storage_unavailable' });
    expect((await opened.source.meta()).version).toBe(smallBundle().version);
  });

  it('falls back to memory when the quota is exceeded, keeping the old corpus in IndexedDB', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb })).importing;
    const put = quotaExceededOnPut();
    const opened = await openCorpusSource(async () => smallBundleV2(), referenceSource, { getDb, shippedVersion: async () => 'v-small-2' });
    const settled = await opened.importing!;
    expect(put).toHaveBeenCalled();
    put.mockRestore();
    expect(settled.backend).toBe('memory');
    expect(settled.reason).toEqual({ code: 'storage_full' });
    // The memory source serves the new bundle, before and after; the stored one is still the old, whole corpus.
    expect((await opened.source.meta()).version).toBe('v-small-2');
    expect(settled.source).toBe(opened.source);
    const db = await getDb();
    expect(((await db.get('corpusMeta', 'corpus')) as { version?: string } | undefined)?.version).toBe('v-small-1');
    expect(await db.count('entities')).toBe(smallBundle().entities.length);
    await connector.close();
  });

  it('falls back without deleting anything when the database is newer than the code', async () => {
    const { factory, connector } = freshDb();
    const user = createUserData(() => connector.getDb());
    await (await openCorpusSource(async () => smallBundle(), referenceSource, { getDb: () => connector.getDb() })).importing;
    await user.setSiteEnabled('example.com', false, 'host');
    await connector.close();
    // A newer build bumped the version (and added a store), then the user went back to this build.
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME, DB_VERSION + 2);
      req.onupgradeneeded = () => req.result.createObjectStore('future');
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });

    const opened = await openCorpusSource(async () => smallBundle(), referenceSource, { getDb: () => connector.getDb() });
    expect(opened.backend).toBe('memory');
    expect(opened.reason).toEqual({ code: 'storage_newer_schema', params: { stored: DB_VERSION + 2, known: DB_VERSION } });
    expect((await opened.source.getEntity('hmeimim'))?.id).toBe('hmeimim');

    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(db.version).toBe(DB_VERSION + 2);
    const tx = db.transaction(['siteSettings', 'entities'], 'readonly');
    const count = (store: string) => new Promise<number>((resolve) => {
      const req = tx.objectStore(store).count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(await count('siteSettings')).toBe(1);
    expect(await count('entities')).toBe(smallBundle().entities.length);
    db.close();
  });

  it('lets a failure to load the bundle itself propagate', async () => {
    const { connector } = freshDb();
    await expect(
      openCorpusSource(async () => { throw new Error('corpus.json missing'); }, referenceSource, { getDb: () => connector.getDb() }),
    ).rejects.toThrow('corpus.json missing');
    await connector.close();
  });
});
