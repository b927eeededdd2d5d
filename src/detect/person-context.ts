/**
 * Whether a mention found through a family name, a common word or a word of another language really
 * names its entity, read from the words right next to it. The wrong person's card is worse than no
 * card, so the rules reject on any sign of someone else:
 *
 *  - family name (`family`): another given name before it ("Farouk al-Sharaa", "Rifaat al-Assad",
 *    "Daniil Medvedev"), a kinship word ("brother al-Assad", "شقيق الأسد", "брат Асада"), a title that
 *    belongs to a namesake and not to the entity ("Vice-President al-Sharaa" is Farouk), or a capitalised
 *    word right after it that continues a name ("Novak Djokovic", "Assad Tobacco");
 *  - common word (`cue`, الشرع "the law", الأسد "the lion"): kept only with a person cue: a title or the
 *    entity's own given name before it, a verb of speech next to it ("قال الشرع"), or a fuller mention of
 *    the entity earlier in the section;
 *  - word of another language (`commonIn`): dropped when the text around it is in that language.
 *
 * Only mentions whose alias carries one of the flags are looked at (a few per page), so the cost is a
 * few word reads per such mention. Relatives and namesakes the gazetteer knows are entities of their
 * own, and the matcher's longest match already gives "Hafez al-Assad" to Hafez; these rules catch the
 * ones it does not know.
 */
import { fold, foldKey } from '../model/fold';
import { runToEnd } from './steps';
import type { Alias, MatcherEntity } from '../model/corpus-types';
import { CLS, DROPPED, UNKNOWN, WORD, classify } from './char-table';
import { identifyLanguage } from './language';
import type { MatcherData, Mention } from './types';
import { VARIANT } from './compile';
import { TITLE_CONCEPTS } from './titles';
import { initialBefore, isOwnGivenName } from './given-names';
import { FamilyNames, familyPart } from './coreference';
import { commonAliasOf, readCommonWord, type CommonAlias } from './common-senses';

/**
 * A word list, folded on first use: most pages have no flagged mention, and folding ~500 words at the
 * content script's start would cost every page for nothing.
 */
function list(...words: string[]): { has(w: string): boolean } {
  let set: Set<string> | undefined;
  return { has: (w) => (set ??= new Set(words.map((x) => fold(x)))).has(w) };
}

const KINSHIP = list(
  'brother', 'brothers', 'sister', 'father', 'son', 'sons', 'daughter', 'wife', 'widow', 'husband', 'uncle', 'nephew', 'niece', 'cousin', 'mother', 'grandson', 'granddaughter',
  'شقيق', 'شقيقه', 'شقيقة', 'أخو', 'أخيه', 'أخ', 'والد', 'والده', 'ابن', 'نجل', 'نجله', 'عم', 'عمه', 'خال', 'زوجة', 'زوجته', 'أرملة', 'ابنة', 'حفيد', 'والدة',
  'брат', 'брата', 'брату', 'братом', 'отец', 'отца', 'отцу', 'сын', 'сына', 'сыну', 'дядя', 'дяди', 'жена', 'жены', 'вдова', 'племянник', 'племянника', 'сестра', 'мать', 'внук', 'двоюродный',
);

/** Words before a name that say a person follows, and are no given name. */
const TITLES = list(
  'president', 'leader', 'minister', 'interim', 'transitional', 'former', 'ousted', 'deposed', 'exiled', 'late', 'syrian', 'russian', 'general', 'gen', 'commander',
  'sheikh', 'mr', 'mrs', 'ms', 'dr', 'prime', 'foreign', 'defence', 'defense', 'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'chief', 'head', 'deputy', 'official', 'colonel', 'marshal', 'counterpart', 'dictator', 'strongman', 'ruler', 'secretary',
  'الرئيس', 'رئيس', 'السوري', 'الروسي', 'المخلوع', 'السابق', 'الانتقالي', 'زعيم', 'قائد', 'القائد', 'وزير', 'الوزير', 'الشيخ', 'السيد', 'نظيره', 'اللواء', 'العماد', 'الفريق', 'المبعوث', 'السفير', 'المتحدث', 'الناطق', 'الرئيسان', 'الرئيسين', 'المؤقت',
  'президент', 'президента', 'президентом', 'президенту', 'лидер', 'лидера', 'лидером', 'глава', 'главы', 'главой', 'министр', 'министра', 'бывший', 'бывшего', 'свергнутый', 'свергнутого', 'сирийский', 'сирийского', 'российский', 'временный', 'переходный',
  'генерал', 'командующий', 'шейх', 'господин', 'посол', 'спикер', 'секретарь', 'премьер', 'лидеру', 'экс',
);

