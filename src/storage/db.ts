import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgradeSchema, type BackstoryDb, type BackstorySchema } from './schema';

/**
 * The connection to the `backstory` database.
 *
 * The background context can be stopped at any moment (MV3 service worker, Firefox event page) and
 * the browser can close a connection under us (storage cleared in DevTools, another context wanting
 * to upgrade). So the connection is one shared promise, opened on first use and dropped whenever the
 * connection ends; the next `getDb()` opens it again.
 */

/** IndexedDB is missing or refuses to open (private window, storage disabled, broken profile). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** The database was written by a newer build (the user downgraded); we never delete it to open it. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(
    readonly storedVersion: number | undefined,
    readonly knownVersion: number,
  ) {
    super(
      `The database has schema version ${storedVersion ?? 'unknown'}, newer than this build knows (${knownVersion}); it was left untouched.`,
    );
  }
}

/** Another open connection (an older context still running) kept the upgrade waiting too long. */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
}

export interface DbConnectorOptions {
  /** Defaults to the global `indexedDB`, looked up when a connection is opened. */
  factory?: IDBFactory;
  name?: string;
  /** How long an upgrade may wait for older connections to close before giving up. */
  blockedTimeoutMs?: number;
  /** Told when our upgrade waits on another connection, and when ours is asked to close. */
  onEvent?: (event: 'blocked' | 'blocking' | 'terminated') => void;
}

export interface DbConnector {
  getDb(): Promise<BackstoryDb>;
  /**
   * For reading user settings: the usual connection or, when the database was written by a newer
   * build (a downgrade), that database as it is, opened without a version so nothing is upgraded or
   * changed. User stores only change additively, so their records can still be read; nothing is
   * written through this connection.
   */
  getReadableDb(): Promise<BackstoryDb>;
  /** Close the connection, if open; a later `getDb()` reopens it. */
  close(): Promise<void>;
}

function resolveFactory(factory: IDBFactory | undefined): IDBFactory {
  const f = factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) throw new StorageUnavailableError('IndexedDB is not available in this context.');
  return f;
}

/**
 * idb's `openDB` opens through the global `indexedDB`, read once, synchronously, as it starts. A connector
 * given its own factory (each unit test a private fake) puts it there for that one call and restores the
 * global at once; the extension's connector uses the global itself and calls `openDB` directly.
 */
function openThrough<T>(factory: IDBFactory, open: () => T): T {
  const scope = globalThis as { indexedDB?: IDBFactory };
  if (scope.indexedDB === factory) return open();
  const own = Object.getOwnPropertyDescriptor(scope, 'indexedDB');
  Object.defineProperty(scope, 'indexedDB', { value: factory, configurable: true, writable: true });
  try {
    return open();
  } finally {
    if (own) Object.defineProperty(scope, 'indexedDB', own);
    else delete scope.indexedDB;
  }
}

/** Version currently on disk, read by opening without a version (which never upgrades), then closing. */
async function storedVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
  try {
    const db = await openThrough(factory, () => openDB(name));
    const version = db.version;
    db.close();
    return version;
  } catch {
    return undefined;
  }
}

export function createDbConnector(options: DbConnectorOptions = {}): DbConnector {
  const name = options.name ?? DB_NAME;
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 10_000;
  const notify = options.onEvent ?? (() => undefined);
  let current: Promise<BackstoryDb> | undefined;

  /** `onEnd` forgets this connection (and only this one) when it closes. */
  function open(onEnd: () => void): Promise<BackstoryDb> {
    const factory = resolveFactory(options.factory);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp: (() => void) | undefined;
    const givenUp = new Promise<never>((_, reject) => {
      gaveUp = () => reject(new StorageBlockedError('Another Backstory page or worker kept the database open during an upgrade.'));
    });
    let opening: Promise<BackstoryDb>;
    try {
      opening = openThrough(factory, () =>
        openDB<BackstorySchema>(name, DB_VERSION, {
          upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
          blocked: () => {
            notify('blocked');
            timer ??= setTimeout(() => gaveUp?.(), blockedTimeoutMs);
          },
          // A newer build (or a deletion) wants the database: step aside, reopen on next use.
          blocking: () => {
            void opening.then((db) => db.close());
            onEnd();
            notify('blocking');
          },
          // Closed by the browser (storage cleared, disk error): forget it, reopen on next use.
          terminated: () => {
            onEnd();
            notify('terminated');
          },
        }),
      );
    } catch (error) {
      // Firefox private windows used to throw here synchronously (InvalidStateError).
      throw new StorageUnavailableError(`IndexedDB refused to open: ${String(error)}`);
    }
    const opened = opening.then(
      (db) => {
        if (timer !== undefined) clearTimeout(timer);
        return db;
      },
      async (error: unknown) => {
        if (timer !== undefined) clearTimeout(timer);
        if (error instanceof DOMException && error.name === 'VersionError') throw new SchemaTooNewError(await storedVersion(factory, name), DB_VERSION);
        throw error ?? new StorageUnavailableError('IndexedDB failed to open.');
      },
    );
    // The request given up on may still succeed once unblocked: that connection is closed, never used.
    givenUp.catch(() => opening.then((db) => db.close(), () => undefined));
    return Promise.race([opened, givenUp]);
  }

  let asIs: Promise<BackstoryDb> | undefined;

  /** The database at whatever version it is; never creates or upgrades one. `onEnd` as for `open`. */
  function openAsIs(onEnd: () => void): Promise<BackstoryDb> {
    const factory = resolveFactory(options.factory);
    const opening: Promise<BackstoryDb> = openThrough(factory, () =>
      openDB<BackstorySchema>(name, undefined, {
        // Only a missing database upgrades here (it was deleted meanwhile): do not create an empty one.
        upgrade: (_db, _old, _new, tx) => tx.abort(),
        blocking: () => {
          void opening.then((db) => db.close());
          onEnd();
        },
        terminated: onEnd,
      }),
    );
    return opening;
  }

  const connector: DbConnector = {
    getDb() {
      if (current) return current;
      let connection: Promise<BackstoryDb>;
      try {
        // Events fire asynchronously, so `connection` is assigned before `onEnd` can run.
        connection = open(() => {
          if (current === connection) current = undefined;
        });
      } catch (error) {
        return Promise.reject(error);
      }
      current = connection;
      // A failed open must not stick: the next call tries again.
      connection.catch(() => {
        if (current === connection) current = undefined;
      });
      return connection;
    },
    async getReadableDb() {
      try {
        return await connector.getDb();
      } catch (error) {
        if (!(error instanceof SchemaTooNewError)) throw error;
        if (!asIs) {
          const connection: Promise<BackstoryDb> = openAsIs(() => {
            if (asIs === connection) asIs = undefined;
          });
          asIs = connection;
          connection.catch(() => {
            if (asIs === connection) asIs = undefined;
          });
        }
        return asIs;
      }
    },
    async close() {
      const pending = [current, asIs];
      current = undefined;
      asIs = undefined;
      for (const p of pending) {
        try {
          (await p)?.close();
        } catch {
          // Nothing open to close.
        }
      }
    },
  };
  return connector;
}

/** The extension's connection. */
const shared = createDbConnector();

/** The shared connection to the `backstory` database, opened (and upgraded) on first use. */
export function getDb(): Promise<BackstoryDb> {
  return shared.getDb();
}

/** The shared connection for reading user settings, which also reads a newer build's database. */
export function getReadableDb(): Promise<BackstoryDb> {
  return shared.getReadableDb();
}
