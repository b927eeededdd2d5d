import { wrap } from 'idb';
import { DB_NAME, DB_VERSION, upgradeSchema, type BackstoryDb } from './schema';

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

/** Version currently on disk, read by opening without a version (which never upgrades), then closing. */
async function storedVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
  try {
    const db = await wrap(factory.open(name));
    const version = db?.version;
    db?.close();
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
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      // Firefox private windows used to throw here synchronously (InvalidStateError).
      throw new StorageUnavailableError(`IndexedDB refused to open: ${String(error)}`);
    }
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as BackstoryDb;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as Parameters<typeof upgradeSchema>[2];
      upgradeSchema(db, event.oldVersion, tx);
    };

    return new Promise<BackstoryDb>((resolve, reject) => {
      let gaveUp = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      request.onblocked = () => {
        notify('blocked');
        timer ??= setTimeout(() => {
          gaveUp = true;
          reject(new StorageBlockedError('Another Backstory page or worker kept the database open during an upgrade.'));
        }, blockedTimeoutMs);
      };
      request.onsuccess = () => {
        if (timer !== undefined) clearTimeout(timer);
        const raw = request.result;
        if (gaveUp) {
          raw.close();
          return;
        }
        const db = wrap(raw) as unknown as BackstoryDb;
        const drop = (event: 'blocking' | 'terminated') => {
          if (event === 'blocking') raw.close();
          onEnd();
          notify(event);
        };
        // A newer build (or a deletion) wants the database: step aside, reopen on next use.
        raw.onversionchange = () => drop('blocking');
        // Closed by the browser (storage cleared, disk error): forget it, reopen on next use.
        raw.onclose = () => drop('terminated');
        resolve(db);
      };
      request.onerror = (event) => {
        if (timer !== undefined) clearTimeout(timer);
        event.preventDefault();
        const error = request.error;
        if (error?.name === 'VersionError') {
          void storedVersion(factory, name).then((v) => reject(new SchemaTooNewError(v, DB_VERSION)));
        } else {
          reject(error ?? new StorageUnavailableError('IndexedDB failed to open.'));
        }
      };
    });
  }

  let asIs: Promise<BackstoryDb> | undefined;

  /** The database at whatever version it is; never creates or upgrades one. `onEnd` as for `open`. */
  function openAsIs(onEnd: () => void): Promise<BackstoryDb> {
    const factory = resolveFactory(options.factory);
    return new Promise<BackstoryDb>((resolve, reject) => {
      const request = factory.open(name);
      // Only a missing database upgrades here (it was deleted meanwhile): do not create an empty one.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => {
        const raw = request.result;
        raw.onversionchange = () => {
          raw.close();
          onEnd();
        };
        raw.onclose = onEnd;
        resolve(wrap(raw) as unknown as BackstoryDb);
      };
      request.onerror = (event) => {
        event.preventDefault();
        reject(request.error ?? new StorageUnavailableError('IndexedDB failed to open.'));
      };
    });
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
