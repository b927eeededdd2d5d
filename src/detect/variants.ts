import type { Alias, MatcherEntity } from '../model/corpus-types';

/**
 * Spellings outlets use that follow from a name's canonical spelling, generated at build time rather
 * than listed in the gazetteer by hand (compile.ts adds them as rows of the alias they came from, so a
 * mention still reports the gazetteer alias and its flags apply):
 *
 *  - Latin: the article as al-/el-/sun-letter forms (ash-Sharaa, as-Sweida) or dropped ("Hafez Assad"),
 *    Q as K or G, a final -i as -y (Qamishli → Qamishly), sh as French ch and German sch, j as French dj
 *    and German dsch, doubled letters single (Assad → Asad), ou as u. Hyphens and spaces need no variant:
 *    the matcher reads any run of them as one space.
 *  - Arabic: hamza, ya and ta marbuta forms are already one under folding (model/fold.ts); what is
 *    generated, for names from other languages (Russian names, mostly), is an extra ي or و between two
 *    consonants (الكرملين → الكريملين). Syrian names are written by Arabic outlets as Syrians write them.
 *  - Russian: the article particle (аш-, аль-, ас-…) dropped or swapped for аль-; the six cases need no
 *    variant (the matcher reads case endings, russian.ts).
 *
 * Each rule applies alone, to the capitalised words of a name: combinations would multiply the trie and
 * the prefilter (and the content script's start) for spellings hardly any outlet uses. A variant is dropped when it
 * is another entity's alias or a common word (`COMMON`), or shorter than four letters.
 */

/** Words a variant must never become, in the three languages and those whose pages we meet most (test lists hold more). */
const COMMON: ReadonlySet<string> = new Set([
  'asad', 'hama', 'homs', 'shara', 'sharia', 'assad', 'lion', 'sham', 'sana', 'novak', 'tartu', 'latakia', 'kremlin',
  'the', 'and', 'have', 'with', 'this', 'that', 'from', 'said', 'will', 'were', 'been', 'they', 'their', 'city', 'army', 'base', 'news', 'gaza',
  'duma', 'dara', 'dera', 'hamas', 'shia', 'china', 'chara', 'ragga', 'reggae', 'chart', 'chat',
  'саша', 'сама', 'шара', 'хама', 'асад', 'дума',
]);

const SUN = /^(?:sh|s|d|t|z|n|r)/i;
const ARTICLE = /(^|[\s-])(?:al|el|as|ash|ad|at|az|an|ar)[-\s](?=\p{L})/giu;
const RU_ARTICLE = /(^|[\s-])(?:аль|аш|ас|ад|ат|аз|ан|ар|эль|эш|эс|эд|эт|эз|эн|эр)-(?=\p{L})/giu;

