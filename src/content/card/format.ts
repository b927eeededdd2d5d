/**
 * Words the card shows, built from corpus data. Locale-independent on purpose: the same card reads
 * the same in every browser and in tests.
 */
import { foldKey } from '../../model/fold';

export { formatDate } from '../../shared/ui/format-date';

export { typeLabel } from '../../model/entity-types';

/** "4 of 5 sources": articles that report the claim, out of those that mention the entity. */
export function agreementText(agreement: { count: number; total: number }): string {
  if (agreement.total <= 1) return agreement.count === 1 ? '1 source' : `${agreement.count} sources`;
  return `${agreement.count} of ${agreement.total} sources`;
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
