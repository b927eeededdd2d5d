import type { PageSettings } from '../shared/messaging/background-request';
import { siteKeysFor } from '../model/site-key';
import { findSiteSettingFor, getPrefs, listHiddenNames } from '../storage/user-data';
import { DEFAULT_PREFS, type Prefs, type SiteSetting } from '../model/user-settings';

interface UserSettingsForPage {
  prefs: Prefs;
  setting: SiteSetting | undefined;
  hiddenEntityIds: string[];
}

/**
 * The user's settings that govern `url`. When they cannot be read (a newer Backstory's database, a
 * broken profile), marking still works with the defaults, and the stored settings stay untouched.
 */
async function readUserSettings(url: string): Promise<UserSettingsForPage> {
  try {
    const [prefs, setting, hidden] = await Promise.all([
      getPrefs(),
      findSiteSettingFor(url),
      Promise.all(siteKeysFor(url).map((site) => listHiddenNames(site))),
    ]);
    return { prefs, setting, hiddenEntityIds: [...new Set(hidden.flat().map((h) => h.entityId))] };
  } catch (err) {
    console.warn('[backstory:background] user settings could not be read; using the defaults:', err);
    return { prefs: { ...DEFAULT_PREFS }, setting: undefined, hiddenEntityIds: [] };
  }
}

/** What a content script needs to know to run on `url`: on or off, and how to mark. */
export async function getPageSettings(url: string): Promise<PageSettings> {
  const [host] = siteKeysFor(url);
  const { prefs, setting, hiddenEntityIds } = await readUserSettings(url);
  const base = { site: host ?? '', markMode: prefs.markMode, hoverOpens: prefs.hoverOpen, hiddenEntityIds: [] as string[] };
  if (!host) return { ...base, enabled: false, reason: 'site' };
  // The site switch is reported before the pause, so the popup shows a switched-off site as off.
  if (setting && !setting.enabled) return { ...base, enabled: false, reason: 'site' };
  if (prefs.paused) return { ...base, enabled: false, reason: 'paused' };
  return { ...base, enabled: true, hiddenEntityIds };
}
