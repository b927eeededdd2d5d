/**
 * The user's own data: per-site switches, names hidden on a site, global preferences.
 * Kept in stores that corpus imports and schema upgrades never clear.
 */

export type SiteScope = 'domain' | 'host';

/** On/off for one site. `site` is an exact host (scope 'host') or a registrable domain (scope 'domain'). */
export interface SiteSetting {
  site: string;
  enabled: boolean;
  scope: SiteScope;
  /** Milliseconds since 1970. */
  updatedAt: number;
}

/** A name the user chose not to see marked on a site; without `alias`, the entity is hidden under every name. */
export interface HiddenName {
  site: string;
  entityId: string;
  alias?: string;
  /** Milliseconds since 1970. */
  createdAt: number;
}

/**
 * Stored form: IndexedDB keys cannot hold `undefined`, so the compound key uses `aliasKey`
 * ('' = every alias; otherwise `foldKey(alias)`, so "Al Sharaa" and "al-Sharaa" are one entry).
 */
export interface HiddenNameRecord extends HiddenName {
  aliasKey: string;
}

export type MarkMode = 'first' | 'all' | 'emphasise-first';

export interface Prefs {
  /** Global pause: mark nothing anywhere. */
  paused: boolean;
  /** Open the card on hover (otherwise on click only). */
  hoverOpen: boolean;
  /** Mark the first mention of each entity, every mention, or every mention with the first emphasised. */
  markMode: MarkMode;
}

export type PrefKey = keyof Prefs;

// Emphasise each entity's first mention per section and mark the rest quietly: the reader sees what is new without losing the rest.
export const DEFAULT_PREFS: Readonly<Prefs> = Object.freeze({ paused: false, hoverOpen: true, markMode: 'emphasise-first' });

export const PREF_KEYS: readonly PrefKey[] = ['paused', 'hoverOpen', 'markMode'];
export const MARK_MODES: readonly MarkMode[] = ['first', 'all', 'emphasise-first'];

export type PrefRecord = { [K in PrefKey]: { key: K; value: Prefs[K] } }[PrefKey];

export const USER_DATA_FORMAT = 'backstory-user-data';
export const USER_DATA_VERSION = 1;

/** What "Export settings" writes and "Import settings" reads. */
export interface UserDataExport {
  format: typeof USER_DATA_FORMAT;
  version: typeof USER_DATA_VERSION;
  /** ISO date-time. */
  exportedAt: string;
  siteSettings: SiteSetting[];
  hiddenNames: HiddenName[];
  /** Only the preferences the user has set; missing ones keep their defaults. */
  prefs: Partial<Prefs>;
}
