import { governingSiteSetting, type SiteScope, type SiteSetting } from '../model/user-settings';

/**
 * The scope the popup's site switch starts from: that of the setting governing the page, found by the
 * same rule storage marks by, so switching the site back on undoes what switched it off. Undefined
 * when no setting governs the page (the popup then offers the whole domain).
 */
export function scopeToStartFrom(url: string, sites: Iterable<SiteSetting>): SiteScope | undefined {
  return governingSiteSetting(url, sites)?.scope;
}
