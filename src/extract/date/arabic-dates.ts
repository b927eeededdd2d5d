import arabicDates from './arabic-dates.json';

/**
 * Arabic dates in the forms chrono-node's Arabic parser reads. It knows the Gulf and Levantine month
 * names ("أبريل", "نيسان") but not the Maghreb and Egyptian ones ("أفريل", "ماي", "يونيه"), and reads
 * Arabic-Indic digits only in some patterns ("١٣ أبريل ٢٠٢٠", not "١٣/٤/٢٠٢٠" nor the Persian "۱۳").
 * Those are rewritten first: variants to the name chrono knows, every digit to ASCII, tatweel removed.
 * The table is data (arabic-dates.json), tested in test/unit/extract/arabic-dates.test.ts.
 */

const DIGIT_VALUE = new Map<string, string>();
for (const set of arabicDates.digits) Array.from(set).forEach((digit, value) => DIGIT_VALUE.set(digit, String(value)));
const DIGITS = new RegExp(`[${arabicDates.digits.join('')}]`, 'gu');

const VARIANTS = new Map(Object.entries(arabicDates.monthVariants));
// A whole word only: "ماي" is the Moroccan May, but also the start of "مايو". Arabic letters are not \w,
// so the word edges are written out: not preceded or followed by an Arabic letter.
const VARIANT_WORD = new RegExp(`(?<![\\u0600-\\u06FF])(?:${[...VARIANTS.keys()].join('|')})(?![\\u0600-\\u06FF])`, 'gu');

export function normalizeArabicDate(text: string): string {
  return text
    .replace(/\u0640/g, '')
    .replace(DIGITS, (d) => DIGIT_VALUE.get(d) ?? d)
    .replace(VARIANT_WORD, (word) => VARIANTS.get(word) ?? word)
    // "13 أبريل/نيسان 2020": the month in two calendars of names; the first is enough.
    .replace(/([\u0600-\u06FF]+)\s*\/\s*[\u0600-\u06FF]+(?:\s+(?:الأول|الثاني))?/gu, '$1');
}
