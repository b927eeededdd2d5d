import { CLS, DROPPED, FOLD, UNKNOWN, WORD, classify } from './char-table';

/**
 * Arabic writes conjunctions, prepositions and the article attached to the next word: "وبالأسد"
 * (and with Assad), "بحميميم" (in Hmeimim), "للأسد" (to Assad: ل + الأسد with the alef dropped).
 * So a word that starts with such letters is also tried from after them. The order is fixed by the
 * grammar: a conjunction (و ف), then a preposition (ب ك ل), then the article (ال). Each candidate is
 * only a place to start the trie walk; the alias must still run to the end of the word, so stripping
 * the "ب" of "بوتين" (Putin) finds nothing wrong: "وتين" is no alias.
 */

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

export function isArabic(folded: number): boolean {
  return folded >= 0x600 && folded <= 0x6ff;
}

/**
 * Position of the next Arabic letter of the same word after `i`, or -1 when the word ends or goes on
 * in another script (particles only ever attach to an Arabic word: "وبالHmeimim" is no mention).
 */
function nextLetter(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let k = CLS[c] as number;
    if (k === UNKNOWN) k = classify(c);
    if (k === WORD) return isArabic(FOLD[c] as number) ? j : -1;
    if (k !== DROPPED) return -1;
  }
  return -1;
}

const foldAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (CLS[c] === UNKNOWN) classify(c);
  return FOLD[c] as number;
};

/**
 * Extra trie starts for an Arabic word at `start`, pushed as pairs onto `out`:
 * position, then 1 when the walk must begin as if an alef had been read (the "لل" of "للأسد").
 */
export function particleStarts(text: string, start: number, out: number[]): void {
  let p = start;
  let f = foldAt(text, p);
  if (f === WAW || f === FA) {
    p = nextLetter(text, p);
    if (p < 0) return;
    out.push(p, 0);
    f = foldAt(text, p);
  }
  if (f === BA || f === KAF || f === LAM) {
    const wasLam = f === LAM;
    p = nextLetter(text, p);
    if (p < 0) return;
    out.push(p, 0);
    f = foldAt(text, p);
    if (wasLam && f === LAM) {
      out.push(p, 1);
      return;
    }
  }
  if (f === ALEF) {
    const l = nextLetter(text, p);
    if (l < 0 || foldAt(text, l) !== LAM) return;
    const after = nextLetter(text, l);
    if (after >= 0) out.push(after, 0);
  }
}
