import type { Lang } from '../../model/corpus-types';
import type { FactCertainty, FactPhase } from '../../model/fact';
import data from './action-lexicon.json';

/**
 * The action lexicon (action-lexicon.json), compiled once into regexes per language. The data is the
 * curated part (words, classes, described actors, senses); this file only turns it into matchers, so a new
 * verb or a new language's words are an edit to the data, checked by test/unit/compiler/facts/lexicon.test.ts.
 */
/** The languages the lexicon is written in. */
export const LANGS = ['en', 'ar', 'ru'] as const;
type PerLang<T> = Record<Lang, T>;

/**
 * The lexicon in every language the detector knows: German, French, Spanish and Turkish texts (names
 * found, no lexicon of their own yet) are read with the English words, so their statements rarely make
 * a fact, and a claim without a fact shows less, never something else.
 */
function everyLang<T>(own: Record<(typeof LANGS)[number], T>): PerLang<T> {
  return { ...own, de: own.en, fr: own.en, es: own.en, tr: own.en };
}
type Words = PerLang<string[]>;

export interface LexAction {
  id: string;
  rank: number;
  cameo: string;
  /** The action asks for another act (ask, propose, demand). */
  request: boolean;
  re: PerLang<RegExp>;
  /** Words the sentence must also hold ("lift" counts as lifting sanctions only beside "sanctions"). */
  with?: PerLang<RegExp>;
  /** When set, the `with` words must stand within this many characters of the action's own word. */
  near?: number;
  /**
   * A topical act (discuss, affirm ties) holds no event of its own: what makes two of them one fact is what
   * they are about. `set`: the entities discussed (installations, topics, specific places, people not
   * acting); `partner`: the other country. Without a topic the sentence gives no fact.
   */
  topic?: 'set' | 'partner';
  /** Talks have two sides: the fact's actor is both (`joint`), whoever the sentence names. */
  symmetric?: boolean;
  /** A position someone states: the speaker, when named, is the one who holds it. */
  stance?: boolean;
  /** A state's act (giving guarantees): the actor is read as its side (a president, his delegation, the country). */
  stateAct?: boolean;
  /** A state's act when done or refused; asked for, it stays the asker's ("al-Sharaa asked Russia to extradite …"). */
  stateActWhenDone?: boolean;
  /** Done together (a meeting): the subject and the one met may be told either way round, and are still one act. */
  mutual?: boolean;
  /** A host's act (granting asylum): the country or body named is who acts, wherever it stands; a person named is whom. */
  host?: boolean;
  /** Done once to the same one (asylum granted): a later telling with no date of its own is the same act, not another. */
  once?: boolean;
  /** Topics that name the act itself ("Assad's extradition"), each standing for the entity the act is done to. */
  actTopics?: Record<string, string>;
}

export interface DescribedActor {
  entity: string;
  from?: string;
  until?: string;
  re: PerLang<RegExp>;
}

export interface Sense {
  entity: string;
  notIfMatched: RegExp[];
  notNear: PerLang<RegExp>;
  window: number;
}