/** Verbs of speech or meeting with a person as subject: "قال الشرع", "الأسد أكد". */
const SPEECH = list(
  'قال', 'قالت', 'أكد', 'أكدت', 'صرح', 'أعلن', 'أضاف', 'شدد', 'دعا', 'أشار', 'أوضح', 'التقى', 'استقبل', 'بحث', 'زار', 'وصل', 'اجتمع', 'أجرى', 'تلقى', 'يقول', 'أبلغ', 'طالب', 'هنأ', 'وقع', 'غادر', 'فر', 'هرب', 'لجأ',
  'said', 'says', 'told', 'met', 'added', 'announced', 'fled',
  'заявил', 'сказал', 'отметил', 'сообщил', 'встретился', 'бежал', 'подчеркнул',
);

/** Capitalised words that start sentences or headlines and are no given name. */
const NOT_NAMES = list(
  'the', 'a', 'an', 'but', 'and', 'or', 'when', 'while', 'after', 'before', 'since', 'as', 'if', 'yet', 'so', 'then', 'now', 'today', 'yesterday', 'meanwhile', 'however', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'under', 'during', 'that', 'this', 'these', 'those', 'why', 'how', 'what', 'where', 'who', 'which', 'also', 'even', 'only', 'not', 'no', 'said', 'says', 'told', 'asked', 'why', 'against', 'about', 'over', 'until', 'once', 'both', 'last', 'here', 'there', 'photo', 'read', 'more', 'watch', 'video', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'regime', 'family', 'clan', 'dynasty', 'government', 'era', 'forces', 'loyalists', 'supporters', 'has', 'had', 'was', 'is', 'will', 'would', 'could', 'did', 'does', 'meets', 'visits', 'warns', 'calls', 'tells', 'urges', 'vows', 'arrives', 'flees', 'backs', 'hosts',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'и', 'но', 'а', 'в', 'во', 'на', 'по', 'при', 'после', 'до', 'для', 'с', 'со', 'о', 'об', 'как', 'когда', 'что', 'это', 'однако', 'также', 'вчера', 'сегодня', 'тогда', 'еще', 'уже', 'именно', 'даже', 'пока', 'если', 'хотя', 'затем', 'кроме', 'между', 'против', 'режим', 'семья', 'клан', 'сам', 'сами',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье',
);

/** Given names Arabic writes with no capital to tell them from words: a name before a family name that is not the entity's own. */
const ARABIC_GIVEN = list(
  'محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'عمر', 'خالد', 'ماهر', 'حافظ', 'باسل', 'رفعت', 'أسماء', 'بشرى', 'فاروق', 'سامر', 'محمود', 'يوسف', 'إبراهيم', 'سليمان', 'مصطفى', 'جميل', 'فواز', 'هلال', 'منذر', 'نمير', 'كريم', 'حسام', 'بشار', 'أنيسة', 'مجد', 'جمال', 'سامي', 'رامي', 'إياد', 'زياد', 'طلال', 'فراس', 'مناف', 'عادل', 'سعيد', 'ناصر',
);

export interface Refined {
  kept: Mention[];
  /** Why each kept mention passed a check, by index into `kept` (only when `explain` was asked for). */
  notes: Array<string | undefined>;
  rejected: Array<{ mention: Mention; reason: string }>;
}

