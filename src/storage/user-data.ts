import { isSiteKey, normaliseHost, registrableDomain, siteKeysFor } from '../model/site-key';
import { foldKey } from '../model/fold';
import { getDb as sharedGetDb } from './db';
import type { BackstoryDb } from './schema';
import { IMPORT_LIMITS, parseUserData } from './user-data-validate';
import {
  DEFAULT_PREFS,
  PREF_KEYS,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  type HiddenName,
  type HiddenNameRecord,
  type PrefKey,
  type PrefRecord,
  type Prefs,
  type SiteScope,
  type SiteSetting,
  type UserDataExport,
} from '../model/user-settings';

export { UserDataImportError } from './user-data-validate';

/**
 * The user's settings in IndexedDB. Every write is a single transaction, so after a crash or a failed
 * write a setting has either its old value or its new one, never a mix.
 */

export interface UserData {
  getSiteSetting(site: string): Promise<SiteSetting | undefined>;
  /** The setting that governs a page: an exact-host setting wins over a domain-wide one. */
  findSiteSettingFor(url: string): Promise<SiteSetting | undefined>;
  /** With scope 'domain', the setting is stored under the registrable domain of `site`. */
  setSiteEnabled(site: string, enabled: boolean, scope: SiteScope): Promise<SiteSetting>;
  listSiteSettings(): Promise<SiteSetting[]>;
  removeSiteSetting(site: string): Promise<void>;
  /** Without `alias`, the entity is hidden under all its names on that site. */
  hideName(site: string, entityId: string, alias?: string): Promise<HiddenName>;
  listHiddenNames(site?: string): Promise<HiddenName[]>;
  unhideName(site: string, entityId: string, alias?: string): Promise<void>;
  getPrefs(): Promise<Prefs>;
  setPref<K extends PrefKey>(key: K, value: Prefs[K]): Promise<void>;
  exportUserData(): Promise<UserDataExport>;
  /** Validates the whole file first (throws `UserDataImportError`, nothing written), then merges in one transaction. */
  importUserData(json: unknown): Promise<{ added: number; updated: number }>;
}

export interface UserDataOptions {
  now?: () => number;
}

function siteArg(site: string): string {
  const key = normaliseHost(site);
  if (!isSiteKey(key)) throw new TypeError(`Not a host name: ${JSON.stringify(site).slice(0, 80)}`);
  return key;
}

function textArg(value: string, what: string): string {
  if (value.trim() === '' || value.length > 200) throw new TypeError(`${what} must be 1-200 characters.`);
  return value;
}

function toRecord(h: HiddenName): HiddenNameRecord {
  return { ...h, aliasKey: h.alias === undefined ? '' : foldKey(h.alias) };
}

function fromRecord({ aliasKey: _aliasKey, ...hidden }: HiddenNameRecord): HiddenName {
  return hidden;
}

const sameSetting = (a: SiteSetting, b: SiteSetting) =>
  a.enabled === b.enabled && a.scope === b.scope && a.updatedAt === b.updatedAt;

