import { describe, expect, it, vi } from 'vitest';
import { freshDb } from './fixtures/db';
import { createDbConnector, SchemaTooNewError } from '../../../src/storage/db';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema';
import { createUserData } from '../../../src/storage/user-data';
import { pageSettingsFrom } from '../../../src/background/page-settings';

const T0 = 1_750_000_000_000;

/** A newer build's upgrade: additive, as the schema's rules require (a new store, a new index). */
async function upgradeAsNewerBuild(factory: IDBFactory, edit?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION + 4);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('savedArticles', { keyPath: 'id' });
      edit?.(db, request.transaction!);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('a database newer than this build (a downgrade)', () => {
  it('still reads the settings: a site switched off stays off, and the rest applies', async () => {
    const { factory, connector } = freshDb();
    const before = createUserData(() => connector.getDb(), { now: () => T0 });
    await before.setSiteEnabled('example.com', false, 'domain');
    await before.hideName('news.example.org', 'vladimir-putin');
    await before.setPrefs({ markMode: 'all', hoverOpen: false });
    await connector.close();
    // The newer build also writes a record of a newer format: an extra field, a higher `v`.
    await upgradeAsNewerBuild(factory, (_db, tx) => {
      tx.objectStore('siteSettings').put({ site: 'tass.ru', enabled: false, scope: 'domain', updatedAt: T0, v: 2, schedule: 'weekdays' });
    });

    const later = createDbConnector({ factory });
    await expect(later.getDb()).rejects.toBeInstanceOf(SchemaTooNewError);
    const user = createUserData(() => later.getDb(), { readDb: () => later.getReadableDb() });

    expect(await pageSettingsFrom(user, 'https://www.example.com/a')).toMatchObject({ enabled: false, reason: 'site' });
    expect(await pageSettingsFrom(user, 'https://tass.ru/')).toMatchObject({ enabled: false, reason: 'site' });
    expect(await pageSettingsFrom(user, 'https://news.example.org/')).toMatchObject({
      enabled: true,
      markMode: 'all',
      hoverOpens: false,
      hiddenEntityIds: ['vladimir-putin'],
    });
    // Read only: nothing is written to a database this build does not know.
    await expect(user.setSiteEnabled('example.com', true, 'domain')).rejects.toBeInstanceOf(SchemaTooNewError);
    expect((await later.getReadableDb()).version).toBe(DB_VERSION + 4);
    await later.close();
  });

  it('marks nothing when a setting that governs the page cannot be read, and says why', async () => {
    const { factory, connector } = freshDb();
    await createUserData(() => connector.getDb(), { now: () => T0 }).setSiteEnabled('example.com', false, 'domain');
    await connector.close();
    // A newer build that broke the rules and changed a field's meaning.
    await upgradeAsNewerBuild(factory, (_db, tx) => {
      tx.objectStore('siteSettings').put({ site: 'example.com', enabled: 'weekdays-only', scope: 'domain', updatedAt: T0, v: 3 });
    });
    const later = createDbConnector({ factory });
    const user = createUserData(() => later.getDb(), { readDb: () => later.getReadableDb() });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const settings = await pageSettingsFrom(user, 'https://example.com/');
    warn.mockRestore();
    expect(settings).toMatchObject({ enabled: false, reason: 'unreadable', problem: { code: 'settings_unreadable', params: { site: 'example.com' } } });
    // A page no unreadable setting governs is marked as usual.
    expect(await pageSettingsFrom(user, 'https://example.org/')).toMatchObject({ enabled: true });
    await later.close();
  });

  it('reads what it can of newer preferences: an unknown mark mode is the default, an unreadable pause is a pause', async () => {
    const { factory, connector } = freshDb();
    await createUserData(() => connector.getDb()).setPrefs({ hoverOpen: false });
    await connector.close();
    await upgradeAsNewerBuild(factory, (_db, tx) => {
      tx.objectStore('prefs').put({ key: 'markMode', value: 'smart', v: 2 });
      tx.objectStore('prefs').put({ key: 'paused', value: { until: '2030-01-01' }, v: 2 });
      tx.objectStore('prefs').put({ key: 'theme', value: 'dark', v: 2 });
    });
    const later = createDbConnector({ factory });
    const user = createUserData(() => later.getDb(), { readDb: () => later.getReadableDb() });
    expect(await user.getPrefs()).toEqual({ paused: true, hoverOpen: false, markMode: 'emphasise-first' });
    expect(await pageSettingsFrom(user, 'https://example.com/')).toMatchObject({ enabled: false, reason: 'paused' });
    await later.close();
  });

  it('marks nothing when the settings cannot be read at all', async () => {
    const failing = { getPrefs: () => Promise.reject(new DOMException('broken', 'UnknownError')), findSiteSettingFor: async () => undefined, listHiddenNames: async () => [] };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await pageSettingsFrom(failing, 'https://example.com/')).toMatchObject({ enabled: false, reason: 'unreadable', problem: { code: 'storage_failed', params: { detail: 'UnknownError: broken' } } });
    warn.mockRestore();
  });
});
