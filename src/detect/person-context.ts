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
import type { Alias, MatcherEntity } from '../model/corpus-types';
import { CLS, DROPPED, UNKNOWN, WORD, classify } from './char-table';
import { identifyLanguage } from './language';
import type { MatcherData, Mention } from './types';
import { VARIANT } from './compile';
import { TITLE_CONCEPTS } from './titles';

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
}

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
  const ctx = { entity, aliases, given, othersTitles };
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

/**
 * Keep the mentions their context allows. `mentions` is the matcher's output for `text` (sorted,
 * non-overlapping); the result keeps that order.
 */
export function refineMentions(text: string, mentions: readonly Mention[], data: MatcherData, options: RefineOptions = {}): Refined {
  const kept: Mention[] = [];
  const notes: Array<string | undefined> = [];
  const rejected: Refined['rejected'] = [];
  /** Where each entity was last named through an alias that needs no cue. */
  const fullAt = new Map<string, number>();
  for (const m of mentions) {
    const c = contextOf(data, m.entityId);
    const alias = c?.aliases.get(m.alias);
    if (!c || !flagged(alias)) {
      kept.push(m);
      if (options.explain) notes.push(undefined);
      fullAt.set(m.entityId, m.start);
      continue;
    }
    const verdict = judge(text, m, c, alias, fullAt, options);
    if (verdict.reject) rejected.push({ mention: m, reason: verdict.reject });
    else {
      kept.push(m);
      if (options.explain) notes.push(verdict.note);
      if (!alias.cue) fullAt.set(m.entityId, m.start);
    }
  }
  return { kept, notes, rejected };
}

function judge(
  text: string,
  m: Mention,
  c: EntityContext,
  alias: Alias,
  fullAt: Map<string, number>,
  options: RefineOptions,
): { reject?: string; note?: string } {
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
  if (alias.family) {
    if (prev && KINSHIP.has(stripConjunction(prevKey))) return { reject: `kinship word "${prev.text}" before the family name: a relative` };
    const title = c.othersTitles.get(alias.text);
    const titled = title && endsWithForm(text, ws, title);
    if (titled) return { reject: `"${titled}" is the title of a namesake, not of ${c.entity.name}` };
    if (prev && !c.given.has(prevKey) && !TITLES.has(prevKey) && !NOT_NAMES.has(prevKey)) {
      if (arabicWord(prev.text)) {
        if (ARABIC_GIVEN.has(stripConjunction(prevKey)) || ARABIC_GIVEN.has(prevKey)) return { reject: `another given name "${prev.text}" before the family name` };
      } else if (isUpper(prev.text) && prev.text.length > 2 && !titleCaseLine(text, m.start)) {
        return { reject: `another given name "${prev.text}" before the family name` };
      }
    }
    if (next && !arabicWord(next.text) && isUpper(next.text) && !NOT_NAMES.has(nextKey) && next.text.length > 1 && !titleCaseLine(text, m.start)) {
      return { reject: `"${next.text}" after it: the family name is part of another name` };
    }
    if (prev && c.given.has(prevKey)) notes.push(`own given name "${prev.text}"`);
  }
  if (alias.cue) {
    let cue: string | undefined;
    if (prev && (TITLES.has(prevKey) || TITLES.has(stripConjunction(prevKey)))) cue = `title "${prev.text}"`;
    else if (prev && c.given.has(prevKey)) cue = `given name "${prev.text}"`;
    else if (prev && (SPEECH.has(prevKey) || SPEECH.has(stripConjunction(prevKey)))) cue = `verb "${prev.text}" before it`;
    else if (next && (SPEECH.has(nextKey) || SPEECH.has(stripConjunction(nextKey)) || TITLES.has(nextKey))) cue = `"${next.text}" after it`;
    else {
      const at = fullAt.get(m.entityId);
      if (at !== undefined && m.start - at <= SECTION_BACK) cue = 'a fuller mention earlier in the section';
    }
    if (!cue) return { reject: `"${alias.text}" is also a common word, and no person cue is next to it` };
    notes.push(`person cue: ${cue}`);
  }
  return { note: notes.join('; ') || 'nothing nearby names someone else' };
}
