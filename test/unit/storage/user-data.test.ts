import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { freshDb } from './fixtures/db';
import { UserDataImportError, createUserData, type UserData } from '../../../src/storage/user-data';
import { DEFAULT_PREFS, USER_DATA_LIMITS } from '../../../src/model/user-settings';
import { MAX_USER_DATA_FILE_BYTES } from '../../../src/model/user-data-file';
import { errorText } from '../../../src/shared/ui/failure-text';

afterEach(() => vi.restoreAllMocks());

const T0 = 1_750_000_000_000;

/** The malformed cases write arbitrary shapes into a file on purpose. */
type Loose = any;

function setup(): UserData & { close(): Promise<void> } {
  const { connector } = freshDb();
  let t = T0;
  return { ...createUserData(() => connector.getDb(), { now: () => t++ }), close: () => connector.close() };
}

async function populate(user: UserData): Promise<void> {
  await user.setSiteEnabled('www.bbc.co.uk', false, 'domain');
  await user.setSiteEnabled('news.example.org', true, 'host');
  await user.hideName('reuters.com', 'putin');
  await user.hideName('reuters.com', 'al-sharaa');
  await user.hideName('tass.com', 'hmeimim');
  await user.setPrefs({ markMode: 'emphasise-first', hoverOpen: false });
}