export interface RefineOptions {
  /** The page's language from a trusted `lang` attribute; the text around a mention wins when it is clear. */
  pageLang?: string;
  explain?: boolean;
}

interface EntityContext {
  entity: MatcherEntity;
  aliases: Map<string, Alias>;
  /** Folded first words of the entity's multi-word aliases ("bashar", "بشار", "башар"). */
  given: Set<string>;
  /** Per family alias (folded key): title forms that belong to namesakes, not to this entity. */
  othersTitles: Map<string, string[]>;
  /** Folded given names of the other people the gazetteer knows ("рифат", "махер", "hafez"). */
  othersGiven: Set<string>;
}

/** First words of multi-word keys that are the article of a family name ("al sharaa", "аш шараа"), no given name. */
const ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'at', 'az', 'an', 'ar', 'аль', 'ал', 'аш', 'ас', 'ад', 'ат', 'аз', 'ан', 'ар', 'эль', 'эш']);

const contexts = new WeakMap<MatcherData, Map<string, EntityContext | null>>();

/** Whether the alias needs any of the checks here. */
const flagged = (a: Alias | undefined): a is Alias => !!a && (a.family === true || a.cue === true || a.commonIn !== undefined);

/** Folded keys of each entity's declared aliases, from the compiled rows (no folding at run time). */
const keysCache = new WeakMap<MatcherData, string[][]>();
function keysOf(data: MatcherData): string[][] {
  let keys = keysCache.get(data);
  if (!keys) {
    keys = data.entities.map(() => []);
    for (const [key, ei, , flags] of data.keys) if (!(flags & VARIANT)) keys[ei]!.push(key);
    keysCache.set(data, keys);
  }
  return keys;
}

/**
 * The context of one entity, made the first time a page shows one of its flagged aliases (null: it
 * has none). Given names and namesakes come from the compiled keys, already folded at build time.
 */
function contextOf(data: MatcherData, id: string): EntityContext | null {
  let map = contexts.get(data);
  if (!map) contexts.set(data, (map = new Map()));
  const known = map.get(id);
  if (known !== undefined) return known;
  const ei = data.entities.findIndex((e) => e.id === id);
  const entity = data.entities[ei];
  if (!entity || !entity.aliases.some(flagged)) {
    map.set(id, null);
    return null;
  }
  const allKeys = keysOf(data);
  const aliases = new Map(entity.aliases.map((a) => [a.text, a]));
  const given = new Set<string>();
  for (const k of allKeys[ei]!) {
    const words = k.split(' ');
    if (words.length > 1) given.add(words[0]!);
  }
  const othersTitles = new Map<string, string[]>();
  entity.aliases.forEach((a, ai) => {
    if (!a.family) return;
    const row = data.keys.find((k) => k[1] === ei && k[2] === ai && !(k[3] & VARIANT));
    if (!row) return;
    const key = row[0];
    const bare = key.replace(/^(?:al|el|ал|аль|аш|ас|ад|ар|ат|ан|аз) /, '');
    const namesakes = data.entities.filter((o, oi) => oi !== ei && o.type === 'person' && allKeys[oi]!.some((k) => k !== key && (k.endsWith(' ' + key) || k.endsWith(' ' + bare))));
    const own = new Set(entity.titles ?? []);
    const forms: string[] = [];
    for (const c of TITLE_CONCEPTS) {
      if (own.has(c.id)) continue;
      if (namesakes.some((n) => n.titles?.includes(c.id))) forms.push(...c.forms.map((f) => foldKey(f)));
    }
    if (forms.length > 0) othersTitles.set(a.text, forms);
  });
  const othersGiven = new Set<string>();
  data.entities.forEach((o, oi) => {
    if (oi === ei || o.type !== 'person') return;
    for (const k of allKeys[oi]!) {
      const words = k.split(' ');
      if (words.length > 1 && !given.has(words[0]!) && !ARTICLES.has(words[0]!)) othersGiven.add(words[0]!);
    }
  });
  const ctx = { entity, aliases, given, othersTitles, othersGiven };
  map.set(id, ctx);
  return ctx;
}

