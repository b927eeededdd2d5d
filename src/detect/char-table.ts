import { foldChar } from '../model/fold';

/**
 * Per-UTF-16-unit lookup tables for the matcher's inner loop. `foldChar` runs regexes and `normalize`,
 * far too slow to call per character of a 1 MB page, so each code unit is classified and folded once,
 * lazily, the first time any page shows it (a page uses a few hundred distinct units at most).
 * The tables are module-level: every matcher in the context shares them, and they never depend on
 * the gazetteer.
 */

/** Not yet computed. */
export const UNKNOWN = 0;
/** Letter or digit: part of a word, compared through FOLD. */
export const WORD = 1;
/**
 * Carries no letter (harakat, tatweel, combining accents, soft hyphen): skipped, but still inside a word.
 * Exactly the units `foldChar` drops, so the prefilter (prefilter.ts) can list them in a short class.
 */
export const DROPPED = 2;
/** Whitespace or a hyphen: separates the words of a multi-word alias; any run of them equals one space. */
export const SEP = 3;
/** Anything else (punctuation, apostrophes, symbols, astral units): ends a word, matches itself. */
export const OTHER = 4;

/** The folded code unit used in alias keys for any run of separators. */
export const SPACE = 0x20;

export const CLS = new Uint8Array(0x10000);
export const FOLD = new Uint16Array(0x10000);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const HYPHENS = /^[-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]$/;
const SPACES = /^\s$/;

/** Fill CLS and FOLD for one code unit and return its class. */
export function classify(code: number): number {
  const cached = CLS[code] as number;
  if (cached !== UNKNOWN) return cached;
  const ch = String.fromCharCode(code);
  let cls: number;
  let folded = code;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Half of an astral character (emoji, rare scripts): never part of an alias, so it ends a word.
    cls = OTHER;
  } else if (SPACES.test(ch) || HYPHENS.test(ch)) {
    cls = SEP;
    folded = SPACE;
  } else {
    const f = foldChar(ch);
    if (f === '') {
      cls = DROPPED;
      folded = 0;
    } else {
      // foldChar maps one character to one; should a future locale rule expand, keep the original unit.
      folded = f.length === 1 ? f.charCodeAt(0) : code;
      // Marks foldChar keeps (vowel signs of Indic scripts, Hebrew points) belong to their word.
      cls = LETTER_OR_DIGIT.test(ch) || MARK.test(ch) ? WORD : OTHER;
    }
  }
  FOLD[code] = folded;
  CLS[code] = cls;
  return cls;
}

/** Fold a whole alias into the key its trie path spells: folded units, separator runs as one space. */
export function foldAliasKey(alias: string): string {
  let out = '';
  let lastSep = true; // also trims leading separators
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    const cls = classify(code);
    if (cls === DROPPED) continue;
    if (cls === SEP) {
      if (!lastSep) out += ' ';
      lastSep = true;
      continue;
    }
    out += String.fromCharCode(FOLD[code] as number);
    lastSep = false;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/**
 * Blocks the build classifies ahead (Latin with its diacritics, combining accents, Cyrillic, Arabic,
 * punctuation): a page then never runs `foldChar` or compiles its Unicode regexes for the letters
 * names are written in (20–50 µs per distinct unit on a cold engine, a few ms per Arabic page,
 * and ~2 ms of regex compiling at every content script's start for the ASCII prefill this replaces).
 */
export const SEEDED_BLOCKS: ReadonlyArray<readonly [from: number, to: number]> = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x0400, 0x04ff],
  [0x0600, 0x06ff],
  [0x2000, 0x206f],
];

/** Classes and folds of a run of units: [first unit, one class digit per unit, one folded unit per unit]. */
export type CharSeed = Array<[from: number, classes: string, folds: string]>;

/** The tables for SEEDED_BLOCKS, as plain strings for the bundle (build time). */
export function charSeed(blocks = SEEDED_BLOCKS): CharSeed {
  return blocks.map(([from, to]) => {
    let classes = '';
    let folds = '';
    for (let u = from; u <= to; u++) {
      classes += String(classify(u));
      folds += String.fromCharCode(FOLD[u]!);
    }
    return [from, classes, folds];
  });
}

/** Fill the tables from a seed the build made, so the units in it never take the slow path. */
export function seedCharTable(seed: CharSeed): void {
  for (const [from, classes, folds] of seed) {
    for (let i = 0; i < classes.length; i++) {
      CLS[from + i] = classes.charCodeAt(i) - 0x30;
      FOLD[from + i] = folds.charCodeAt(i);
    }
  }
}