export function createUserData(getDb: () => Promise<BackstoryDb>, options: UserDataOptions = {}): UserData {
  const now = options.now ?? Date.now;

  async function getSiteSetting(site: string) {
    return (await getDb()).get('siteSettings', siteArg(site));
  }

  return {
    getSiteSetting,

    async findSiteSettingFor(url) {
      const [host, domain] = siteKeysFor(url);
      if (host === undefined) return undefined;
      const db = await getDb();
      const exact = await db.get('siteSettings', host);
      if (exact) return exact;
      if (domain === undefined) return undefined;
      const wide = await db.get('siteSettings', domain);
      // A host-scoped setting on the bare domain covers that host only, not its subdomains.
      return wide?.scope === 'domain' ? wide : undefined;
    },

    async setSiteEnabled(site, enabled, scope) {
      const host = siteArg(site);
      const setting: SiteSetting = {
        site: scope === 'domain' ? registrableDomain(host) : host,
        enabled,
        scope,
        updatedAt: now(),
      };
      await (await getDb()).put('siteSettings', setting);
      return setting;
    },

    async listSiteSettings() {
      return (await getDb()).getAll('siteSettings');
    },

    async removeSiteSetting(site) {
      await (await getDb()).delete('siteSettings', siteArg(site));
    },

    async hideName(site, entityId, alias) {
      const hidden: HiddenName = { site: siteArg(site), entityId: textArg(entityId, 'entityId'), createdAt: now() };
      if (alias !== undefined) hidden.alias = textArg(alias, 'alias');
      // Held to the import limit, so every export can be imported again.
      const tx = (await getDb()).transaction('hiddenNames', 'readwrite');
      const record = toRecord(hidden);
      const [count, existing] = await Promise.all([tx.store.count(), tx.store.getKey([record.site, record.entityId, record.aliasKey])]);
      if (existing === undefined && count >= IMPORT_LIMITS.hiddenNames) {
        tx.done.catch(() => undefined); // the abort below is ours
        tx.abort();
        throw new RangeError(`At most ${IMPORT_LIMITS.hiddenNames} hidden names can be kept; remove some on the options page.`);
      }
      await Promise.all([tx.store.put(record), tx.done]);
      return hidden;
    },

    async listHiddenNames(site) {
      const db = await getDb();
      const records =
        site === undefined
          ? await db.getAll('hiddenNames')
          : await db.getAllFromIndex('hiddenNames', 'by-site', siteArg(site));
      return records.map(fromRecord);
    },

    async unhideName(site, entityId, alias) {
      const aliasKey = alias === undefined ? '' : foldKey(alias);
      await (await getDb()).delete('hiddenNames', [siteArg(site), entityId, aliasKey]);
    },

    async getPrefs() {
      const prefs: Prefs = { ...DEFAULT_PREFS };
      for (const record of await (await getDb()).getAll('prefs')) assignPref(prefs, record);
      return prefs;
    },

    async setPref(key, value) {
      const probe: Prefs = { ...DEFAULT_PREFS };
      const record = { key, value } as PrefRecord;
      if (!assignPref(probe, record)) throw new TypeError(`Invalid value for preference "${key}".`);
      await (await getDb()).put('prefs', record);
    },

    async exportUserData() {
      const db = await getDb();
      // One read transaction: a consistent snapshot even if a write happens meanwhile.
      const tx = db.transaction(['siteSettings', 'hiddenNames', 'prefs'], 'readonly');
      const [siteSettings, hidden, prefRecords] = await Promise.all([
        tx.objectStore('siteSettings').getAll(),
        tx.objectStore('hiddenNames').getAll(),
        tx.objectStore('prefs').getAll(),
      ]);
      await tx.done;
      const prefs: Partial<Prefs> = {};
      for (const record of prefRecords) assignPref(prefs, record);
      return {
        format: USER_DATA_FORMAT,
        version: USER_DATA_VERSION,
        exportedAt: new Date(now()).toISOString(),
        siteSettings,
        hiddenNames: hidden.map(fromRecord),
        prefs,
      };
    },

    async importUserData(json) {
      // Throws before any transaction is opened: a bad file changes nothing.
      const data = parseUserData(json);
      const db = await getDb();
      const tx = db.transaction(['siteSettings', 'hiddenNames', 'prefs'], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      let added = 0;
      let updated = 0;
      try {
        const sites = tx.objectStore('siteSettings');
        for (const setting of data.siteSettings) {
          const existing = await sites.get(setting.site);
          // The file wins: importing is an explicit request to apply it.
          if (existing && sameSetting(existing, setting)) continue;
          if (existing) updated++;
          else added++;
          await sites.put(setting);
        }
        const hiddenStore = tx.objectStore('hiddenNames');
        for (const hidden of data.hiddenNames) {
          const record = toRecord(hidden);
          if (await hiddenStore.getKey([record.site, record.entityId, record.aliasKey])) continue;
          added++;
          await hiddenStore.put(record);
        }
        const prefStore = tx.objectStore('prefs');
        for (const key of PREF_KEYS) {
          if (!(key in data.prefs)) continue;
          const record = { key, value: data.prefs[key] } as PrefRecord;
          const existing = await prefStore.get(key);
          if (existing && existing.value === record.value) continue;
          if (existing) updated++;
          else added++;
          await prefStore.put(record);
        }
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already aborted.
        }
        throw error;
      }
      await done;
      return { added, updated };
    },
  };
}

/** Copies a stored preference into `prefs` if it is a known key with a valid value; says whether it did. */
function assignPref(prefs: Partial<Prefs>, record: PrefRecord): boolean {
  switch (record.key) {
    case 'paused':
    case 'hoverOpen':
      if (typeof record.value !== 'boolean') return false;
      prefs[record.key] = record.value;
      return true;
    case 'markMode':
      if (record.value !== 'first' && record.value !== 'all' && record.value !== 'emphasise-first') return false;
      prefs.markMode = record.value;
      return true;
    default:
      return false;
  }
}

/** The extension's user data, over the shared connection. */
export const userData: UserData = createUserData(sharedGetDb);
export const {
  getSiteSetting,
  findSiteSettingFor,
  setSiteEnabled,
  listSiteSettings,
  removeSiteSetting,
  hideName,
  listHiddenNames,
  unhideName,
  getPrefs,
  setPref,
  exportUserData,
  importUserData,
} = userData;
