import * as v from 'valibot';
import { isSiteKey, normaliseHost, registrableDomain, siteKeysFor } from '../model/site-key';
import { getDb as sharedGetDb, getReadableDb as sharedGetReadableDb } from './db';
import type { BackstoryDb } from './schema';
import { CodedError } from '../model/errors';
import { USER_DATA_FORMAT, USER_DATA_VERSION, UserDataImportError, parseUserData, type UserDataExport } from '../model/user-data-file';
import {
  DEFAULT_PREFS,
  PREF_KEYS,
  USER_DATA_LIMITS,
  USER_RECORD_VERSION,
  entityIdSchema,
  governingSiteSetting,
  partialPrefsSchema,
  prefEntries,
  storedHiddenName,
  storedSiteSetting,
  type HiddenName,
  type HiddenNameRecord,
  type PartialPrefs,
  type PrefRecord,
  type Prefs,
  type SiteScope,
  type SiteSetting,
} from '../model/user-settings';
import { abortQuietly } from './abort';

export { UserDataImportError } from '../model/user-data-file';

/**
 * The user's settings in IndexedDB. Every write is a single transaction, so after a crash or a failed
 * write a setting has either its old value or its new one, never a mix.
 *
 * Records are read through the model's schemas, leniently: fields a newer build added are ignored, and
 * a record that cannot be read at all is left out of lists. Reads go through `readDb`, which also
 * opens a newer build's database (a downgrade), so the user's settings still apply after one.
 */

export interface UserData {
  /** The setting that governs a page (`governingSiteSetting`); throws if a stored candidate cannot be read. */
  findSiteSettingFor(url: string): Promise<SiteSetting | undefined>;
  /** With scope 'domain', the setting is stored under the registrable domain of `site`. */
  setSiteEnabled(site: string, enabled: boolean, scope: SiteScope): Promise<SiteSetting>;
  listSiteSettings(): Promise<SiteSetting[]>;
  removeSiteSetting(site: string): Promise<void>;
  /** Hides the entity on that site under every spelling. */
  hideName(site: string, entityId: string): Promise<HiddenName>;
  /** One entry per entity and site. */
  listHiddenNames(site?: string): Promise<HiddenName[]>;
  unhideName(site: string, entityId: string): Promise<void>;
  getPrefs(): Promise<Prefs>;
  /** Sets the given preferences in one write; throws `TypeError` (nothing written) on an invalid value. */
  setPrefs(changes: PartialPrefs): Promise<Prefs>;
  exportUserData(): Promise<UserDataExport>;
  /** Validates the whole file first (throws `UserDataImportError`, nothing written), then merges in one transaction. */
  importUserData(json: unknown): Promise<{ added: number; updated: number }>;
}

export interface UserDataOptions {
  now?: () => number;
  /** The connection reads use; defaults to the one writes use. */
  readDb?: () => Promise<BackstoryDb>;
}

/** A stored setting exists but cannot be read (a newer build changed it beyond recognition). */
export class UnreadableSettingError extends CodedError {
  override name = 'UnreadableSettingError';
  constructor(site: string) {
    super('settings_unreadable', `The stored setting for ${site} cannot be read by this version of Backstory.`, { site });
  }
}

function siteArg(site: string): string {
  const key = normaliseHost(site);
  if (!isSiteKey(key)) throw new CodedError('not_a_site', `Not a host name: ${JSON.stringify(site).slice(0, 80)}`, { site: site.slice(0, 80) });
  return key;
}

function entityArg(entityId: string): string {
  const result = v.safeParse(entityIdSchema, entityId);
  if (!result.success) throw new CodedError('invalid_name', `entityId ${result.issues[0].message}`);
  return result.output;
}

/** Every stored entry for one entity on one site, whatever spelling an older build keyed it under. */
const entityRange = (site: string, entityId: string) => IDBKeyRange.bound([site, entityId], [site, entityId, []]);

function readSiteSetting(record: unknown): SiteSetting | undefined {
  const result = v.safeParse(storedSiteSetting, record);
  if (!result.success) return undefined;
  const { site, enabled, scope, updatedAt } = result.output;
  return { site, enabled, scope, updatedAt };
}

