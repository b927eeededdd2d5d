/**
 * Sentence spans of a paragraph. News prose is regular enough for a rule: a sentence ends at . ! ? (or the
 * Arabic ؟) plus any closing quotes and brackets, when white space and then a capital, a digit, an opening
 * quote, a dash or a letter of a script without case (Arabic) follow. Abbreviations and initials do not end one.
 */
const BOUNDARY = /[.!?؟…]+[”"’'»)\]]*(?=\s+[\p{Lu}\p{Lo}\d“"‘«(—–-])/gu;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'prof', 'rep', 'sen', 'gov', 'jr', 'sr', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'e.g', 'i.e',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  // The word before the dot, letters and inner dots only, scanned by hand: this runs at every full stop.
  let s = dot;
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length > 5 && !word.includes('.')) return false;
  // Single capitals are initials ("George W. Bush"); dotted runs are acronyms ("U.S.").
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** [start, end) spans of the sentences of `text`, trimmed, covering all its non-blank characters. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
  };
  // exec on the shared regex rather than matchAll, which would clone (and recompile) it per paragraph.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (endsWithAbbreviation(text, m.index)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
