import { describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { freshDb } from './fixtures/db';
import { DB_VERSION, SLOT_STORES, aliasKeysOf } from '../../../src/storage/schema';

/** Every corpus store of both slots with the meta store, and the user's stores that no corpus update touches. */
const CORPUS_STORES = [...Object.values(SLOT_STORES.a), ...Object.values(SLOT_STORES.b), 'corpusMeta'];
const USER_STORES = ['siteSettings', 'hiddenNames', 'prefs', 'userArticles', 'packs', 'userMeta'];

describe('schema', () => {
  it('creates every store and index at the current version', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...CORPUS_STORES, ...USER_STORES].sort());

    const tx = unwrap(db).transaction([...db.objectStoreNames], 'readonly');
    const describeIndexes = (store: string) =>
      [...tx.objectStore(store).indexNames].map((n) => {
        const index = tx.objectStore(store).index(n);
        return { name: n, keyPath: index.keyPath, multiEntry: index.multiEntry };
      });
    expect(describeIndexes('entities')).toEqual([{ name: 'by-alias', keyPath: 'aliasKeys', multiEntry: true }]);
    expect(describeIndexes('passages')).toEqual([
      { name: 'by-article', keyPath: 'articleId', multiEntry: false },
      { name: 'by-entity', keyPath: 'entityIds', multiEntry: true },
    ]);
    expect(describeIndexes('claims')).toEqual([{ name: 'by-entity', keyPath: 'entityId', multiEntry: false }]);
    expect(describeIndexes('timeline')).toEqual([{ name: 'by-entity', keyPath: 'entityIds', multiEntry: true }]);
    expect(tx.objectStore('hiddenNames').keyPath).toEqual(['site', 'entityId', 'aliasKey']);
    expect(tx.objectStore('siteSettings').keyPath).toBe('site');
    expect(tx.objectStore('prefs').keyPath).toBe('key');
    await connector.close();
  });

  it('folds id, name and alias keys so spellings and scripts meet in the index, without duplicates', () => {
    expect(
      aliasKeysOf({
        id: 'al-sharaa',
        name: 'Ahmad al-Sharaa',
        aliases: [
          { text: 'al-Sharaa', lang: 'en' },
          { text: 'Al Sharaa', lang: 'en' },
          { text: 'أحمد الشَّرع', lang: 'ar' },
        ],
      }),
    ).toEqual(['al sharaa', 'ahmad al sharaa', 'احمد الشرع']);
  });
});