export interface Lexicon {
  actions: LexAction[];
  phases: Record<FactPhase, PerLang<RegExp>>;
  certainty: Record<Exclude<FactCertainty, 'reported' | 'denied'>, PerLang<RegExp>>;
  negation: PerLang<RegExp>;
  /** Phrases holding a negation word that negate nothing ("لا يزال" still, "not only"). */
  notNegation: PerLang<RegExp>;
  /** Credit words before the source (according to X) and after it (X reported). */
  credit: PerLang<RegExp>;
  creditAfter: PerLang<RegExp>;
  /** Words of telling ("in a statement to", "рассказал"); with the speech verbs and unnamed sources, what an outlet is told by. */
  creditTold: PerLang<RegExp>;
  creditWindow: number;
  anonymous: PerLang<RegExp>;
  complementizer: PerLang<RegExp>;
  /** Words opening a condition or an open question ("if", "whether", "إذا", "если"): what they govern is not asserted. */
  conditional: PerLang<RegExp>;
  /** A guess or a possibility ("perhaps", "could", "ربما", "возможно"): one regex per language. */
  guess: PerLang<RegExp>;
  preposition: PerLang<RegExp>;
  /** Words making an event after them a starting point ("since the fall of Assad"), not the act's time. */
  since: PerLang<RegExp>;
  /** Words that make a meeting after them a time ("during the talks"): see `during` in the lexicon. */
  during: PerLang<RegExp>;
  /** Openings that continue the previous sentence's actor. */
  continuation: PerLang<RegExp>;
  notStatements: PerLang<RegExp[]>;
  /** What analysts or observers think ("analysts say", "ويرى مراقبون", "по мнению экспертов"). */
  opinions: PerLang<RegExp[]>;
  describedActors: DescribedActor[];
  senses: Sense[];
  numberWords: PerLang<Map<string, number>>;
  numberWordRe: PerLang<RegExp>;
  half: PerLang<RegExp>;
  bounds: Array<{ bound: 'more' | 'less' | 'about'; re: PerLang<RegExp> }>;
  units: Array<{ unit: string; re: PerLang<RegExp> }>;
  /** Month names per language: index 0 = January. */
  months: Record<'ar' | 'ru', RegExp[]>;
  /** The country entity of each gazetteer `country` code (sy → syria). */
  countries: Record<string, string>;
  /** Per country code, the words naming it by its people or adjective ("the Syrian people"). */
  nationalities: Record<string, PerLang<RegExp>>;
  /** Words naming a side without an entity ("the Syrian delegation", "российская сторона"), per side id. */
  sides: Array<{ side: string; re: PerLang<RegExp> }>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** No letter before: a match starts a word. Arabic words may carry attached particles and the article. */
const START: PerLang<string> = everyLang({ en: '(?<![\\p{L}\\p{N}])', ru: '(?<![\\p{L}\\p{N}])', ar: '(?<![\\p{L}\\p{N}])(?:[وف]?(?:[بلك]?ال|لل|[بلكس])?)' });
const END = '(?![\\p{L}\\p{N}])';

/** Words as prefixes (stems) at the start of a word; `whole`: as whole words. Global, so callers can walk matches. */
export function wordsRegex(lang: Lang, words: readonly string[], whole = false): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map(escape);
  if (alts.length === 0) return /(?!)/gu;
  const start = whole && lang === 'ar' ? '(?<![\\p{L}\\p{N}])(?:[وف])?' : START[lang];
  return new RegExp(`${start}(?:${alts.join('|')})${whole ? END : ''}`, 'giu');
}

/** Each language's regex sources (flags iu). */
function regexLists(sources: Words): PerLang<RegExp[]> {
  return everyLang({ en: sources.en.map((x) => new RegExp(x, 'iu')), ar: sources.ar.map((x) => new RegExp(x, 'iu')), ru: sources.ru.map((x) => new RegExp(x, 'iu')) });
}

/** Regex sources as whole-word alternatives, one regex (flags iu). */
function alternatives(sources: readonly string[], particles = ''): RegExp {
  return new RegExp(`(?<![\\p{L}])${particles}(?:${sources.join('|')})(?![\\p{L}])`, 'iu');
}

function perLang(words: Partial<Words> | undefined, whole = false): PerLang<RegExp> {
  return everyLang({ en: wordsRegex('en', words?.en ?? [], whole), ar: wordsRegex('ar', words?.ar ?? [], whole), ru: wordsRegex('ru', words?.ru ?? [], whole) });
}

interface RawAction extends Partial<Words> {
  id: string;
  rank: number;
  cameo: string;
  request?: boolean;
  with?: Partial<Words>;
  near?: number;
  topic?: 'set' | 'partner';
  symmetric?: boolean;
  stance?: boolean;
  stateAct?: boolean;
  stateActWhenDone?: boolean;
  mutual?: boolean;
  host?: boolean;
  once?: boolean;
  actTopics?: Record<string, string>;
}

