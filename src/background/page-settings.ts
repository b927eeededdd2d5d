import type { PageSettings } from '../shared/messaging/background-request';
import { siteKeysFor } from '../shared/site/site-key';
import { findSiteSettingFor, getPrefs, listHiddenNames } from '../storage/user-data';

/** What a content script needs to know to run on `url`: on or off, and how to mark. */
export async function getPageSettings(url: string): Promise<PageSettings> {
  const [host] = siteKeysFor(url);
  const prefs = await getPrefs();
  const base = { site: host ?? '', markMode: prefs.markMode, hoverOpens: prefs.hoverOpen, hiddenEntityIds: [] as string[] };
  if (!host) return { ...base, enabled: false, reason: 'site' };
  // The site switch is reported before the pause, so the popup shows a switched-off site as off.
  const setting = await findSiteSettingFor(url);
  if (setting && !setting.enabled) return { ...base, enabled: false, reason: 'site' };
  if (prefs.paused) return { ...base, enabled: false, reason: 'paused' };
  const hidden = await Promise.all(siteKeysFor(url).map((site) => listHiddenNames(site)));
  return { ...base, enabled: true, hiddenEntityIds: [...new Set(hidden.flat().map((h) => h.entityId))] };
}
