import * as v from 'valibot';
import { isSiteKey, legacySuffixKey, registrableDomain, siteKeysFor } from './site-key';
import { problemCode as code } from './file-problem';

/**
 * The user's own data: per-site switches, entities hidden on a site, global preferences.
 *
 * One valibot schema per record, and the types are inferred from it: storage, messages, the popup,
 * the options page and the backup file all check against these, so a value that one accepts the
 * others accept too. Field schemas carry a problem code as their message (`check_not_true_false`);
 * `user-data-file.ts` adds the path of the field, and the options page says it in the reader's language.
 */

/**
 * The limits, stated once. Writes (`hideName`, `setSiteEnabled`, an import that merges) refuse to go
 * past them and the backup reader accepts up to them, so every state the extension can reach exports
 * to a file it can import again. `fileBytes` is derived from them below.
 */
export const USER_DATA_LIMITS = {
  siteSettings: 10_000,
  /** One entry per entity per site; 25,000 is a hundred sites with every corpus entity hidden. */
  hiddenNames: 25_000,
  siteChars: 253,
  entityIdChars: 200,
  /** Only in files written before a hidden name covered every spelling; read, then dropped. */
  aliasChars: 200,
} as const;

/** No earlier than 2000, no later than 2100: a time stamp outside that is a broken record. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
// Control characters have no place in a name or id and could hide text in the UI.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The messages are problem codes (model/file-problem.ts): a backup file's refusal is said in the reader's language.
const boolean = v.boolean(code('check_not_true_false'));
const timeCode = code('check_not_time');
const time = v.pipe(v.number(timeCode), v.integer(timeCode), v.minValue(MIN_TIME, timeCode), v.maxValue(MAX_TIME, timeCode));

/** A site key: an exact host or a registrable domain, lower case, ASCII (IDN hosts as `xn--`). */
const siteSchema = v.pipe(
  v.string(code('check_not_host')),
  v.check(isSiteKey, code('check_not_host')),
);

/** Non-empty text within `max` characters, without control characters or broken UTF-16. */
export function textSchema(max: number) {
  return v.pipe(
    v.string(code('check_not_text')),
    v.check((s) => s.trim() !== '', code('check_empty')),
    v.maxLength(max, code('check_too_long')),
    v.check((s) => !CONTROL.test(s), code('check_control_char')),
    v.check((s) => !LONE_SURROGATE.test(s), code('check_broken_char')),
  );
}

export const entityIdSchema = textSchema(USER_DATA_LIMITS.entityIdChars);

export const siteScopeSchema = v.picklist(['domain', 'host'], code('check_not_one_of'));
export type SiteScope = v.InferOutput<typeof siteScopeSchema>;

export const siteSettingEntries = { site: siteSchema, enabled: boolean, scope: siteScopeSchema, updatedAt: time };

/** Only a registrable domain can carry scope 'domain' (it covers the hosts under it). Reported at `site`. */
export function domainScopeRule<T extends { site: string; scope: SiteScope }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { site, scope } = dataset.value;
    // A suffix is accepted as written by an earlier version (site-key.ts), so old settings stay readable.
    if (scope !== 'domain' || registrableDomain(site) === site || isLegacySuffix(site)) return;
    addIssue({
      message: code('check_domain_scope'),
      input: site,
      path: [{ type: 'object', origin: 'value', input: dataset.value as Record<string, unknown>, key: 'site', value: site }],
    });
  });
}

/** A key like "github.io": a public suffix an earlier version stored a domain setting under. */
function isLegacySuffix(site: string): boolean {
  return legacySuffixKey(`x.${site}`) === site;
}

/** On/off for one site. `site` is an exact host (scope 'host') or a registrable domain (scope 'domain'). */
export const siteSettingSchema = v.pipe(v.strictObject(siteSettingEntries), domainScopeRule());
export type SiteSetting = v.InferOutput<typeof siteSettingSchema>;