const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  const k = CLS[c] as number;
  return k === UNKNOWN ? classify(c) : k;
};

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The word ending right before `pos` with only spaces between, or null (punctuation, a line break or the text start in between). */
function wordBefore(text: string, pos: number): Word | null {
  let i = pos;
  while (i > 0 && classAt(text, i - 1) !== WORD && classAt(text, i - 1) !== DROPPED) {
    const ch = text.charCodeAt(i - 1);
    if (ch !== 0x20 && ch !== 0xa0 && ch !== 0x2d) return null;
    i--;
  }
  if (i === pos || i === 0) return null;
  const end = i;
  while (i > 0 && (classAt(text, i - 1) === WORD || classAt(text, i - 1) === DROPPED)) i--;
  return { start: i, end, text: text.slice(i, end) };
}

/** The word starting right after `pos` with only spaces between, or null. */
function wordAfter(text: string, pos: number): Word | null {
  let i = pos;
  while (i < text.length && classAt(text, i) !== WORD) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0xa0) return null;
    i++;
  }
  if (i === pos || i >= text.length) return null;
  const start = i;
  while (i < text.length && (classAt(text, i) === WORD || classAt(text, i) === DROPPED)) i++;
  return { start, end: i, text: text.slice(start, i) };
}

/** Where the word holding `pos` starts (an Arabic mention may start after attached particles). */
function wordStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (classAt(text, i - 1) === WORD || classAt(text, i - 1) === DROPPED)) i--;
  return i;
}

const isUpper = (s: string): boolean => {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** Arabic attaches و and ف to the next word: "وقال" is "and he said". */
const stripConjunction = (w: string): string => (w.length > 3 && (w.startsWith('و') || w.startsWith('ف')) ? w.slice(1) : w);

/** Most words of the line capitalised: a headline in title case, where capitals say nothing about names. */
function titleCaseLine(text: string, pos: number): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', pos) + 1);
  let to = text.indexOf('\n', pos);
  if (to < 0 || to - from > 300) to = Math.min(text.length, from + 300);
  const words = text.slice(from, to).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter(isUpper).length / words.length >= 0.7;
}

/** Text right before `pos` (folded, separators as one space) ends with one of `forms`. */
function endsWithForm(text: string, pos: number, forms: readonly string[]): string | undefined {
  const before = foldKey(text.slice(Math.max(0, pos - 40), pos));
  return forms.find((f) => before === f || before.endsWith(' ' + f));
}

const SECTION_BACK = 3000;

/** How near another entity must be to select an alias that is also a common word (same paragraph or this close). */
export const NEIGHBOUR_REACH = 300;

/** A Russian family name in -ов/-ев/-ин/-ын, whose female form the woman's relatives do not share. */
const RU_MALE_SURNAME = /(?:ов|ев|ин|ын)$/;
/** Endings only the female form of such a name takes ("Песковой", "Лавровой"). */
const RU_FEMALE_ENDINGS = new Set(['ой', 'ою']);

const entityIndex = new WeakMap<MatcherData, Map<string, MatcherEntity>>();
function entityById(data: MatcherData, id: string): MatcherEntity | undefined {
  let map = entityIndex.get(data);
  if (!map) entityIndex.set(data, (map = new Map(data.entities.map((e) => [e.id, e]))));
  return map.get(id);
}

/**
 * Keep the mentions their context allows. `mentions` is the matcher's output for `text` (sorted,
 * non-overlapping); the result keeps that order. Besides the person rules (`judge`), a bare family
 * name takes the person of its fullest earlier mention in the section (coreference.ts), and an alias
 * that is also a common word is read against its senses (common-senses.ts): one that needs selecting
 * context and has no cue next to it waits until every mention is read, and is kept only with another
 * entity nearby.
 */
