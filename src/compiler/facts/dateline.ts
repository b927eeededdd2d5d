/**
 * A dateline opening a report: one to three words of a place, maybe a country after a comma and an agency in
 * brackets, then a dash ("Moscow – ", "DAMASCUS, Syria (CNN) -- ", "موسكو - ") or a Russian day and month
 * ("МОСКВА, 16 октября. "). The place is where the report was filed: never who acts, nor part of the statement.
 */
const DATELINE = /^\s*((?:\p{L}[\p{L}'’.]*\s*){1,3})(?:,\s*(?:\p{L}+\s*){1,2})?(?:\([^)]{1,30}\)\s*)?(?:[-–—]{1,2}\s+|,\s*\d{1,2}\s+\p{L}+[.,]?\s+)/u;

/**
 * Where the dateline `text` opens with ends (0: none). Only a dateline in capitals or naming a place
 * (`placeWithin(start, end)`) counts, so "Al-Sharaa — who took power in December — met …" keeps its subject.
 */
export function datelineEnd(text: string, placeWithin: (start: number, end: number) => boolean): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const words = m[1]!.trim();
  const capitals = /\p{Lu}/u.test(words) && words === words.toUpperCase();
  return capitals || placeWithin(0, m[0].length) ? m[0].length : 0;
}

/**
 * Where a dateline ends when its words alone say it is one: in capitals, or with the agency in brackets before
 * its dash ("MOSCOW (AP) — ", "Moscow (Reuters) - "). Read before anything else: that "(AP)" is no photo credit.
 */
export function agencyDatelineEnd(text: string): number {
  return datelineEnd(text, (start, end) => /\([^)]{1,30}\)\s*[-–—]{1,2}\s*$/u.test(text.slice(start, end)));
}
