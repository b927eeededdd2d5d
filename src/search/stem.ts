/**
 * Light stemmers for folded words. Search needs recall across word forms (extradite ↔ extradition,
 * shipments ↔ shipment, Хмеймиме ↔ Хмеймим), not linguistic accuracy: the same function runs on the
 * index and on the query, so any consistent reduction works. Each stemmer is deliberately short and
 * conservative, because over-stemming merges names ("Tartus" must not become "tartu").
 */

const CYRILLIC = /[\u0400-\u04FF]/;
const ARABIC = /[\u0600-\u06FF]/;
const VOWEL = /[aeiouy]/;

/** Russian case, number and adjective endings, longest first so "ами" wins over "и". */
const RU_ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ией',
  'ом', 'ем', 'ой', 'ей', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ую', 'юю', 'ию', 'ия', 'ии',
  'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь',
];

function stemRussian(w: string): string {
  for (const e of RU_ENDINGS) {
    if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length);
  }
  return w;
}

/** Arabic: the article and the clitics glued to it (وال، بال، كال، فال، لل) carry no meaning for search. */
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

function stemArabic(w: string): string {
  for (const p of AR_PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) return w.slice(p.length);
  }
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1] ?? '')) return w.slice(0, -1);
  return w;
}

/** English: plural, -ing/-ed, -ion, -ly, then a final silent e, in the spirit of Porter step 1. */
function stemEnglish(w0: string): string {
  let w = w0;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(?:ss|us|is|ous)$/.test(w)) {
    // "Tartus", "crisis", "previous", "class": not plurals.
  } else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && w.length > 3) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ion') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);

  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Stem one folded word, choosing the stemmer by script. */
export function stem(word: string): string {
  const first = word[0] ?? '';
  if (CYRILLIC.test(first)) return stemRussian(word);
  if (ARABIC.test(first)) return stemArabic(word);
  if (first >= 'a' && first <= 'z') return stemEnglish(word);
  return word;
}

/**
 * Forms of a query word that may appear in the index. Russian names often end in what looks like a
 * case ending (Хмеймим, Лавров), so the bare form stems one step further than an inflected one
 * (Хмеймиме → хмеймим): looking up the raw word, its stem and the stem of the stem bridges that.
 */
export function queryForms(folded: string): string[] {
  const s1 = stem(folded);
  const forms = [s1];
  if (folded !== s1) forms.push(folded);
  if (CYRILLIC.test(folded[0] ?? '')) {
    const s2 = stem(s1);
    if (s2 !== s1) forms.push(s2);
  }
  return forms;
}

/** Words too common to rank by, skipped when indexing and when querying. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is',
  'was', 'were', 'are', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'which', 'who',
  'has', 'have', 'had', 'not', 'but', 'he', 'she', 'they', 'his', 'her', 'their', 's', 't', 'al', 'el',
  'и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'о', 'об', 'из', 'за', 'от', 'что', 'не', 'для',
  'في', 'من', 'على', 'الى', 'ان', 'عن', 'مع', 'و',
]);
