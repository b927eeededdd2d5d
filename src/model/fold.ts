/**
 * Folding used wherever two spellings of a name must compare equal: alias look-up, search, detection.
 * Each function maps one input character to exactly one output character (or drops none), so callers
 * that need offsets back into the original can fold character by character; `foldChar` is that unit.
 */

const ARABIC_HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/;
/** Combining diacritics of Latin, Greek and Cyrillic text (the base blocks, their supplements, half marks). */
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
/** Invisible format characters that sit inside words in real pages (soft hyphen, joiners, bidi marks, BOM). */
const IGNORABLE = /[\u00AD\u200C-\u200F\u202A-\u202E\u2060\uFEFF]/;

/** Characters that fold to another single character (Arabic letter forms, Cyrillic ё, typographic marks). */
const CHAR_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ؤ': 'و', 'ئ': 'ي',
  // Persian yeh and keheh, common in Arabic-script pages typed on Persian keyboards.
  'ی': 'ي', 'ک': 'ك',
  'ё': 'е',
  // й is its own letter in Russian, not и with a diacritic: keep it (NFD would strip the breve).
  'й': 'й',
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2010': '-', '\u2011': '-', '\u2013': '-', '\u2014': '-',
  'ı': 'i',
  // Turkish capital İ lower-cases to i + combining dot, two units: fold it to i, one to one ("PUTİN").
  'i\u0307': 'i',
};

/**
 * Fold one character: lower-case, strip diacritics, unify Arabic letter forms.
 * Returns '' for characters that carry no letter (Arabic harakat, tatweel, combining marks, invisible
 * format characters such as the soft hyphen).
 */
export function foldChar(ch: string): string {
  if (ch === '\u0640' || ARABIC_HARAKAT.test(ch) || COMBINING.test(ch) || IGNORABLE.test(ch)) return '';
  const lower = ch.toLowerCase();
  const mapped = CHAR_MAP[lower];
  if (mapped !== undefined) return mapped;
  if (lower.charCodeAt(0) < 0x80) return lower;
  // Latin letters with diacritics (Ḥ, ṭ, ū, é): keep the base letter only.
  const base = lower.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
  return base.length === 1 ? base : lower.length === 1 ? lower : ch;
}

/** Fold a whole string for comparison (no offset map). */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Fold and collapse separators, for comparing alias strings typed by a person ("Al Sharaa" = "al-Sharaa"). */
export function foldKey(text: string): string {
  return fold(text)
    .replace(/[\s\-_'.]+/g, ' ')
    .trim();
}
