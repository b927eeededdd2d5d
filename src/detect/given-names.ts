/**
 * Whether a word is one of a person's given names in any of its forms: Russian declines it
 * ("Башара Асада", "Ахмедом аш-Шараа", "Сергею Лаврову"), Arabic attaches particles ("وبشار",
 * "لأحمد"), Turkish puts case suffixes after an apostrophe ("Ahmed'in"). An inflected given name of
 * the same person confirms the person; read as "another given name" it would reject them, which was
 * the commonest Russian miss. Also the initial before a family name ("С. Лавров" is the minister,
 * "К.Лаврова" the actor Kirill Lavrov).
 */
import { CONSONANT_ENDINGS, MAX_ENDING, STEM_ENDINGS } from './russian';
import { wordForms } from './common-senses';

/** Letters a Russian stem loses before a case ending ("Мария" → "Марии", "Сергей" → "Сергея", "Игорь" → "Игоря"). */
const CUT = ['а', 'я', 'й', 'ь'];
const CYRILLIC = /^[\u0400-\u04ff]/;

/** `word` is folded (model/fold.ts); `given` holds the person's folded given names. */
export function isOwnGivenName(word: string, given: ReadonlySet<string>): boolean {
  if (given.size === 0 || word === '') return false;
  if (wordForms(word).some((f) => given.has(f))) return true;
  if (!CYRILLIC.test(word)) return false;
  for (let k = 1; k <= MAX_ENDING && k < word.length - 1; k++) {
    const stem = word.slice(0, -k);
    const ending = word.slice(-k);
    if (CONSONANT_ENDINGS.has(ending) && given.has(stem)) return true;
    if (STEM_ENDINGS.has(ending) && CUT.some((c) => given.has(stem + c))) return true;
  }
  return false;
}

/**
 * The initial right before `pos` ("С. Лавров", "К.Лаврова", "S. Lavrov", "В.В. Путин": the first),
 * folded, or undefined. Only a single capital letter followed by a full stop counts.
 */
export function initialBefore(text: string, pos: number): string | undefined {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (text[i - 1] !== '.') return undefined;
  let initial: string | undefined;
  // Walk back over "В.В." pairs: letter, full stop.
  while (i >= 2 && text[i - 1] === '.' && /\p{Lu}/u.test(text[i - 2]!) && (i === 2 || !/[\p{L}\p{M}]/u.test(text[i - 3]!))) {
    initial = text[i - 2]!.toLowerCase();
    i -= 2;
    while (i > 0 && text[i - 1] === ' ') i--;
  }
  return initial;
}
