import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { TestPage } from './driver';

export interface StoredCorpusSummary {
  version: string | null;
  entities: number;
  articles: number;
  passages: number;
  hmeimimAliases: string[];
}

/**
 * Reads the extension's IndexedDB directly from one of its pages (same origin), without our code:
 * proves the corpus was imported into the real browser's database, not just served from memory.
 */
export function readStoredCorpus(page: TestPage | Page | PuppeteerPage): Promise<StoredCorpusSummary> {
  return (page as Page).evaluate(
    () =>
      new Promise<StoredCorpusSummary>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['corpusMeta', 'entities', 'articles', 'passages'], 'readonly');
          const count = (store: string) => new Promise<number>((r) => (tx.objectStore(store).count().onsuccess = (e) => r((e.target as IDBRequest<number>).result)));
          const get = <T>(store: string, key: string) => new Promise<T | undefined>((r) => (tx.objectStore(store).get(key).onsuccess = (e) => r((e.target as IDBRequest<T>).result)));
          Promise.all([
            get<{ version: string }>('corpusMeta', 'corpus'),
            count('entities'),
            count('articles'),
            count('passages'),
            get<{ aliases: Array<{ text: string }> }>('entities', 'hmeimim-air-base'),
          ]).then(([meta, entities, articles, passages, hmeimim]) => {
            db.close();
            resolve({ version: meta?.version ?? null, entities, articles, passages, hmeimimAliases: hmeimim?.aliases.map((a) => a.text) ?? [] });
          }, reject);
        };
      }),
  );
}
