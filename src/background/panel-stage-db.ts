import browser from 'webextension-polyfill';
import type { ArticleStageStore, StoredArticle } from '../corpus/context';
import { contentHash } from '../model/hash';

/**
 * The side panel's prepared corpus articles (src/corpus/context/stage-store.ts) in a database of their own, apart
 * from the corpus's (src/storage/db.ts): losing it loses nothing but time, and its records change with the code
 * that prepared them, not with the corpus schema. Each record is one article's compile stage and facts under a
 * scope (the gazetteer and facets, and this build's background script): a record of another scope is never read,
 * and the oldest records go past `MAX_ARTICLES`.
 */
const DB_NAME = 'backstory-panel';
const STORE = 'articles';
/** About 100 KB each: the memo's 300 (the 200 the background prepares and the pages read since). */
const MAX_ARTICLES = 300;

interface Row extends StoredArticle {
  scope: string;
  savedAt: number;
}

export interface PanelStageDbOptions {
  /** Another factory (a test's fake); the global `indexedDB` by default. */
  factory?: IDBFactory;
  /** What identifies the code that prepared the records; this build's background script by default. */
  codeId?: () => Promise<string>;
  name?: string;
  max?: number;
}

/** The build's background script, hashed: records prepared by another build of the compiler are not read. */
async function backgroundScriptId(): Promise<string> {
  const res = await fetch(browser.runtime.getURL('background.js'));
  return contentHash(await res.text());
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('panel store transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('panel store transaction aborted'));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('panel store request failed'));
  });
}

export function createPanelStageDb(options: PanelStageDbOptions = {}): ArticleStageStore {
  const max = options.max ?? MAX_ARTICLES;
  let db: Promise<IDBDatabase> | undefined;
  let code: Promise<string> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (!factory) return reject(new Error('IndexedDB is not available here'));
      const req = factory.open(options.name ?? DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      req.onsuccess = () => {
        const opened = req.result;
        // (another version of the extension upgrading it, or the browser closing it: the next use opens it again)
        opened.onversionchange = () => opened.close();
        opened.onclose = () => (db = undefined);
        resolve(opened);
      };
      req.onerror = () => reject(req.error ?? new Error('panel store not opened'));
    }).catch((error: unknown) => {
      db = undefined;
      throw error;
    }));
  const scoped = async (scope: string) => `${scope}|${await (code ??= (options.codeId ?? backgroundScriptId)())}`;

  return {
    async load(scope, ids) {
      const [database, full] = await Promise.all([open(), scoped(scope)]);
      const tx = database.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<Row | undefined>)));
      const out = new Map<string, StoredArticle>();
      for (const row of rows) if (row?.scope === full) out.set(row.id, { id: row.id, record: row.record, stage: row.stage, facts: row.facts });
      return out;
    },
    async clear() {
      const tx = (await open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).clear();
      await done(tx);
    },
    async save(scope, articles) {
      const [database, full] = await Promise.all([open(), scoped(scope)]);
      const tx = database.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const savedAt = Date.now();
      for (const a of articles) store.put({ ...a, scope: full, savedAt } satisfies Row);
      const count = await request(store.count());
      if (count > max) {
        // The oldest prepared go first (records of another scope are among the oldest: they are never saved again).
        let extra = count - max;
        const cursor = store.index('savedAt').openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || extra <= 0) return;
          at.delete();
          extra--;
          at.continue();
        };
      }
      await done(tx);
    },
  };
}
