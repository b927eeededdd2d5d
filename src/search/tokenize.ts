import { foldChar } from '../model/fold';

/** A word of a text: its folded form and where it sits in the original (UTF-16 offsets, [start, end)). */
export interface Token {
  folded: string;
  start: number;
  end: number;
}

/**
 * Per-character fold results are cached: `foldChar` runs regexes and `normalize`, far too slow to call
 * on every character of a 10,000-article corpus. The cache holds one entry per distinct character seen.
 * A value of null means "not part of a word"; '' means "part of a word but carries no letter" (harakat).
 */
const cache = new Map<string, string | null>();
const NOT_WORD = /[^\p{L}\p{N}]/gu;

function foldWordChar(ch: string): string | null {
  let hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const f = foldChar(ch);
  // "İ" lower-cases to "i" plus a combining dot: keep the letters of a fold, drop what is left.
  const letters = f.replace(NOT_WORD, '');
  hit = f === '' ? '' : letters === '' ? null : letters;
  cache.set(ch, hit);
  return hit;
}

/** ASCII fast path: lower-case letters and digits, or -1 for separators. */
const ASCII = new Int16Array(128).fill(-1);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 97; c <= 122; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = c + 32;

/**
 * Split a text into folded words with their offsets. Folding is character by character (see `fold.ts`),
 * so offsets map straight back to the original for highlights. Marks that fold to nothing (Arabic
 * harakat, tatweel, combining accents) stay inside the word instead of splitting it.
 */
export function tokenize(text: string, onToken?: (folded: string, start: number, end: number) => void): Token[] {
  const out: Token[] = [];
  const emit = onToken ?? ((folded: string, start: number, end: number) => out.push({ folded, start, end }));
  // While a word is pure ASCII it is sliced and lower-cased in one go at its end (the common case,
  // and much cheaper than appending character by character); `word` is only built once a non-ASCII
  // character shows up.
  let word: string | null = null;
  let start = -1;
  let end = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const a = ASCII[code] as number;
      if (a >= 0) {
        if (start < 0) start = i;
        else if (word !== null) word += String.fromCharCode(a);
        end = i + 1;
        continue;
      }
      if (start >= 0) emit(word ?? text.slice(start, end).toLowerCase(), start, end);
      word = null;
      start = -1;
      continue;
    }
    // Keep surrogate pairs together so astral letters fold as one character.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const f = foldWordChar(width === 1 ? text[i] as string : text.slice(i, i + 2));
    if (f === null) {
      if (start >= 0) emit(word ?? text.slice(start, end).toLowerCase(), start, end);
      word = null;
      start = -1;
    } else if (f !== '') {
      if (start < 0) {
        start = i;
        word = f;
      } else {
        word = (word ?? text.slice(start, end).toLowerCase()) + f;
      }
      end = i + width;
    } else if (start >= 0) {
      // A mark inside a word: the word goes on, the mark is dropped from its folded form.
      word ??= text.slice(start, end).toLowerCase();
      end = i + width;
    }
    i += width - 1;
  }
  if (start >= 0) emit(word ?? text.slice(start, end).toLowerCase(), start, end);
  return out;
}
