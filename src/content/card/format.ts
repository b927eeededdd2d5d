/**
 * Words the card shows, built from corpus data. Locale-independent on purpose: the same card reads
 * the same in every browser and in tests.
 */
import type { ClaimWhen } from '../../model/corpus-types';
import { foldKey } from '../../model/fold';
import { formatDate } from '../../shared/ui/format-date';

export { formatDate } from '../../shared/ui/format-date';

export { typeLabel } from '../../model/entity-types';

export { differenceKindLabel, originCount, originsText } from '../../corpus/claim-text';

/** "Al-Sharaa's talks with Putin at the Kremlin · 15 Oct 2025", "December 2024", "Background": what a claim is set in. */
export function whenText(when: ClaimWhen): string {
  if (!when.date) return when.label;
  const date = formatDate(when.date);
  return when.id.startsWith('time:') ? when.label : `${when.label} · ${date}`;
}

/** Two spellings are "the same" when they fold to the same key (case, diacritics, letter forms). */
function same(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/**
 * Why this text was marked, in one sentence:
 * - "Matched “Hmeimim”." when the page wrote the canonical name;
 * - "Matched “Khmeimim”, a spelling of Hmeimim air base." for another alias;
 * - "Matched “Хмеймиме” (a form of “Хмеймим”), a spelling of Hmeimim air base." for an inflected form.
 */
export function matchReason(matchedText: string, alias: string, name: string): string {
  const written = matchedText.trim() || alias;
  if (same(written, name)) return `Matched “${written}”.`;
  const form = alias && !same(written, alias) ? ` (a form of “${alias}”)` : '';
  return `Matched “${written}”${form}, a spelling of ${name}.`;
}

/**
 * "Don’t mark this name on example.com (any spelling)": the site is the one the user is reading, and
 * the entity is hidden there under every spelling, as the options page lists it.
 */
export function hideNameLabel(site: string): string {
  return `Don’t mark this name on ${site || 'this site'} (any spelling)`;
}
