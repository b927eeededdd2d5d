/**
 * Every field read from a page is hostile text: a `<meta>` can hold a megabyte, line breaks, control
 * characters that hide text, or HTML entities its CMS escaped twice. One cleaner for all of them, so a
 * field the preview shows is always one short line of plain text.
 */

// Control characters (C0 and C1) and the Unicode line and paragraph separators: on one line they only hide text.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Entities that JSON-LD and some `<meta>` values carry escaped ("Assad&#8217;s"): decoded as characters,
 * never parsed as markup. Only numeric references and the five XML names; anything else stays as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower in NAMED) return NAMED[lower] ?? whole;
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** One line: entities decoded, controls and runs of white space made one space, trimmed, at most `max` characters. */
export function cleanLine(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Cap before the regexes too: a hostile attribute may be megabytes long.
  let text = decodeEntities(raw.slice(0, max * 4))
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > max) {
    text = text.slice(0, max);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    text = text.trimEnd();
  }
  return text === '' ? undefined : text;
}

/** A value found on the page, with where it was found (`ExtractedArticle.found`). */
export interface Found {
  value: string;
  from: string;
}

/** The first candidate that gives a value, in the order given (most trusted first). */
export function firstFound(candidates: Array<[string, () => string | undefined]>): Found | undefined {
  for (const [from, read] of candidates) {
    const value = read();
    if (value !== undefined) return { value, from };
  }
  return undefined;
}
