import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { OLD_HIDDEN_NAMES, OLD_PREFS, OLD_SITE_SETTINGS, openFrozen, seedFrozen, type FrozenVersion } from './fixtures/frozen-schemas';
import { referenceSource, smallBundle } from './fixtures/bundle';
import { DB_NAME, DB_VERSION } from '../../../src/storage/schema';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { createIdbSource } from '../../../src/storage/idb-source';
import { createUserData } from '../../../src/storage/user-data';

const byEntity = <T extends { entityId: string }>(list: T[]) => [...list].sort((a, b) => a.entityId.localeCompare(b.entityId));

describe.each([1, 2, 3, 4] as FrozenVersion[])('upgrade from schema v%i', (version) => {
  it('keeps user data and the corpus, and backfills the alias index', async () => {
    const { factory, connector } = freshDb();
    const bundle = smallBundle();
    const old = await openFrozen(factory, DB_NAME, version);
    await seedFrozen(old, version, bundle);
    old.close();

    const db = await connector.getDb();
    expect(db.version).toBe(DB_VERSION);

    const user = createUserData(() => connector.getDb());
    expect(await user.listSiteSettings()).toEqual(OLD_SITE_SETTINGS);
    const exported = await user.exportUserData();
    if (version >= 2) {
      // An entry an older build kept for one spelling reads as the entity hidden under every spelling (as it always acted).
      expect(byEntity(await user.listHiddenNames())).toEqual(byEntity(OLD_HIDDEN_NAMES.map(({ aliasKey: _k, alias: _a, ...h }) => h)));
      expect(exported.prefs).toEqual(Object.fromEntries(OLD_PREFS.map((p) => [p.key, p.value])));
    } else {
      // v1 had no such stores: they exist now, empty.
      expect(await user.listHiddenNames()).toEqual([]);
      expect(exported.prefs).toEqual({});
    }

    // The stored corpus is still current (no re-import needed) and the new index finds it.
    expect(await ensureCorpus(db, bundle)).toBe('current');
    const source = createIdbSource(() => connector.getDb());
    const reference = referenceSource(bundle);
    for (const alias of ['khmeimim', 'Al Sharaa', 'حميميم', 'Путин', 'moscow']) {
      expect(await source.findEntitiesByAlias(alias)).toEqual(await reference.findEntitiesByAlias(alias));
    }
    expect((await source.findEntitiesByAlias('Хмеймим')).map((e) => e.id)).toEqual(['hmeimim']);
    expect(await source.listEntities()).toEqual(bundle.entities);
    await connector.close();
  });

  it('leaves user data intact through the upgrade and a following corpus update', async () => {
    const { factory, connector } = freshDb();
    const old = await openFrozen(factory, DB_NAME, version);
    await seedFrozen(old, version, smallBundle('old-corpus'));
    old.close();

    const db = await connector.getDb();
    expect(await ensureCorpus(db, smallBundle('new-corpus'))).toBe('imported');
    const user = createUserData(() => connector.getDb());
    expect(await user.listSiteSettings()).toEqual(OLD_SITE_SETTINGS);
    expect((await user.listHiddenNames()).length).toBe(version >= 2 ? OLD_HIDDEN_NAMES.length : 0);
    expect((await createIdbSource(() => connector.getDb()).meta()).version).toBe('new-corpus');
    await connector.close();
  });
});

describe('upgrade from no database (v0)', () => {
  it('creates an empty database that accepts a corpus', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    expect(await db.count('siteSettings')).toBe(0);
    expect(await ensureCorpus(db, smallBundle())).toBe('imported');
    await connector.close();
  });
});