/**
 * An entity the user chose not to see marked on a site, under every spelling ("Don't mark this name"
 * on a card). One entry per entity and site; the options page lists it as "<name> (all spellings)".
 */
export const hiddenNameEntries = { site: siteSchema, entityId: entityIdSchema, createdAt: time };
export const hiddenNameSchema = v.strictObject(hiddenNameEntries);
export type HiddenName = v.InferOutput<typeof hiddenNameSchema>;

export const markModeSchema = v.picklist(['first', 'all', 'emphasise-first'], code('check_not_one_of'));
export type MarkMode = v.InferOutput<typeof markModeSchema>;

/**
 * The interface languages: the browser's own (the default), or one the user chose on the options page.
 * The list of languages is written here once; the catalogues live in src/locales/<code>/.
 */
export const UI_LANGUAGES = ['en', 'ar', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const uiLanguageSchema = v.picklist(['browser', ...UI_LANGUAGES], code('check_not_one_of'));
export type UiLanguageChoice = v.InferOutput<typeof uiLanguageSchema>;

export const prefEntries = {
  /** Global pause: mark nothing anywhere. */
  paused: boolean,
  /** Open the card on hover (otherwise on click only). */
  hoverOpen: boolean,
  /** Mark the first mention of each entity, every mention, or every mention with the first emphasised. */
  markMode: markModeSchema,
  /**
   * The interface language; missing (records and files written before it existed) or "browser" follows
   * the browser. Optional, so settings and backups from before it read as they are.
   */
  uiLanguage: v.optional(uiLanguageSchema),
};
const prefsSchema = v.strictObject(prefEntries);
export type Prefs = v.InferOutput<typeof prefsSchema>;
type PrefKey = keyof Prefs;
export const PREF_KEYS = Object.keys(prefEntries) as PrefKey[];

/** Some preferences, as a change (`setPrefs`) or a backup file holds them; missing ones are untouched. */
export const partialPrefsSchema = v.partial(prefsSchema);
export type PartialPrefs = v.InferOutput<typeof partialPrefsSchema>;

// Emphasise each entity's first mention per section and mark the rest quietly: the reader sees what is new without losing the rest.
export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({ paused: false, hoverOpen: true, markMode: 'emphasise-first' });

/**
 * Stored records. Each carries the version of the record format it was written in (`v`), so a build
 * reading a newer database knows what it is looking at; changes to these records are additive only
 * (new optional fields), so an older build reads the fields it knows and ignores the rest.
 */
export const USER_RECORD_VERSION = 1;
/** `v` is missing from records written before it was introduced (they are version 1). */
export type SiteSettingRecord = SiteSetting & { v?: number };
/** `aliasKey` is part of the store's key path from the time a hidden name was one spelling; always '' now. */
export type HiddenNameRecord = HiddenName & { aliasKey: string; v?: number };
export type PrefRecord = { [K in PrefKey]: { key: K; value: Prefs[K]; v?: number } }[PrefKey];

/** Readers for stored records: the known fields are checked, unknown (newer) fields are ignored. */
export const storedSiteSetting = v.pipe(v.looseObject(siteSettingEntries), domainScopeRule());
export const storedHiddenName = v.looseObject(hiddenNameEntries);

/**
 * The setting that governs `url`, given the settings stored under its site keys: an exact-host setting
 * wins; otherwise a setting on the registrable domain, if (and only if) its scope is 'domain'. A
 * host-scoped setting on the bare domain ("example.com", host only) does not reach "www.example.com".
 * The one rule: storage decides marking with it, and the popup starts its scope switch from it.
 */
export function governingSiteSetting(url: string, settings: Iterable<SiteSetting>): SiteSetting | undefined {
  // Most specific first: the host's own setting, its domain's, then a suffix's from an earlier version.
  const keys = siteKeysFor(url);
  if (keys.length === 0) return undefined;
  const found = [...settings];
  for (const [i, key] of keys.entries()) {
    const match = found.find((s) => s.site === key && (i === 0 || s.scope === 'domain'));
    if (match) return match;
  }
  return undefined;
}
