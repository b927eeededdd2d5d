/**
 * Russian declines names: "в Хмеймиме и Тартусе", "Путина", "с Асадом", "Сирии", "Москву", "Кремля".
 * Rather than listing every form in the gazetteer, a Cyrillic alias may be followed by a short case
 * ending. The set is bounded (nouns and surnames in the six cases, singular and plural) and the ending
 * must close the word, so "Путинизм" or "Сирийский" never match. Only the last word of a multi-word
 * alias inflects ("Владимира Путина" is still found through "Путин").
 */

/** After a consonant ("Путин", "Асад", "Хмеймим", "Тартус", "Новак"); the bare stem is allowed too. */
export const CONSONANT_ENDINGS: ReadonlySet<string> = new Set([
  'а', 'у', 'е', 'ом', 'ым', 'ой', 'ы', 'и', 'ов', 'ам', 'ами', 'ах', 'ю', 'я', 'ем', 'ей', 'им', 'ых', 'ого', 'ому',
]);

/**
 * After a stem whose last vowel or soft sign was cut off ("Сирия" → "Сири-", "Москва" → "Москв-",
 * "Кремль" → "Кремл-", "аш-Шараа" → "аш-Шара-"); an ending is required, the original letter included.
 * Folded: "ё" is already "е" (Кремлём → кремлем).
 */
export const STEM_ENDINGS: ReadonlySet<string> = new Set([
  'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ь', 'й', 'ой', 'ей', 'ою', 'ею', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях',
]);

/** Longest ending in either set, in UTF-16 units. */
export const MAX_ENDING = 3;

/** Letters cut off before the stem takes an ending. */
const CUT = new Set(['а', 'я', 'ь', 'й']);
const CYRILLIC_CONSONANT = /^[бвгджзклмнпрстфхцчшщ]$/;

export type Inflection = 'none' | 'optional' | 'required';

/**
 * How a folded alias key inflects, and the key to put in the trie. Short keys (under four letters)
 * never have a letter cut, so "Ая" cannot turn into a one-letter stem that matches half the language.
 */
export function inflectionOf(key: string): { key: string; inflection: Inflection } {
  const last = key.slice(-1);
  if (CUT.has(last) && key.length >= 4) return { key: key.slice(0, -1), inflection: 'required' };
  if (CYRILLIC_CONSONANT.test(last)) return { key, inflection: 'optional' };
  return { key, inflection: 'none' };
}
