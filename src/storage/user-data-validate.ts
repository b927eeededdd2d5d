import { isSiteKey, registrableDomain } from '../model/site-key';
import {
  MARK_MODES,
  PREF_KEYS,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  type HiddenName,
  type Prefs,
  type SiteSetting,
  type UserDataExport,
} from '../model/user-settings';

/**
 * Strict reading of an imported user-data file. Everything is checked before anything is written,
 * and the result is rebuilt from scratch field by field: nothing from the file (prototype, extra
 * fields, getters) reaches storage, and its strings are only ever stored and compared as data.
 */

export class UserDataImportError extends Error {
  override name = 'UserDataImportError';
}

export const IMPORT_LIMITS = {
  fileChars: 5_000_000,
  siteSettings: 10_000,
  hiddenNames: 50_000,
  entityIdChars: 200,
  aliasChars: 200,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Control characters have no place in a name or id and could hide text in the UI.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** No earlier than 2000, no later than 2100: a time stamp outside that is a broken file. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

function fail(message: string): never {
  throw new UserDataImportError(message);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A plain object whose fields are all plain data, with only `allowed` field names and all of `required`. */
function readObject(value: unknown, path: string, allowed: readonly string[], required: readonly string[]) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${path} must be an object.`);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) fail(`${path} must be a plain object.`);
  const fields: Record<string, unknown> = Object.create(null);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') fail(`${path} has a symbol field.`);
    if (FORBIDDEN_KEYS.has(key)) fail(`${path} has the forbidden field name "${key}".`);
    if (!allowed.includes(key)) fail(`${path} has an unknown field ${show(key)}.`);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) fail(`${path}.${key} must be a plain value.`);
    fields[key] = descriptor.value;
  }
  for (const key of required) if (!(key in fields)) fail(`${path}.${key} is missing.`);
  return fields;
}

function readArray(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(`${path} must be a list.`);
  if (value.length > max) fail(`${path} has ${value.length} entries; at most ${max} are allowed.`);
  return value;
}

function readTime(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_TIME || value > MAX_TIME) {
    fail(`${path} must be a time in milliseconds since 1970 (between 2000 and 2100).`);
  }
  return value;
}

function readSite(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isSiteKey(value)) {
    fail(`${path} is not a lower-case host name: ${show(value)}.`);
  }
  return value;
}

function readText(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${path} must be a non-empty text.`);
  if (value.length > max) fail(`${path} is longer than ${max} characters.`);
  if (CONTROL.test(value)) fail(`${path} contains control characters.`);
  return value;
}

function readSiteSetting(value: unknown, path: string): SiteSetting {
  const keys = ['site', 'enabled', 'scope', 'updatedAt'];
  const f = readObject(value, path, keys, keys);
  const site = readSite(f.site, `${path}.site`);
  if (typeof f.enabled !== 'boolean') fail(`${path}.enabled must be true or false.`);
  if (f.scope !== 'domain' && f.scope !== 'host') fail(`${path}.scope must be "domain" or "host".`);
  if (f.scope === 'domain' && registrableDomain(site) !== site) {
    fail(`${path}.site ${show(site)} is not a registrable domain, so it cannot have scope "domain".`);
  }
  return { site, enabled: f.enabled, scope: f.scope, updatedAt: readTime(f.updatedAt, `${path}.updatedAt`) };
}

function readHiddenName(value: unknown, path: string): HiddenName {
  const f = readObject(value, path, ['site', 'entityId', 'alias', 'createdAt'], ['site', 'entityId', 'createdAt']);
  const hidden: HiddenName = {
    site: readSite(f.site, `${path}.site`),
    entityId: readText(f.entityId, `${path}.entityId`, IMPORT_LIMITS.entityIdChars),
    createdAt: readTime(f.createdAt, `${path}.createdAt`),
  };
  if ('alias' in f) hidden.alias = readText(f.alias, `${path}.alias`, IMPORT_LIMITS.aliasChars);
  return hidden;
}

function readPrefs(value: unknown, path: string): Partial<Prefs> {
  const f = readObject(value, path, PREF_KEYS, []);
  const prefs: Partial<Prefs> = {};
  if ('paused' in f) {
    if (typeof f.paused !== 'boolean') fail(`${path}.paused must be true or false.`);
    prefs.paused = f.paused;
  }
  if ('hoverOpen' in f) {
    if (typeof f.hoverOpen !== 'boolean') fail(`${path}.hoverOpen must be true or false.`);
    prefs.hoverOpen = f.hoverOpen;
  }
  if ('markMode' in f) {
    const mode = MARK_MODES.find((m) => m === f.markMode);
    if (!mode) fail(`${path}.markMode must be one of ${MARK_MODES.map((m) => `"${m}"`).join(', ')}.`);
    prefs.markMode = mode;
  }
  return prefs;
}

/** Parses (when given text) and validates a user-data file; throws `UserDataImportError` on the first problem. */
export function parseUserData(input: unknown): UserDataExport {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > IMPORT_LIMITS.fileChars) {
      fail(`The file is too large (${input.length} characters; at most ${IMPORT_LIMITS.fileChars}).`);
    }
    try {
      value = JSON.parse(input);
    } catch {
      fail('The file is not valid JSON.');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('The file does not hold a Backstory settings object.');
  }
  // Identify the file before reporting anything else about it.
  const format = Object.getOwnPropertyDescriptor(value, 'format')?.value;
  if (format !== USER_DATA_FORMAT) fail(`Not a Backstory user-data file (its "format" is not "${USER_DATA_FORMAT}").`);
  const version = Object.getOwnPropertyDescriptor(value, 'version')?.value;
  if (typeof version === 'number' && Number.isInteger(version) && version > USER_DATA_VERSION) {
    fail(`The file was written by a newer Backstory (format version ${version}); this version reads version ${USER_DATA_VERSION}.`);
  }
  if (version !== USER_DATA_VERSION) fail(`The file has an unknown format version: ${show(version)}.`);

  const top = ['format', 'version', 'exportedAt', 'siteSettings', 'hiddenNames', 'prefs'];
  const f = readObject(value, 'The file', top, top);
  if (typeof f.exportedAt !== 'string' || Number.isNaN(Date.parse(f.exportedAt)) || f.exportedAt.length > 40) {
    fail('exportedAt must be an ISO date-time.');
  }

  const siteSettings = readArray(f.siteSettings, 'siteSettings', IMPORT_LIMITS.siteSettings).map((s, i) =>
    readSiteSetting(s, `siteSettings[${i}]`),
  );
  const seenSites = new Set<string>();
  for (const s of siteSettings) {
    if (seenSites.has(s.site)) fail(`siteSettings lists the site "${s.site}" twice.`);
    seenSites.add(s.site);
  }
  const hiddenNames = readArray(f.hiddenNames, 'hiddenNames', IMPORT_LIMITS.hiddenNames).map((h, i) =>
    readHiddenName(h, `hiddenNames[${i}]`),
  );
  return {
    format: USER_DATA_FORMAT,
    version: USER_DATA_VERSION,
    exportedAt: f.exportedAt,
    siteSettings,
    hiddenNames,
    prefs: readPrefs(f.prefs, 'prefs'),
  };
}