export function refineMentions(text: string, mentions: readonly Mention[], data: MatcherData, options: RefineOptions = {}): Refined {
  return runToEnd(refineInSteps(text, mentions, data, options));
}

/** Mentions read between two pauses of `refineInSteps` (~2–3 µs each: a few ms). */
export const REFINE_STEP = 1024;

/**
 * `refineMentions` in steps: it pauses (yields) after every REFINE_STEP mentions, so a caller on a page's
 * main thread can hand the thread back between steps (the 5 MB bench page's 152,000 mentions were one
 * 350–430 ms task); what it returns at the end is exactly `refineMentions`'s result.
 */
export function* refineInSteps(text: string, mentions: readonly Mention[], data: MatcherData, options: RefineOptions = {}): Generator<void, Refined> {
  const kept: Mention[] = [];
  const notes: Array<string | undefined> = [];
  const keep = (m: Mention, note: string | undefined): void => {
    kept.push(m);
    if (options.explain) notes.push(note);
  };
  const rejected: Refined['rejected'] = [];
  const waiting: Array<{ mention: Mention; entry: CommonAlias }> = [];
  /** Where each entity was last named through an alias that needs no cue. */
  const fullAt = new Map<string, number>();
  const families = new FamilyNames();
  for (let i = 0; i < mentions.length; i++) {
    if (i % REFINE_STEP === REFINE_STEP - 1) yield;
    const m0 = mentions[i]!;
    let m = m0;
    const entry = commonAliasOf(m.entityId, m.alias);
    let senseNote: string | undefined;
    if (entry) {
      const v = readCommonWord(text, m, entry, wordStart(text, m.start));
      if (v.kind === 'sense') {
        rejected.push({ mention: m, reason: `"${m.alias}" here is not the place: ${v.why}` });
        continue;
      }
      if (v.kind === 'open' && entry.select) {
        waiting.push({ mention: m, entry });
        continue;
      }
      senseNote = v.kind === 'place' ? `the place: ${v.why}` : undefined;
    }
    const c = contextOf(data, m.entityId);
    const alias = c?.aliases.get(m.alias);
    if (!c || !flagged(alias)) {
      keep(m, senseNote);
      fullAt.set(m.entityId, m.start);
      notePerson(data, families, text, m);
      continue;
    }
    const verdict = judge(text, m, c, alias, fullAt, options);
    if (verdict.reject) {
      rejected.push({ mention: m, reason: verdict.reject });
      if (verdict.otherPerson) families.note(text.slice(m.start, m.end), null, verdict.otherPerson, m.start);
      continue;
    }
    let note = [senseNote, verdict.note].filter(Boolean).join('; ') || undefined;
    if (verdict.confirmedFrom !== undefined) {
      // "Башара Асада": the given name and the family name together are the full name.
      const last = kept[kept.length - 1];
      const full = fullAliasOf(c, alias, verdict.givenKey!);
      if ((!last || last.end <= verdict.confirmedFrom) && full) m = { ...m, start: verdict.confirmedFrom, alias: full };
    } else if (alias.family && !verdict.titled) {
      const holder = families.holderOf(text.slice(m.start, m.end), m.start);
      if (holder && holder.entityId !== m.entityId) {
        if (holder.entityId === null) {
          rejected.push({ mention: m, reason: `refers to "${holder.label}", the fullest earlier mention of the name in the section` });
          continue;
        }
        note = `refers to "${holder.label}", the fullest earlier mention of the name in the section`;
        m = { ...m, entityId: holder.entityId, alias: holder.alias! };
      }
    }
    keep(m, note);
    if (!alias.cue) fullAt.set(m.entityId, m.start);
    if (m.alias !== m0.alias) notePerson(data, families, text, m);
  }
  if (waiting.length > 0) return resolveWaiting(text, waiting, kept, notes, rejected, options.explain === true);
  return { kept, notes, rejected };
}