const LATIN = /^[A-Za-z\s'’.-]+$/;
const ARABIC_LETTERS = /^[\u0621-\u064a\s]+$/;
const CYRILLIC = /^[\u0400-\u04ff\s-]+$/;

/** A Latin rule: the types of entity it is for, and what it does to one capitalised word. */
interface LatinRule {
  types: ReadonlySet<string>;
  word: (w: string) => string;
}

const PEOPLE = new Set(['person']);
const PEOPLE_PLACES = new Set(['person', 'place', 'installation']);
const ALL_NAMES = new Set(['person', 'place', 'installation', 'organisation']);

const LATIN_RULES: readonly LatinRule[] = [
  { types: ALL_NAMES, word: (w) => w.replace(/q/g, 'k').replace(/Q/g, 'K') },
  { types: ALL_NAMES, word: (w) => w.replace(/q/g, 'g').replace(/Q/g, 'G') },
  { types: ALL_NAMES, word: (w) => w.replace(/(\p{L}{3})i$/u, '$1y') },
  { types: ALL_NAMES, word: (w) => w.replace(/(\p{L}{3})y$/u, '$1i') },
  { types: PEOPLE_PLACES, word: (w) => w.replace(/sh/g, 'ch').replace(/Sh/g, 'Ch') },
  { types: PEOPLE_PLACES, word: (w) => w.replace(/sh/g, 'sch').replace(/Sh/g, 'Sch') },
  { types: PEOPLE, word: (w) => w.replace(/(?<!d)j/g, 'dj').replace(/J/g, 'Dj') },
  { types: PEOPLE, word: (w) => w.replace(/(?<!d)j/g, 'dsch').replace(/J/g, 'Dsch') },
  { types: ALL_NAMES, word: (w) => w.replace(/([b-df-hj-np-tv-z])\1/gi, '$1') },
  { types: ALL_NAMES, word: (w) => w.replace(/ou/g, 'u') },
  { types: ALL_NAMES, word: (w) => w.replace(/aa$/, 'a') },
];

/** Apply a rule to the capitalised words of a name (the words after an article included), not to "air base" or "crossing". */
function applyToNames(s: string, rule: LatinRule): string {
  return s.replace(/(^|[\s-])(\p{Lu}[\p{L}'’]*)/gu, (_m, pre: string, w: string) => pre + (GENERIC.has(w.toLowerCase()) ? w : rule.word(w)));
}

/** Capitalised English words inside names that are no transliteration: "Party", "Committee", "Front". */
const GENERIC: ReadonlySet<string> = new Set([
  'party', 'committee', 'front', 'army', 'forces', 'force', 'council', 'crossing', 'air', 'base', 'airbase', 'airport', 'prison', 'group', 'state', 'ministry',
  'foreign', 'defence', 'defense', 'national', 'democratic', 'syrian', 'russian', 'arab', 'republic', 'heights', 'river', 'province', 'city', 'eastern', 'guard', 'corps',
  'islamic', 'revolutionary', 'united', 'nations', 'security', 'union', 'european', 'observatory', 'human', 'rights', 'helmets', 'white', 'civil', 'administration',
  'north', 'east', 'saint', 'ayatollah', 'centre', 'center', 'reconciliation', 'navy', 'aerospace', 'news', 'agency', 'office', 'assets', 'control',
]);

/** The article forms of a Latin name: el-, the sun-letter form, and none. */
function latinArticles(s: string): string[] {
  if (!ARTICLE.test(s)) return [];
  ARTICLE.lastIndex = 0;
  return [
    s.replace(ARTICLE, '$1el-'),
    s.replace(ARTICLE, '$1al-'),
    s.replace(ARTICLE, (m: string, pre: string, offset: number) => {
      const next = s.slice(offset + m.length);
      const sun = SUN.exec(next)?.[0]?.toLowerCase();
      return `${pre}${sun ? `a${sun}` : 'al'}-`;
    }),
    s.replace(ARTICLE, '$1').trim(),
  ];
}

function arabicVariants(s: string, foreign: boolean): string[] {
  if (!foreign) return [];
  const out: string[] = [];
  const words = s.split(' ');
  const vowel = /[اويى]/;
  words.forEach((w, wi) => {
    const stem = w.startsWith('ال') ? 2 : 0;
    if (w.length - stem < 4) return;
    for (let i = stem + 1; i < w.length - 1; i++) {
      if (vowel.test(w[i - 1]!) || vowel.test(w[i]!)) continue;
      for (const extra of ['ي', 'و']) out.push([...words.slice(0, wi), w.slice(0, i) + extra + w.slice(i), ...words.slice(wi + 1)].join(' '));
    }
  });
  return out;
}

function russianVariants(s: string): string[] {
  if (!RU_ARTICLE.test(s)) return [];
  RU_ARTICLE.lastIndex = 0;
  return [s.replace(RU_ARTICLE, '$1').trim(), s.replace(RU_ARTICLE, '$1аль-')];
}

const NAMES: ReadonlySet<string> = new Set(['person', 'place', 'installation', 'organisation']);

/**
 * Other spellings of `alias`, before folding and de-duplication (compile.ts folds them, drops those that
 * fold to a declared alias, and checks `isCommonWord`). Only names: topic and event phrases are
 * written out as outlets word them.
 */
export function aliasVariants(alias: Alias, entity: MatcherEntity): string[] {
  const s = alias.text;
  if (!NAMES.has(entity.type) || /\d/.test(s)) return [];
  if (alias.lang === 'en' && LATIN.test(s)) {
    // Acronyms and lower-case phrases ("military police") are no names to respell.
    if (!/\p{Lu}\p{Ll}/u.test(s)) return [];
    const out = latinArticles(s);
    for (const rule of LATIN_RULES) if (rule.types.has(entity.type)) out.push(applyToNames(s, rule));
    return out;
  }
  if (alias.lang === 'ar' && ARABIC_LETTERS.test(s)) return arabicVariants(s, entity.country !== 'sy');
  if (alias.lang === 'ru' && CYRILLIC.test(s)) return russianVariants(s);
  return [];
}

/** Whether a folded variant is a common word it must not become. */
export function isCommonWord(folded: string): boolean {
  return COMMON.has(folded) || [...folded.replace(/ /g, '')].length < 4;
}