describe('site settings', () => {
  it('stores, finds and removes settings; an exact host wins over its domain', async () => {
    const user = setup();
    expect(await user.setSiteEnabled('News.BBC.co.uk', false, 'domain')).toEqual({ site: 'bbc.co.uk', enabled: false, scope: 'domain', updatedAt: T0 });
    expect(await user.findSiteSettingFor('https://www.bbc.co.uk/news')).toMatchObject({ site: 'bbc.co.uk', enabled: false });
    await user.setSiteEnabled('www.bbc.co.uk', true, 'host');
    expect(await user.findSiteSettingFor('https://www.bbc.co.uk/news')).toMatchObject({ site: 'www.bbc.co.uk', enabled: true });
    expect(await user.findSiteSettingFor('https://sport.bbc.co.uk/')).toMatchObject({ site: 'bbc.co.uk' });
    // A host-only setting on the bare domain does not reach its subdomains.
    await user.setSiteEnabled('example.com', false, 'host');
    expect(await user.findSiteSettingFor('https://example.com/a')).toMatchObject({ site: 'example.com' });
    expect(await user.findSiteSettingFor('https://www.example.com/a')).toBeUndefined();
    expect(await user.findSiteSettingFor('about:blank')).toBeUndefined();
    expect((await user.listSiteSettings()).map((s) => s.site)).toEqual(['bbc.co.uk', 'example.com', 'www.bbc.co.uk']);
    await user.removeSiteSetting('bbc.co.uk');
    expect((await user.listSiteSettings()).find((s) => s.site === 'bbc.co.uk')).toBeUndefined();
    await expect(user.setSiteEnabled('not a host', true, 'host')).rejects.toThrow(/Not a host name/);
    await user.close();
  });

  it('keeps the old value when a write fails mid-transaction', async () => {
    const user = setup();
    await user.setSiteEnabled('example.com', true, 'host');
    await user.setPrefs({ paused: false });
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(user.setSiteEnabled('example.com', false, 'host')).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(user.setPrefs({ paused: true })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    put.mockRestore();
    expect((await user.listSiteSettings()).find((s) => s.site === 'example.com')).toEqual({ site: 'example.com', enabled: true, scope: 'host', updatedAt: T0 });
    expect((await user.getPrefs()).paused).toBe(false);
    await user.close();
  });
});

describe('hidden names and prefs', () => {
  it('hides an entity per site (every spelling: one entry), and unhides it', async () => {
    const user = setup();
    await populate(user);
    await user.hideName('reuters.com', 'al-sharaa'); // hidden already: still one entry
    const reuters = await user.listHiddenNames('reuters.com');
    expect(reuters.map((h) => h.entityId)).toEqual(['al-sharaa', 'putin']);
    expect(await user.listHiddenNames()).toHaveLength(3);
    await user.unhideName('reuters.com', 'al-sharaa');
    await user.unhideName('reuters.com', 'putin');
    expect(await user.listHiddenNames('reuters.com')).toEqual([]);
    expect(await user.listHiddenNames('tass.com')).toHaveLength(1);
    await expect(user.hideName('reuters.com', '')).rejects.toThrow(/entityId/);
    await user.close();
  });

  it('fills defaults and rejects invalid values', async () => {
    const user = setup();
    expect(await user.getPrefs()).toEqual(DEFAULT_PREFS);
    await user.setPrefs({ markMode: 'all' });
    expect(await user.setPrefs({ paused: true })).toEqual({ ...DEFAULT_PREFS, markMode: 'all', paused: true });
    expect(await user.getPrefs()).toEqual({ ...DEFAULT_PREFS, markMode: 'all', paused: true });
    await expect(user.setPrefs({ markMode: 'some' as never })).rejects.toThrow(/Invalid value for preference "markMode"/);
    await expect(user.setPrefs({ paused: 'yes' as never })).rejects.toThrow(/Invalid value for preference "paused"/);
    await expect(user.setPrefs({ theme: 'dark' } as never)).rejects.toThrow(/Invalid/);
    // One write: a bad value among good ones changes nothing.
    await expect(user.setPrefs({ hoverOpen: false, markMode: 'some' as never })).rejects.toThrow(/Invalid value/);
    expect((await user.getPrefs()).markMode).toBe('all');
    await user.close();
  });
});

describe('export and import', () => {
  it('round-trips into a fresh database through JSON text', async () => {
    const source = setup();
    await populate(source);
    const exported = await source.exportUserData();
    expect(exported).toMatchObject({ format: 'backstory-user-data', version: 1 });
    expect(exported.siteSettings).toHaveLength(2);
    expect(exported.hiddenNames).toHaveLength(3);
    expect(exported.prefs).toEqual({ markMode: 'emphasise-first', hoverOpen: false });

    const target = setup();
    await target.setSiteEnabled('keep.example', true, 'host');
    expect(await target.importUserData(JSON.stringify(exported))).toEqual({ added: 7, updated: 0 });
    const reexported = await target.exportUserData();
    expect(reexported.hiddenNames).toEqual(exported.hiddenNames);
    expect(reexported.prefs).toEqual(exported.prefs);
    expect(reexported.siteSettings).toEqual([...exported.siteSettings, { site: 'keep.example', enabled: true, scope: 'host', updatedAt: T0 }].sort((a, b) => a.site.localeCompare(b.site)));
    // Importing the same file again changes nothing; a changed entry counts as updated.
    expect(await target.importUserData(exported)).toEqual({ added: 0, updated: 0 });
    const changed = structuredClone(exported);
    changed.siteSettings[0]!.enabled = true;
    changed.prefs.hoverOpen = true;
    expect(await target.importUserData(changed)).toEqual({ added: 0, updated: 2 });
    await source.close();
    await target.close();
  });

  it('carries the interface language: set, exported, imported; files from before it still import', async () => {
    const source = setup();
    expect((await source.getPrefs()).uiLanguage).toBeUndefined(); // the browser's language
    await source.setPrefs({ uiLanguage: 'ar' });
    await expect(source.setPrefs({ uiLanguage: 'fr' as never })).rejects.toThrow(/Invalid value for preference "uiLanguage"/);
    const exported = await source.exportUserData();
    expect(exported.prefs).toEqual({ uiLanguage: 'ar' });

    const target = setup();
    await target.importUserData(JSON.stringify(exported));
    expect((await target.getPrefs()).uiLanguage).toBe('ar');
    await target.setPrefs({ uiLanguage: 'browser' });
    expect((await target.getPrefs()).uiLanguage).toBe('browser');
    // A backup written before the preference existed leaves the choice as it is.
    expect(await target.importUserData({ ...exported, prefs: { markMode: 'all' } })).toEqual({ added: 1, updated: 0 });
    expect(await target.getPrefs()).toMatchObject({ uiLanguage: 'browser', markMode: 'all' });
    await source.close();
    await target.close();
  });

  it('rolls a failing import back completely', async () => {
    const source = setup();
    await populate(source);
    const file = await source.exportUserData();
    const target = setup();
    await target.setSiteEnabled('bbc.co.uk', true, 'domain');
    const before = await target.exportUserData();
    let puts = 0;
    const realPut = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 4) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args as Parameters<typeof realPut>);
    });
    await expect(target.importUserData(file)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(puts).toBe(4);
    expect({ ...(await target.exportUserData()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    await source.close();
    await target.close();
  });

  // `alias` is the older form of a hidden name (one spelling): still read, and still checked, then dropped.
  const valid = (): Loose => ({
    format: 'backstory-user-data',
    version: 1,
    exportedAt: '2025-10-16T10:00:00.000Z',
    siteSettings: [{ site: 'bbc.co.uk', enabled: false, scope: 'domain', updatedAt: T0 }],
    hiddenNames: [{ site: 'reuters.com', entityId: 'putin', alias: 'Putin', createdAt: T0 }],
    prefs: { paused: true },
  });
  const edit = (f: (d: Loose) => void) => {
    const d = valid() as Loose;
    f(d);
    return d;
  };

  const malformed: Array<[string, unknown, RegExp]> = [
    ['bad JSON', '{"format": ', /not valid JSON/],
    ['too large', ' '.repeat(MAX_USER_DATA_FILE_BYTES + 1), /too large/],
    ['an array', [], /does not hold Backstory settings/],
    ['another format', edit((d) => (d.format = 'something-else')), /its format is "something-else", not "backstory-user-data"/],
    ['a newer version', edit((d) => (d.version = 2)), /format version 2, .*update Backstory/],
    ['an unknown version', edit((d) => (d.version = '1')), /format version is "1"/],
    ['an unknown top field', edit((d) => (d.extra = 1)), /unknown field extra: only/],
    ['__proto__ at the top', '{"format":"backstory-user-data","version":1,"__proto__":{"polluted":true}}', /__proto__ must be plain data/],
    ['a missing field', edit((d) => delete d.hiddenNames), /missing field "hiddenNames"/],
    ['a bad exportedAt', edit((d) => (d.exportedAt = 'yesterday')), /exportedAt must be an ISO date and time/],
    ['siteSettings not a list', edit((d) => (d.siteSettings = {})), /siteSettings must be a list/],
    ['too many hidden names', edit((d) => (d.hiddenNames = new Array(USER_DATA_LIMITS.hiddenNames + 1).fill(d.hiddenNames[0]))), new RegExp(`hiddenNames has more than ${USER_DATA_LIMITS.hiddenNames.toLocaleString('en')} entries`)],
    ['a site entry not an object', edit((d) => (d.siteSettings[0] = 'bbc.co.uk')), /siteSettings\[0\] must be an object/],
    ['a site that is no host', edit((d) => (d.siteSettings[0].site = '<img src=x onerror=alert(1)>')), /siteSettings\[0\]\.site is not a lower-case host name/],
    ['enabled not boolean', edit((d) => (d.siteSettings[0].enabled = 'false')), /enabled must be true or false/],
    ['an unknown scope', edit((d) => (d.siteSettings[0].scope = 'page')), /scope must be one of \("domain" \| "host"\)/],
    ['domain scope on a subdomain', edit((d) => (d.siteSettings[0].site = 'news.bbc.co.uk')), /not a registrable domain/],
    ['a bad time stamp', edit((d) => (d.siteSettings[0].updatedAt = -5)), /updatedAt must be a time/],
    ['a duplicate site', edit((d) => d.siteSettings.push({ ...d.siteSettings[0], enabled: true })), /the site "bbc.co.uk" is listed twice/],
    ['__proto__ in an entry', edit((d) => (d.hiddenNames[0] = JSON.parse('{"__proto__":{},"site":"a.com","entityId":"x","createdAt":1750000000000}'))), /hiddenNames\[0\]\.__proto__ must be plain data/],
    ['constructor in prefs', edit((d) => (d.prefs = JSON.parse('{"constructor":{"prototype":{}}}'))), /prefs\.constructor must be plain data/],
    ['an empty entity id', edit((d) => (d.hiddenNames[0].entityId = '')), /entityId is empty/],
    ['an overlong alias', edit((d) => (d.hiddenNames[0].alias = 'x'.repeat(201))), /alias is longer than 200/],
    ['control characters', edit((d) => (d.hiddenNames[0].alias = 'Put\u0000in')), /alias holds a control character \(U\+0000\)/],
    ['an unknown pref', edit((d) => (d.prefs.theme = 'dark')), /unknown field prefs\.theme:/],
    ['a bad mark mode', edit((d) => (d.prefs.markMode = 'every')), /markMode must be one of/],
    ['a pref of the wrong type', edit((d) => (d.prefs.hoverOpen = 1)), /hoverOpen must be true or false/],
    ['an interface language Backstory does not have', edit((d) => (d.prefs.uiLanguage = 'fr')), /uiLanguage must be one of \("browser" \| "en" \| "ar" \| "ru"\)/],
    ['a getter instead of data', edit((d) => Object.defineProperty(d.prefs, 'paused', { get: () => true, enumerable: true })), /prefs\.paused must be plain data/],
    ['a class instance', edit((d) => (d.prefs = new Map())), /prefs must be plain data/],
  ];

  it('accepts the valid base file used by the malformed cases', async () => {
    const user = setup();
    expect(await user.importUserData(valid())).toEqual({ added: 3, updated: 0 });
    await user.close();
  });

  it('refuses each malformed file with its own message and changes nothing', async () => {
    const user = setup();
    await populate(user);
    const before = { ...(await user.exportUserData()), exportedAt: '' };
    const messages = new Set<string>();
    for (const [what, input, message] of malformed) {
      const error = await user.importUserData(input).then(() => undefined, (e: unknown) => e);
      expect(error, what).toBeInstanceOf(UserDataImportError);
      expect(errorText(error), what).toMatch(message);
      messages.add(errorText(error));
    }
    expect(messages.size).toBe(malformed.length);
    expect({ ...(await user.exportUserData()), exportedAt: '' }).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await user.close();
  });
});

describe('hidden-name limit', () => {
  it('keeps hidden names within what an import accepts, so every export can be imported again', async () => {
    const user = setup();
    const IMPORT_LIMITS = USER_DATA_LIMITS;
    const hiddenNames = Array.from({ length: IMPORT_LIMITS.hiddenNames }, (_, i) => ({ site: 'example.org', entityId: `e-${i}`, createdAt: T0 }));
    await user.importUserData({ format: 'backstory-user-data', version: 1, exportedAt: '2025-10-20T10:00:00.000Z', siteSettings: [], prefs: {}, hiddenNames });
    await expect(user.hideName('example.org', 'one-too-many')).rejects.toThrow(new RegExp(`At most ${IMPORT_LIMITS.hiddenNames} hidden names`));
    // Hiding an already hidden name again is not a new entry.
    await expect(user.hideName('example.org', 'e-7')).resolves.toMatchObject({ entityId: 'e-7' });
    const exported = await user.exportUserData();
    expect(exported.hiddenNames).toHaveLength(IMPORT_LIMITS.hiddenNames);
    await expect(setup().importUserData(exported)).resolves.toMatchObject({ added: IMPORT_LIMITS.hiddenNames });
    await user.close();
  }, 60_000);
});