/** Remember a person's full mention ("Farouk al-Sharaa") for the bare family names after it. */
function notePerson(data: MatcherData, families: FamilyNames, text: string, m: Mention): void {
  if (m.alias.indexOf(' ') < 0 || entityById(data, m.entityId)?.type !== 'person') return;
  families.note(familyPart(text.slice(m.start, m.end)), m.entityId, text.slice(m.start, m.end), m.start, m.alias);
}

/** The entity's full-name alias in the language of `alias` that starts with the given name read (`givenKey`, folded). */
function fullAliasOf(c: EntityContext, alias: Alias, givenKey: string): string | undefined {
  for (const a of c.entity.aliases) {
    if (a.ambiguous || a.lang !== alias.lang || !/\s/.test(a.text)) continue;
    if (isOwnGivenName(givenKey, new Set([fold(a.text.split(/\s+/)[0]!)]))) return a.text;
  }
  return undefined;
}

/**
 * Common-word mentions with nothing next to them either way: kept when another entity (itself kept,
 * and no waiting common word; one of the entry's `by` entities, when it names them) is named in the same
 * paragraph or within NEIGHBOUR_REACH; else dropped.
 */
function resolveWaiting(
  text: string,
  waiting: Array<{ mention: Mention; entry: CommonAlias }>,
  kept: Mention[],
  notes: Array<string | undefined>,
  rejected: Refined['rejected'],
  explain: boolean,
): Refined {
  const added: Array<[Mention, string | undefined]> = [];
  for (const { mention: m, entry } of waiting) {
    const blockFrom = text.lastIndexOf('\n', m.start - 1) + 1;
    let blockTo = text.indexOf('\n', m.end);
    if (blockTo < 0) blockTo = text.length;
    const selects = (id: string): boolean => id !== m.entityId && (entry.by === undefined || entry.by.includes(id));
    const near = kept.find((a) => selects(a.entityId) && ((a.start >= blockFrom && a.end <= blockTo) || Math.abs(a.start - m.start) <= NEIGHBOUR_REACH));
    if (near) added.push([m, `the place: "${text.slice(near.start, near.end)}" (${near.entityId}) is named nearby`]);
    else rejected.push({ mention: m, reason: `"${m.alias}" is also a common word, and nothing around it selects the place (no cue word, no fuller name, no other entity nearby)` });
  }
  if (added.length === 0) return { kept, notes, rejected };
  const all: Array<[Mention, string | undefined]> = kept.map((m, i) => [m, notes[i]]);
  all.push(...added);
  all.sort((a, b) => a[0].start - b[0].start);
  return { kept: all.map((x) => x[0]), notes: explain ? all.map((x) => x[1]) : [], rejected };
}

interface Verdict {
  reject?: string;
  note?: string;
  /** Rejected for another given name: that person's name as written, for the bare family names after it. */
  otherPerson?: string;
  /** Kept through the person's own given name (in any form): where that name starts, and it folded. */
  confirmedFrom?: number;
  givenKey?: string;
  /** A title stands before the family name: the person is named here, not by an earlier mention. */
  titled?: boolean;
}