/** The readable entries, one per entity and site (records are in key order, so the current form comes first). */
function readHiddenNames(records: unknown[]): HiddenName[] {
  const seen = new Set<string>();
  const hidden: HiddenName[] = [];
  for (const record of records) {
    const result = v.safeParse(storedHiddenName, record);
    if (!result.success) continue;
    const { site, entityId, createdAt } = result.output;
    const key = `${site} ${entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hidden.push({ site, entityId, createdAt });
  }
  return hidden;
}

/** The stored preferences that can be read. An unreadable pause flag reads as paused: never mark when unsure. */
function readPrefs(records: Array<{ key: string; value: unknown }>): PartialPrefs {
  const prefs: Record<string, unknown> = {};
  for (const { key, value } of records) {
    const schema = (prefEntries as Record<string, v.GenericSchema>)[key];
    if (!schema) continue;
    const result = v.safeParse(schema, value);
    if (result.success) prefs[key] = result.output;
    else if (key === 'paused') prefs[key] = true;
  }
  return prefs as PartialPrefs;
}

const sameSetting = (a: SiteSetting, b: SiteSetting) =>
  a.enabled === b.enabled && a.scope === b.scope && a.updatedAt === b.updatedAt;

const siteRecord = (s: SiteSetting) => ({ ...s, v: USER_RECORD_VERSION });
const hiddenRecord = (h: HiddenName): HiddenNameRecord => ({ ...h, aliasKey: '', v: USER_RECORD_VERSION });
const prefRecord = (key: keyof Prefs, value: unknown) => ({ key, value, v: USER_RECORD_VERSION }) as PrefRecord;

export function createUserData(getDb: () => Promise<BackstoryDb>, options: UserDataOptions = {}): UserData {
  const now = options.now ?? Date.now;
  const readDb = options.readDb ?? getDb;

  async function getPrefs(): Promise<Prefs> {
    return { ...DEFAULT_PREFS, ...readPrefs(await (await readDb()).getAll('prefs')) };
  }

  return {
    async findSiteSettingFor(url) {
      const db = await readDb();
      const settings: SiteSetting[] = [];
      for (const key of siteKeysFor(url)) {
        const record = await db.get('siteSettings', key);
        if (record === undefined) continue;
        const setting = readSiteSetting(record);
        if (!setting) throw new UnreadableSettingError(key);
        settings.push(setting);
      }
      return governingSiteSetting(url, settings);
    },

    async setSiteEnabled(site, enabled, scope) {
      const host = siteArg(site);
      const setting: SiteSetting = { site: scope === 'domain' ? registrableDomain(host) : host, enabled, scope, updatedAt: now() };
      const tx = (await getDb()).transaction('siteSettings', 'readwrite');
      const [count, existing] = await Promise.all([tx.store.count(), tx.store.getKey(setting.site)]);
      if (existing === undefined && count >= USER_DATA_LIMITS.siteSettings) {
        tx.done.catch(() => undefined); // the abort below is ours
        tx.abort();
        throw new CodedError('too_many_sites', `At most ${USER_DATA_LIMITS.siteSettings} site settings can be kept.`, { max: USER_DATA_LIMITS.siteSettings });
      }
      await Promise.all([tx.store.put(siteRecord(setting)), tx.done]);
      return setting;
    },

    async listSiteSettings() {
      const records = await (await readDb()).getAll('siteSettings');
      return records.map(readSiteSetting).filter((s) => s !== undefined);
    },

    async removeSiteSetting(site) {
      await (await getDb()).delete('siteSettings', siteArg(site));
    },

    async hideName(site, entityId) {
      const hidden: HiddenName = { site: siteArg(site), entityId: entityArg(entityId), createdAt: now() };
      // Held to the limit, so every export can be imported again.
      const tx = (await getDb()).transaction('hiddenNames', 'readwrite');
      const [count, existing] = await Promise.all([tx.store.count(), tx.store.getKey(entityRange(hidden.site, hidden.entityId))]);
      if (existing === undefined && count >= USER_DATA_LIMITS.hiddenNames) {
        tx.done.catch(() => undefined); // the abort below is ours
        tx.abort();
        throw new CodedError('too_many_hidden_names', `At most ${USER_DATA_LIMITS.hiddenNames} hidden names can be kept.`, { max: USER_DATA_LIMITS.hiddenNames });
      }
      // One entry per entity: entries an older build kept per spelling give way to it.
      await Promise.all([tx.store.delete(entityRange(hidden.site, hidden.entityId)), tx.store.put(hiddenRecord(hidden)), tx.done]);
      return hidden;
    },

    async listHiddenNames(site) {
      const db = await readDb();
      const records =
        site === undefined ? await db.getAll('hiddenNames') : await db.getAllFromIndex('hiddenNames', 'by-site', siteArg(site));
      return readHiddenNames(records);
    },

    async unhideName(site, entityId) {
      await (await getDb()).delete('hiddenNames', entityRange(siteArg(site), entityId));
    },

    getPrefs,

    async setPrefs(changes) {
      const result = v.safeParse(partialPrefsSchema, changes);
      if (!result.success) {
        const key = result.issues[0].path?.[0]?.key;
        throw new CodedError('invalid_preference', key === undefined ? 'Invalid preferences.' : `Invalid value for preference "${String(key)}".`, { key: String(key ?? '') });
      }
      const tx = (await getDb()).transaction('prefs', 'readwrite');
      const puts = PREF_KEYS.filter((key) => key in result.output).map((key) => tx.store.put(prefRecord(key, result.output[key])));
      await Promise.all([...puts, tx.done]);
      return getPrefs();
    },

    async exportUserData() {
      const db = await readDb();
      // One read transaction: a consistent snapshot even if a write happens meanwhile.
      const tx = db.transaction(['siteSettings', 'hiddenNames', 'prefs'], 'readonly');
      const [sites, hidden, prefs] = await Promise.all([
        tx.objectStore('siteSettings').getAll(),
        tx.objectStore('hiddenNames').getAll(),
        tx.objectStore('prefs').getAll(),
      ]);
      await tx.done;
      return {
        format: USER_DATA_FORMAT,
        version: USER_DATA_VERSION,
        exportedAt: new Date(now()).toISOString(),
        siteSettings: sites.map(readSiteSetting).filter((s) => s !== undefined),
        hiddenNames: readHiddenNames(hidden),
        prefs: readPrefs(prefs),
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
          const existing = readSiteSetting(await sites.get(setting.site));
          // The file wins: importing is an explicit request to apply it.
          if (existing && sameSetting(existing, setting)) continue;
          if (existing) updated++;
          else added++;
          await sites.put(siteRecord(setting));
        }
        const hiddenStore = tx.objectStore('hiddenNames');
        for (const hidden of data.hiddenNames) {
          if ((await hiddenStore.getKey(entityRange(hidden.site, hidden.entityId))) !== undefined) continue;
          added++;
          await hiddenStore.put(hiddenRecord(hidden));
        }
        // The merge is held to the same limits as single writes, so what it leaves can be exported and imported again.
        const [siteCount, hiddenCount] = await Promise.all([sites.count(), hiddenStore.count()]);
        if (siteCount > USER_DATA_LIMITS.siteSettings || hiddenCount > USER_DATA_LIMITS.hiddenNames) {
          const limits = { sites: siteCount, hidden: hiddenCount, maxSites: USER_DATA_LIMITS.siteSettings, maxHidden: USER_DATA_LIMITS.hiddenNames };
          throw new UserDataImportError(`merged, the file would leave ${siteCount} site settings and ${hiddenCount} hidden names`, 'import_over_limits', limits);
        }
        const prefStore = tx.objectStore('prefs');
        for (const key of PREF_KEYS) {
          if (!(key in data.prefs)) continue;
          const value = data.prefs[key];
          const existing = await prefStore.get(key);
          if (existing && existing.value === value) continue;
          if (existing) updated++;
          else added++;
          await prefStore.put(prefRecord(key, value));
        }
      } catch (error) {
        abortQuietly(tx);
        throw error;
      }
      await done;
      return { added, updated };
    },
  };
}

/** The extension's user data, over the shared connection (reads also over a newer build's database). */
export const userData: UserData = createUserData(sharedGetDb, { readDb: sharedGetReadableDb });
export const {
  findSiteSettingFor,
  setSiteEnabled,
  listSiteSettings,
  removeSiteSetting,
  hideName,
  listHiddenNames,
  unhideName,
  getPrefs,
  setPrefs,
  exportUserData,
  importUserData,
} = userData;
