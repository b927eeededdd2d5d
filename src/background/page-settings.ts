import type { PageSettings } from '../shared/messaging/background-request';
import { siteKeysFor } from '../model/site-key';
import { StorageUnavailableError } from '../storage/db';
import { findSiteSettingFor, getPrefs, listHiddenNames, type UserData } from '../storage/user-data';
import { DEFAULT_PREFS, type Prefs, type SiteSetting } from '../model/user-settings';
import { createLogger } from '../model/log';
import { storageFailure } from '../storage/storage-error';

const log = createLogger('background');

interface UserSettingsForPage {
  prefs: Prefs;
  setting: SiteSetting | undefined;
  hiddenEntityIds: string[];
}

type SettingsReader = Pick<UserData, 'getPrefs' | 'findSiteSettingFor' | 'listHiddenNames'>;

/** The user's settings that govern `url`. A newer build's database is read too (see `getReadableDb`). */
async function readUserSettings(user: SettingsReader, url: string): Promise<UserSettingsForPage> {
  const [prefs, setting, hidden] = await Promise.all([
    user.getPrefs(),
    user.findSiteSettingFor(url),
    Promise.all(siteKeysFor(url).map((site) => user.listHiddenNames(site))),
  ]);
  return { prefs, setting, hiddenEntityIds: [...new Set(hidden.flat().map((h) => h.entityId))] };
}

/**
 * What a content script needs to know to run on `url`: on or off, and how to mark.
 *
 * When the settings cannot be read, nothing is marked: marking with the defaults could mark a site
 * the user switched off. `reason: 'unreadable'` and `problem` let the popup say so. The one exception
 * is a context without IndexedDB at all, where no setting can ever have been stored: the defaults are
 * then the user's settings.
 */
export async function pageSettingsFrom(user: SettingsReader, url: string): Promise<PageSettings> {
  const [host] = siteKeysFor(url);
  let settings: UserSettingsForPage;
  try {
    settings = await readUserSettings(user, url);
  } catch (err) {
    if (!(err instanceof StorageUnavailableError)) {
      log.warn('user settings could not be read; marking nothing:', err);
      const problem = storageFailure(err);
      return { site: host ?? '', markMode: DEFAULT_PREFS.markMode, hoverOpens: DEFAULT_PREFS.hoverOpen, hiddenEntityIds: [], enabled: false, reason: 'unreadable', problem };
    }
    settings = { prefs: { ...DEFAULT_PREFS }, setting: undefined, hiddenEntityIds: [] };
  }
  const { prefs, setting, hiddenEntityIds } = settings;
  const base = { site: host ?? '', markMode: prefs.markMode, hoverOpens: prefs.hoverOpen, hiddenEntityIds: [] as string[] };
  if (!host) return { ...base, enabled: false, reason: 'site' };
  // The site switch is reported before the pause, so the popup shows a switched-off site as off.
  if (setting && !setting.enabled) return { ...base, enabled: false, reason: 'site' };
  if (prefs.paused) return { ...base, enabled: false, reason: 'paused' };
  return { ...base, enabled: true, hiddenEntityIds };
}

const shared: SettingsReader = { getPrefs, findSiteSettingFor, listHiddenNames };

/** `pageSettingsFrom` over the extension's own user data. */
export function getPageSettings(url: string): Promise<PageSettings> {
  return pageSettingsFrom(shared, url);
}
