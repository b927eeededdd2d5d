/**
 * Which language a stretch of text is in, for the few aliases that are an ordinary word in some
 * language ("Tartus" is Estonian for "in Tartu"). Only those mentions ask, so this runs a handful of
 * times per page, on ~400 characters each.
 *
 * Why hand-written and not a package: the question is narrow (is this window Estonian, Finnish,
 * German…, or one of our three languages?) and the answer must come from a few hundred characters.
 * franc (trigram profiles for 80+ languages) adds ~100 KiB to the content script and wants longer
 * text to be sure; eld is larger still. Script first (Arabic, Cyrillic), then the share of each
 * language's most frequent function words, is exact on the texts the tests hold and costs ~20 µs per
 * window (test/unit/detect/language.test.ts measures it).
 */

/** Function words: frequent, short, and rare as words of the other languages listed. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said', 'his', 'by', 'from', 'has', 'have', 'its', 'which', 'at', 'are', 'it'],
  et: ['ja', 'on', 'ei', 'et', 'see', 'ka', 'kui', 'oli', 'mis', 'ning', 'aga', 'või', 'selle', 'seda', 'nad', 'ta', 'oma', 'veel', 'kes', 'siis', 'nii', 'juba', 'üle', 'ole', 'olid', 'pärast', 'linn', 'ülikool'],
  fi: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'mutta', 'kun', 'hän', 'ovat', 'myös', 'joka', 'tai', 'kuin', 'niin', 'jo', 'vain', 'sen'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auf', 'sich', 'des', 'dem', 'im', 'für', 'von', 'zu', 'wird', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'du', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'avec', 'il', 'par', 'à', 'aux', 'ses', 'sa', 'ce', 'cette', 'depuis', 'près', 'mais', 'ont', 'sont', 'été', 'très'],
  // Not "al": Arabic names in any Latin-script text are full of it (al-Assad, al-Sharaa).
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'como', 'sus', 'fue', 'pero', 'está', 'también'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'con', 'del', 'della', 'sono', 'gli', 'nel', 'anche', 'è'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'na', 'se', 'por'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'ook', 'er', 'aan'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'ama', 'gibi', 'olan', 'sonra'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'że', 'do', 'jest', 'to', 'jak', 'po', 'od', 'przez', 'dla'],
};

const WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** Letters unique (among those listed) to one language: a strong hint even in a short window. */
const LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[õ]/i, 'et'],
  [/[ß]/i, 'de'],
  [/[ğış]/i, 'tr'],
  [/[ąęłńśźż]/i, 'pl'],
];

const WORD = /[\p{L}]+/gu;

/**
 * The language of `text`: 'ar' or 'ru' by script, else the Latin-script language with the most
 * function words (at least two, and ahead of the next), else undefined.
 */
export function identifyLanguage(text: string): string | undefined {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic > latin && arabic >= cyrillic) return 'ar';
  if (cyrillic > latin) return 'ru';
  if (latin === 0) return undefined;
  const score = new Map<string, number>();
  for (const [re, lang] of LETTERS) if (re.test(text)) score.set(lang, 2);
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const langs = WORDS.get(m[0]);
    if (langs) for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [lang, s] of score) {
    if (s > top) {
      second = top;
      top = s;
      best = lang;
    } else if (s > second) second = s;
  }
  return top >= 2 && top > second ? best : undefined;
}

/** The primary subtag of a `lang` attribute ("en-GB" → "en"), or undefined when it is empty or malformed. */
export function primaryLanguage(attr: string | null | undefined): string | undefined {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(attr ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}
