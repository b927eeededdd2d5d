/**
 * Dates as the context card shows them, in English whatever the language (the card's text is English
 * until it is translated): "14 Mar 2025", never "3/14/2025". The popup and the extension pages write
 * dates in the interface language with `formatDay` (src/shared/i18n).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-14" → "14 Mar 2025"; "2025-03" → "Mar 2025"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