function judge(text: string, m: Mention, c: EntityContext, alias: Alias, fullAt: Map<string, number>, options: RefineOptions): Verdict {
  const notes: string[] = [];
  if (alias.commonIn) {
    const local = identifyLanguage(text.slice(Math.max(0, m.start - 200), Math.min(text.length, m.end + 200)));
    const lang = local ?? options.pageLang;
    if (lang && alias.commonIn.includes(lang)) return { reject: `"${alias.text}" is an ordinary word in ${lang}, the language ${local ? 'of the text around it' : 'of the page'}` };
    notes.push(`language ${lang ?? 'unknown'}, not ${alias.commonIn.join('/')}`);
  }
  if (!alias.family && !alias.cue) return { note: notes.join('; ') };
  const ws = wordStart(text, m.start);
  const prev = wordBefore(text, ws);
  const next = wordAfter(text, m.end);
  const prevKey = prev ? fold(prev.text) : '';
  const nextKey = next ? fold(next.text) : '';
  const arabicWord = (w: string): boolean => /[\u0600-\u06ff]/.test(w);
  const ownGiven = prev !== null && isOwnGivenName(prevKey, c.given);
  const titled = prev !== null && (TITLES.has(prevKey) || TITLES.has(stripConjunction(prevKey)));
  const out: Verdict = { titled };
  if (alias.family) {
    if (prev && KINSHIP.has(stripConjunction(prevKey))) return { reject: `kinship word "${prev.text}" before the family name: a relative` };
    const title = c.othersTitles.get(alias.text);
    const titledOther = title && endsWithForm(text, ws, title);
    if (titledOther) return { reject: `"${titledOther}" is the title of a namesake, not of ${c.entity.name}` };
    const initial = initialBefore(text, ws);
    if (initial !== undefined && c.given.size > 0) {
      const own = [...c.given].some((g) => g.startsWith(fold(initial)));
      if (!own) return { reject: `the initial "${initial.toUpperCase()}." is not ${c.entity.name}'s`, otherPerson: `${initial.toUpperCase()}. ${text.slice(m.start, m.end)}` };
      notes.push(`own initial "${initial.toUpperCase()}."`);
      out.titled = true;
    }
    if (prev && !ownGiven && !titled && !NOT_NAMES.has(prevKey)) {
      const other = { reject: `another given name "${prev.text}" before the family name`, otherPerson: `${prev.text} ${text.slice(m.start, m.end)}` };
      // Another person's given name the gazetteer knows, in any form: even in a headline's capitals.
      if (isOwnGivenName(prevKey, c.othersGiven)) return other;
      if (arabicWord(prev.text)) {
        if (ARABIC_GIVEN.has(stripConjunction(prevKey)) || ARABIC_GIVEN.has(prevKey)) return other;
      } else if (isUpper(prev.text) && prev.text.length > 2 && !titleCaseLine(text, m.start)) {
        return other;
      }
    }
    if (next && !arabicWord(next.text) && isUpper(next.text) && !NOT_NAMES.has(nextKey) && next.text.length > 1 && !titleCaseLine(text, m.start)) {
      return { reject: `"${next.text}" after it: the family name is part of another name` };
    }
    if (alias.lang === 'ru' && RU_MALE_SURNAME.test(fold(alias.text))) {
      const ending = fold(text.slice(m.start, m.end)).slice(fold(alias.text).length);
      if (RU_FEMALE_ENDINGS.has(ending)) return { reject: `"${text.slice(m.start, m.end)}" is the female form of the name: a woman, not ${c.entity.name}`, otherPerson: text.slice(m.start, m.end) };
    }
    if (prev && ownGiven) {
      notes.push(`own given name "${prev.text}"${c.given.has(prevKey) ? '' : ' (inflected)'}`);
      out.confirmedFrom = prev.start;
      out.givenKey = prevKey;
    }
  }
  if (alias.cue) {
    let cue: string | undefined;
    if (titled) cue = `title "${prev!.text}"`;
    else if (ownGiven) cue = `given name "${prev!.text}"`;
    else if (prev && (SPEECH.has(prevKey) || SPEECH.has(stripConjunction(prevKey)))) cue = `verb "${prev.text}" before it`;
    else if (next && (SPEECH.has(nextKey) || SPEECH.has(stripConjunction(nextKey)) || TITLES.has(nextKey))) cue = `"${next.text}" after it`;
    else {
      const at = fullAt.get(m.entityId);
      if (at !== undefined && m.start - at <= SECTION_BACK) cue = 'a fuller mention earlier in the section';
    }
    if (!cue) return { reject: `"${alias.text}" is also a common word, and no person cue is next to it` };
    notes.push(`person cue: ${cue}`);
  }
  out.note = notes.join('; ') || 'nothing nearby names someone else';
  return out;
}

