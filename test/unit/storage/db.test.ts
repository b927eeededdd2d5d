import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { openFrozen } from './fixtures/frozen-schemas';
import { SchemaTooNewError, StorageBlockedError, StorageUnavailableError, createDbConnector } from '../../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema';

describe('database connection', () => {
  it('shares one connection until it is closed', async () => {
    const { connector } = freshDb();
    const [a, b] = await Promise.all([connector.getDb(), connector.getDb()]);
    expect(a).toBe(b);
    await connector.close();
    expect(await connector.getDb()).not.toBe(a);
    await connector.close();
  });

  it('steps aside when a newer build upgrades the database, then reports the downgrade', async () => {
    const events: string[] = [];
    const { factory, connector } = freshDb({ onEvent: (e) => events.push(e) });
    await connector.getDb();
    // A newer build opens version DB_VERSION + 1: our connection must close or it would block it.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, DB_VERSION + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(events).toEqual(['blocking']);
    newer.close();
    const error = await connector.getDb().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect(error).toMatchObject({ storedVersion: DB_VERSION + 1, knownVersion: DB_VERSION });
  });

  it('gives up after a while when an old connection blocks the upgrade, and retries later', async () => {
    const events: string[] = [];
    const { factory, connector } = freshDb({ blockedTimeoutMs: 30, onEvent: (e) => events.push(e) });
    // An old context that holds v2 open and ignores versionchange.
    const old = await openFrozen(factory, DB_NAME, 2);
    await expect(connector.getDb()).rejects.toBeInstanceOf(StorageBlockedError);
    expect(events).toContain('blocked');
    old.close();
    // The abandoned request completes once unblocked and is closed; a new call opens normally.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const db = await connector.getDb();
    expect(db.version).toBe(DB_VERSION);
    await connector.close();
  });

  it('reports a missing IndexedDB as unavailable', async () => {
    const connector = createDbConnector({ factory: undefined });
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a context without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(connector.getDb()).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('reports a factory whose open throws as unavailable', async () => {
    const factory = { open: () => { throw new DOMException('private mode', 'InvalidStateError'); } } as unknown as IDBFactory;
    await expect(createDbConnector({ factory }).getDb()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it("opens through its own factory and leaves the global indexedDB as it was", async () => {
    const global = globalThis.indexedDB;
    const { factory, connector } = freshDb();
    await connector.getDb();
    expect(globalThis.indexedDB).toBe(global);
    expect((await factory.databases()).map((d) => d.name)).toEqual([DB_NAME]);
    expect((await global.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    await connector.close();
  });
});