function compile(): Lexicon {
  const d = data as unknown as {
    actions: RawAction[];
    phases: Record<FactPhase, Words>;
    certainty: Record<'planned' | 'expected' | 'likely', Words>;
    negation: Words;
    notNegation: Words;
    credit: Words & { window: number; after: Words; told: Words };
    anonymous: Words;
    complementizers: Words;
    conditionals: Words;
    guesses: Words;
    prepositions: Words;
    since: Words;
    during: Words;
    continuations: Words;
    notStatements: Words;
    opinions: Words;
    describedActors: Array<Words & { entity: string; from?: string; until?: string }>;
    senses: Array<{ entity: string; notIfMatched: string[]; notNear: Words; window: number }>;
    numbers: {
      words: PerLang<Record<string, number>>;
      half: Words;
      more: Words;
      less: Words;
      about: Words;
      units: Record<string, Words>;
    };
    months: Record<'ar' | 'ru', string[][]>;
    countries: Record<string, string>;
    nationalities: Record<string, Words | string>;
    sides: Record<string, Words | string>;
  };
  const numberWords = {} as PerLang<Map<string, number>>;
  const numberWordRe = {} as PerLang<RegExp>;
  for (const lang of LANGS) {
    numberWords[lang] = new Map(Object.entries(d.numbers.words[lang]));
    numberWordRe[lang] = wordsRegex(lang, Object.keys(d.numbers.words[lang]), lang !== 'ar');
  }
  return {
    actions: d.actions.map((a) => {
      const out: LexAction = { id: a.id, rank: a.rank, cameo: a.cameo, request: a.request === true, re: perLang(a) };
      if (a.with) out.with = perLang(a.with);
      if (a.near !== undefined) out.near = a.near;
      if (a.topic) out.topic = a.topic;
      if (a.symmetric) out.symmetric = true;
      if (a.stance) out.stance = true;
      if (a.stateAct) out.stateAct = true;
      if (a.stateActWhenDone) out.stateActWhenDone = true;
      if (a.mutual) out.mutual = true;
      if (a.host) out.host = true;
      if (a.once) out.once = true;
      if (a.actTopics) out.actTopics = a.actTopics;
      return out;
    }),
    phases: { begun: perLang(d.phases.begun), completed: perLang(d.phases.completed), ongoing: perLang(d.phases.ongoing) },
    certainty: { planned: perLang(d.certainty.planned), expected: perLang(d.certainty.expected), likely: perLang(d.certainty.likely) },
    negation: perLang(d.negation, true),
    notNegation: perLang(d.notNegation),
    credit: perLang(d.credit),
    creditAfter: perLang(d.credit.after),
    creditTold: perLang(d.credit.told),
    creditWindow: d.credit.window,
    anonymous: perLang(d.anonymous),
    complementizer: perLang(d.complementizers, true),
    conditional: perLang(d.conditionals, true),
    // An Arabic word may carry a conjunction ("وربما").
    guess: everyLang({ en: alternatives(d.guesses.en), ar: alternatives(d.guesses.ar, '[وف]?'), ru: alternatives(d.guesses.ru) }),
    preposition: perLang(d.prepositions, true),
    since: perLang(d.since, true),
    during: perLang(d.during, true),
    continuation: perLang(d.continuations, true),
    notStatements: regexLists(d.notStatements),
    opinions: regexLists(d.opinions),
    describedActors: d.describedActors.map((x) => {
      const out: DescribedActor = { entity: x.entity, re: perLang(x, true) };
      if (x.from) out.from = x.from;
      if (x.until) out.until = x.until;
      return out;
    }),
    senses: d.senses.map((s) => ({ entity: s.entity, notIfMatched: s.notIfMatched.map((r) => new RegExp(r, 'u')), notNear: perLang(s.notNear), window: s.window })),
    numberWords,
    numberWordRe,
    half: perLang(d.numbers.half, true),
    bounds: (['more', 'less', 'about'] as const).map((bound) => ({ bound, re: perLang(d.numbers[bound], true) })),
    units: Object.entries(d.numbers.units).map(([unit, words]) => ({ unit, re: perLang(words) })),
    months: {
      ar: d.months.ar.map((names) => new RegExp(`^(?:${names.map(escape).join('|')})`, 'u')),
      ru: d.months.ru.map((names) => new RegExp(`^(?:${names.join('|')})`, 'iu')),
    },
    countries: Object.fromEntries(Object.entries(d.countries).filter(([k]) => !k.startsWith('_'))),
    nationalities: Object.fromEntries(Object.entries(d.nationalities).flatMap(([k, words]) => (typeof words === 'string' ? [] : [[k, perLang(words)]]))),
    sides: Object.entries(d.sides).flatMap(([side, words]) => (typeof words === 'string' ? [] : [{ side, re: perLang(words) }])),
  };
}

let compiled: Lexicon | undefined;
/** The compiled lexicon, built on first use (the content script that never reads facts never pays for it). */
export function lexicon(): Lexicon {
  return (compiled ??= compile());
}

/** First match of a global regex in `text` from `from`, or undefined. */
export function firstMatch(re: RegExp, text: string, from = 0): { index: number; end: number; text: string } | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

export function allMatches(re: RegExp, text: string): Array<{ index: number; end: number; text: string }> {
  const out: Array<{ index: number; end: number; text: string }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The language a statement is written in, by its letters: Arabic, Cyrillic, else English. */
export function languageOf(text: string): Lang {
  let ar = 0;
  let ru = 0;
  let la = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if (c >= 0x0400 && c <= 0x04ff) ru++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) la++;
  }
  if (ar > la && ar >= ru) return 'ar';
  if (ru > la) return 'ru';
  return 'en';
}

/**
 * Facts whose action says what happened (meet, withdraw, extradite …) merge across wording and language; a
 * "say" or "praise" fact does not hold what was said, so two of them are never one claim by their fact alone.
 * A topical act (discuss, affirm ties) merges only with its topic read (the reader gives none without).
 */
export function mergesOnFact(action: string): boolean {
  return (actionById(action)?.rank ?? 0) >= 2;
}

/** The lexicon's action by id. */
export function actionById(id: string): LexAction | undefined {
  return lexicon().actions.find((a) => a.id === id);
}
