import type { Mention } from '../../detect/types';
import type { EntityType, Lang } from '../../model/corpus-types';
import type { Fact, FactCertainty, FactNumber, FactPhase, FactWhen, NoFact } from '../../model/fact';
import { findTimes } from '../time-expressions';
import { agencyDatelineEnd, datelineEnd } from './dateline';
import { sinceSpans } from './since';
import { actionById, allMatches, firstMatch, languageOf, lexicon, type LexAction } from './lexicon';
import { readNumbers } from './numbers';

/** What the reader needs to know of an entity: its kind decides whether it can act, be acted on, or be a place. */
export interface FactEntity {
  id: string;
  type: EntityType;
  scope: 'specific' | 'broad';
  country?: 'sy' | 'ru';
  /** Entities it relates to (the gazetteer's `related`): a topic lists the installations it is made of. */
  related?: string[];
  /** Topics it is part of (the Hmeimim base of "Russia's bases in Syria"): see `withTopicParents`. */
  partOf?: string[];
}

/**
 * An entity lookup that also tells each entity the topics listing it as related (the bases topic lists
 * Hmeimim, Tartus and Qamishli airport), so "the fate of the Hmeimim airbase" and "the future of Russian
 * military bases" are found to be about one thing. Built once per compile or article reading.
 */
export function withTopicParents(entities: ReadonlyMap<string, FactEntity>): (id: string) => FactEntity | undefined {
  const parents = new Map<string, string[]>();
  for (const e of entities.values()) {
    if (e.type !== 'topic') continue;
    for (const id of e.related ?? []) if (entities.get(id)?.type === 'installation') parents.set(id, [...(parents.get(id) ?? []), e.id]);
  }
  return (id) => {
    const e = entities.get(id);
    const partOf = parents.get(id);
    return e && partOf ? { ...e, partOf } : e;
  };
}

/** One sentence to read, with the mentions the detector found in it (offsets relative to `text`). */
export interface FactSentence {
  text: string;
  /** Offset of the sentence in its article: the fact's `start`/`end` are in the article. */
  offset: number;
  mentions: Mention[];
  /** The article's date, and whether it was only assumed (the article gave none). */
  articleDate?: string;
  dateAssumed?: boolean;
  /** The event the article reports, when known. */
  articleEvent?: string;
  /**
   * What the compiler's statement reading already resolved (a "He" to the last person, an event by its
   * cues): used where the sentence alone names no actor or time.
   */
  hint?: FactHint;
}

/** What the reading of the sentences before gives a sentence that names too little on its own. */
export interface FactHint {
  who?: string;
  event?: string;
  date?: string;
  /** The meeting the article last reported, for a later "The talks lasted three hours" (see `meetingOf`). */
  meeting?: LastMeeting;
}

/** A meeting as a later sentence can refer back to it. */
export interface LastMeeting {
  who: string;
  whom: string[];
  when: FactWhen;
}

/** The meeting a fact reports (a mutual act with its other side named), for the sentences after it. */
export function meetingOf(fact: Fact): LastMeeting | undefined {
  if (!actionById(fact.action)?.mutual || fact.whom.length === 0) return undefined;
  return { who: fact.who, whom: fact.whom, when: fact.when };
}

const ACTOR_TYPES = new Set<EntityType>(['person', 'organisation']);

/**
 * Reads the fact a sentence states, or says why it states none. Language-independent slots from language-
 * specific words: the lexicon's actions, phases, certainty, negation and credit words, and the detector's
 * names in any script. The rules, in order:
 * - text that is never a statement (a caption, a photo credit, a teaser, a byline) gives no fact;
 * - the action is the most specific lexicon act the sentence names; a request verb before it makes it a request;
 * - an organisation within reach of a credit word ("according to", "по данным", "بحسب") is the credited origin;
 * - a description ("the Kremlin leader", "الرئيس السوري", "президент России") stands for its entity;
 * - with a speech verb and a complementizer (that / что / أن), the speaker is before it and the actor after it;
 * - otherwise the actor is the first person or organisation (or a country acting as a state) not after a
 *   preposition: in English and Russian before the verb, in Arabic (verb first) anywhere;
 * - no actor, no fact: a claim whose subject cannot be told is never shown.
 */
export function readSentenceFact(s: FactSentence, entityOf: (id: string) => FactEntity | undefined): Fact | NoFact {
  const lex = lexicon();
  const { text } = s;
  const lang = languageOf(text);
  const base = { quote: text, start: s.offset, end: s.offset + text.length };
  const low = text.toLowerCase();
  const notStatement = notAStatement(text, lang);
  if (notStatement) return { ...base, reason: 'not-a-statement', detail: notStatement };
  if (text.split(/\s+/).filter(Boolean).length < 5) return { ...base, reason: 'too-short' };

  // Actions: every lexicon act the sentence names, with where.
  const found: Array<{ a: LexAction; at: number }> = [];
  for (const a of lex.actions) {
    const m = a.mutual ? firstAct(a.re[lang], low, lang) : firstMatch(a.re[lang], low);
    if (!m) continue;
    if (a.with && !withinReach(a, lang, low, m)) continue;
    found.push({ a, at: m.index });
  }
  if (found.length === 0) return { ...base, reason: 'no-action' };
  const top = Math.max(...found.map((f) => f.a.rank));
  let main = found.filter((f) => f.a.rank === top).sort((x, y) => x.at - y.at)[0]!;
  // "discussed wheat shipments": an act named inside a topic that a topical verb governs is what was discussed.
  const topical = found.find((f) => f.a.topic === 'set' && f.at < main.at);
  if (topical && s.mentions.some((m) => m.start <= main.at && main.at < m.end && entityOf(m.entityId)?.type === 'topic')) main = topical;
  // "If Russia hands over Assad, …", "whether Russia will hand over Assad", "إذا سلمت روسيا …", "Если Россия выдаст …":
  // a sentence that opens with a condition, or an act inside one, asserts nothing.
  const condition = conditionOver(low, lang, main.at);
  if (condition) return { ...base, reason: 'conditional', detail: condition };
  const requestVerb = found.filter((f) => f.a.request && f.a !== main.a && f.at < main.at).sort((x, y) => x.at - y.at)[0];
  const denial = found.find((f) => f.a.id === 'deny' && f.a !== main.a);
  const sayAt = found.find((f) => f.a.id === 'say')?.at;

  // Mentions: described actors stand for their entity; a name inside a description ("Kremlin" in "the Kremlin leader") is part of it.
  const mentions = withDescribedActors(s, lang, low);
  // Credit: the organisation (or unnamed sources) a credit word points at.
  const prepositionBefore = (pos: number): boolean => {
    const before = low.slice(Math.max(0, pos - 12), pos);
    const re = lex.preposition[lang];
    const m = allMatches(re, before).pop();
    if (!m) return lang === 'ar' && /(?<![\p{L}])[لب]$/u.test(before.replace(/ال$/, ''));
    // "In 2017, Russia signed": a comma closes the prepositional phrase; what follows it can act.
    const after = before.slice(m.end);
    return !after.includes(',') && after.trim().split(/\s+/).filter(Boolean).length <= (lang === 'en' ? 1 : 0);
  };
  const credits = allMatches(lex.credit[lang], low);
  const creditsAfter = allMatches(lex.creditAfter[lang], low);
  let credit: string | undefined;
  const creditIds = new Set<string>();
  const orgs = mentions.filter((m) => entityOf(m.entityId)?.type === 'organisation');
  // "according to Reuters", "по данным ТАСС": the source after its cue; "Reuters reported": before it.
  for (const m of orgs) if (credits.some((c) => m.start >= c.index && m.start - c.end <= lex.creditWindow)) creditIds.add(m.entityId);
  for (const m of orgs) if (creditsAfter.some((c) => c.index >= m.end && c.index - m.end <= 3) && !prepositionBefore(m.start)) creditIds.add(m.entityId);
  // "قالت مصادر لرويترز", "сообщили Reuters", "сообщил ТАСС": the outlet a statement was told to.
  const told = [...allMatches(lex.creditTold[lang], low), ...allMatches(actionById('say')!.re[lang], low), ...allMatches(lex.anonymous[lang], low)];
  for (const m of orgs) if (toldTo(text, lang, m.start, told, lex.creditWindow)) creditIds.add(m.entityId);
  credit = orgs.find((m) => creditIds.has(m.entityId))?.entityId;
  if (!credit) {
    // "Syrian sources said", "مصادر", "источники сообщили": unnamed sources are the origin.
    const anon = firstMatch(lex.anonymous[lang], low);
    const cues = [...credits, ...creditsAfter, ...found.filter((f) => f.a.id === 'say').map((f) => ({ index: f.at }))];
    if (anon && cues.some((c) => Math.abs(c.index - anon.index) <= lex.creditWindow)) credit = 'anonymous';
  }

  // "Президент России Владимир Путин", "Russia's Foreign Minister Sergei Lavrov": a name in a person's title is not an actor.
  const inTitle = (m: Mention): boolean => {
    const next = mentions.find((x) => x.start >= m.end && entityOf(x.entityId)?.type === 'person');
    if (!next || entityOf(m.entityId)?.type === 'person') return false;
    // "Syria's interim president, Ahmed al-Sharaa, …": a title set off by a comma before the name is still his.
    const gap = text.slice(m.end, next.start).replace(/(?<=\p{L}),\s*$/u, '');
    const low = gap.toLowerCase();
    return /^[\s\p{L}’'-]{0,40}$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4 && !/[,;]/.test(gap) && !lex.actions.some((a) => firstMatch(a.re[lang], low));
  };
  // "MOSCOW (Reuters) -", "موسكو -", "МОСКВА, 16 октября.": the dateline's place is where the report was filed, not who acts.
  const since = sinceSpans(text);
  const inSince = (pos: number): boolean => since.some(([a, b]) => pos >= a && pos < b);
  const dateline = datelineEnd(text, (a, b) => mentions.some((m) => m.start >= a && m.end <= b && entityOf(m.entityId)?.type === 'place'));
  const canAct = (m: Mention): boolean => {
    const e = entityOf(m.entityId);
    if (!e || creditIds.has(m.entityId) || inTitle(m)) return false;
    if (m.end <= dateline && e.type === 'place') return false;
    return ACTOR_TYPES.has(e.type) || (e.type === 'place' && e.scope === 'broad' && e.country !== undefined) || e.type === 'place' && /^(?:russia|syria)$/.test(e.id);
  };
  // The one an act is done to, named in the act ("Assad's extradition"), never does it.
  const doneTo = new Set(Object.values(main.a.actTopics ?? {}));
  const actorIn = (from: number, to: number, placeToo = true): Mention | undefined =>
    mentions.find((m) => m.start >= from && m.start < to && canAct(m) && !doneTo.has(m.entityId) && !prepositionBefore(m.start) && (placeToo || entityOf(m.entityId)?.type !== 'place'));
  // "The extradition of Assad was not discussed", "Вопрос о выдаче Асада не обсуждался": an act named as the
  // subject of a topical verb, with no one before it, is what was (or was not) discussed.
  const discussedLater = lang !== 'ar' && !main.a.topic ? found.find((f) => f.a.topic === 'set' && f.at > main.at) : undefined;
  const discussed = discussedLater && !actorIn(0, main.at) ? main.a : undefined;
  if (discussed) main = discussedLater!;

  let who: string | undefined;
  let speaker: string | undefined;
  const comp = sayAt !== undefined ? firstMatch(lex.complementizer[lang], low, sayAt) : undefined;
  if (main.a.id !== 'say' && sayAt !== undefined && comp && comp.index < main.at) {
    speaker = actorIn(0, comp.index)?.entityId;
    who = actorIn(comp.end, main.at + 1)?.entityId ?? (lang !== 'ar' ? undefined : actorIn(comp.end, text.length)?.entityId) ?? speaker;
  } else if (main.a.id === 'say') {
    who = speaker = (actorIn(0, text.length) ?? mentions.find((m) => canAct(m)))?.entityId;
  } else {
    // The subject comes before the verb in English and Russian; Arabic puts the verb first. A subject after a
    // noun of action ("Переговоры Путина…", "Putin's talks") is read the same way.
    // After the verb in English or Russian, only a person or a body can be a subject told late ("talks of Putin");
    // a place there is where, or whom ("sanctions against Assad … now in Moscow, Russia").
    who = (lang === 'ar' ? actorIn(0, text.length) : (actorIn(0, main.at) ?? actorIn(main.at, text.length, false)))?.entityId;
    if (sayAt !== undefined && who) {
      // The speaker stands by the speech verb ("Peskov said", "said Peskov"), not across a comma ("… Assad, sources said").
      const sp = mentions.find((m) => canAct(m) && m.entityId !== who && Math.abs(m.start - sayAt) < 30 && !(m.end <= sayAt && text.slice(m.end, sayAt).includes(',')));
      if (sp) speaker = sp.entityId;
    }
  }
  if (main.a.stance) {
    // A position is the speaker's: "Russia has built its relations …, Putin said", "according to Putin, relations …".
    const holders = [speaker, personCredited(mentions, credits, entityOf), who];
    who = holders.find((id) => id && entityOf(id)?.type === 'person') ?? holders.find((id) => id);
    speaker = undefined;
  }
  // "The Syrian delegation asked Moscow …", "Russian officials refused to hand over Assad": a side named before any actor acts.
  // A side before "said that" is who speaks ("Syrian officials told Reuters that al-Sharaa had asked …"), not who acts.
  const side = sideNamed(low, lang, main.at, main.a.id !== 'say' && comp && comp.index < main.at ? comp.end : 0);
  // In Arabic too when the side comes first ("وطلب الوفد السوري من روسيا المساعدة في بناء جيش سوري جديد"): the army is what is asked for.
  if (side && (!who || side.at < (mentions.find((m) => m.entityId === who)?.start ?? Infinity))) who = side.side;
  who ??= s.hint?.who;
  // "Assad … fled to Russia, where Moscow granted them asylum": the host acts, wherever the sentence names it.
  // The first state the sentence names, even before a person's name ("Russia … later granted Assad asylum").
  if (main.a.host) who = mentions.find((m) => isState(entityOf(m.entityId)) && !creditIds.has(m.entityId))?.entityId ?? who;
  // "واستمرت المحادثات …، وتناولت مستقبل القاعدتين": talks as the subject, with no one named meeting, are the two
  // sides discussing: the sentence's act is the symmetric one of the same rank.
  if (!who && !main.a.symmetric) main = found.find((f) => f.a.symmetric && f.a.rank === main.a.rank) ?? main;
  // Talks have two sides: whoever the sentence names, both discussed (and "Talks covered …" names neither).
  if (main.a.symmetric) who = 'joint';
  // "The talks lasted three hours", "Переговоры продлились три часа": a meeting that names no one is the one the
  // article last reported. Not what someone said of it ("a deputy said the talks were fruitful"): an opinion.
  const meeting = !who && main.a.mutual && sayAt === undefined ? s.hint?.meeting : undefined;
  if (meeting) who = meeting.who;
  if (!who) return { ...base, reason: 'no-actor' };
  // A country or capital that acts is its state: "Russia refused", "Moscow refused" and "Russian officials refused" are one actor.
  const stateAct = main.a.stateAct || (main.a.stateActWhenDone && !requestVerb);
  if (stateAct || entityOf(who)?.type === 'place') who = sideOf(who, entityOf) ?? who;

  const whom = new Set<string>();
  let where: string | undefined;
  let event: string | undefined;
  if (main.a.topic) {
    const topic = topicOf(main.a.topic, mentions, entityOf, { who, speaker, credits: creditIds }, { low, lang });
    // The act discussed is its topic: "the extradition of Assad" is the topic of Assad's extradition.
    for (const [act, one] of Object.entries(discussed?.actTopics ?? {})) if (mentions.some((m) => m.entityId === one) && !topic.includes(act)) topic.push(act);
    if (topic.length === 0) return { ...base, reason: 'no-topic' };
    for (const id of topic) whom.add(id);
  }
  for (const m of main.a.topic ? [] : mentions) {
    const e = entityOf(m.entityId);
    if (!e || m.entityId === who || m.entityId === speaker || creditIds.has(m.entityId)) continue;
    // "Kremlin spokesman Dmitry Peskov": the Kremlin is part of who he is, not what the act concerns.
    if (inTitle(m)) continue;
    // "Assad's extradition" names the act itself: what it concerns is the one handed over.
    const standsFor: string | undefined = main.a.actTopics?.[m.entityId];
    if (standsFor) {
      if (standsFor !== who) whom.add(standsFor);
      continue;
    }
    // A state's act is the side's: its own people ("al-Sharaa's delegation") are who acts, not whom it concerns.
    if (stateAct && e.country && who === `side:${e.country}`) continue;
    if (e.type === 'event') {
      if (!inSince(m.start)) event ??= m.entityId;
    }
    // A country or capital named in passing is context, not what the act is done to.
    else if (e.type === 'place' && e.scope === 'broad') continue;
    else if ((e.type === 'installation' || (e.type === 'place' && e.scope === 'specific')) && !where) where = m.entityId;
    else whom.add(m.entityId);
  }

  for (const id of meeting?.whom ?? []) if (id !== who) whom.add(id);

  const certainty = certaintyOf(low, lang, main.at, !!denial || main.a.id === 'deny');
  if (main.a.topic) for (const m of mentions) if (entityOf(m.entityId)?.type === 'event' && !inSince(m.start)) event ??= m.entityId;
  const phase = phaseOf(low, lang, !!main.a.topic);
  const fact: Fact = {
    who,
    action: main.a.id === 'deny' && found.length > 1 ? (found.filter((f) => f.a.id !== 'deny' && f.a.id !== 'say').sort((x, y) => y.a.rank - x.a.rank)[0]?.a.id ?? 'deny') : main.a.id,
    whom: [...whom].sort(),
    when: whenOf(s, text, lang, event),
    certainty,
    numbers: readNumbers(text, lang),
    lang,
    ...base,
  };
  // Told of the meeting, with no date of its own: the meeting's time.
  if (meeting && fact.when.source !== 'text') fact.when = { ...meeting.when };
  if (requestVerb) fact.request = requestVerb.a.id as Fact['request'];
  if (phase) fact.phase = phase;
  if (where) fact.where = where;
  if (speaker) fact.speaker = speaker;
  if (credit) fact.credit = credit;
  return fact;
}

/** A state or a state's body: a country or capital, or an organisation (never a person). */
function isState(e: FactEntity | undefined): boolean {
  return !!e && (e.type === 'organisation' || (e.type === 'place' && e.scope === 'broad' && e.country !== undefined));
}

/**
 * The condition word governing an act, when the sentence opens with a condition ("If …, relations could …": the
 * consequence is hypothetical too) or the act stands in a condition's clause (after the word, before the next
 * comma); else undefined.
 */
function conditionOver(low: string, lang: Lang, at: number): string | undefined {
  for (const c of allMatches(lexicon().conditional[lang], low)) {
    if (c.index > at) break;
    const opens = low.slice(0, c.index).replace(/[\s"“«(—–-]+/g, '').length <= 1;
    const clauseEnd = low.slice(c.end).search(/[,;،:]/);
    const inClause = clauseEnd < 0 || at < c.end + clauseEnd;
    if (opens || inClause) return low.slice(c.index, c.end);
  }
  return undefined;
}

/**
 * Why a sentence asserts nothing because of a condition (the condition word), read before anything else: it opens
 * with one, or its first act of the lexicon stands in one ("One issue is whether Russia will hand over Assad").
 * The compiler's statement reading asks it too, so such a sentence is no claim even without a fact.
 */
export function conditionalStatement(text: string): string | undefined {
  const lang = languageOf(text);
  const low = text.toLowerCase();
  // Most sentences hold no condition word: one scan says so, before any act is looked for.
  if (!firstMatch(lexicon().conditional[lang], low)) return undefined;
  let at = low.length;
  for (const a of lexicon().actions) {
    const m = firstMatch(a.re[lang], low);
    if (m && m.index < at) at = m.index;
  }
  return conditionOver(low, lang, at);
}

/** The `with` words of an action in the sentence, within the action's reach of its own word when it has one. */
function withinReach(a: LexAction, lang: Lang, low: string, m: { index: number; end: number }): boolean {
  if (!a.with) return true;
  if (a.near === undefined) return !!firstMatch(a.with[lang], low);
  return allMatches(a.with[lang], low).some((w) => w.end >= m.index - a.near! && w.index <= m.end + a.near!);
}

/**
 * The clause an act is stated in: from the complementizer before it (or the start) to the one after it. A
 * negation elsewhere ("sought guarantees that Russia would not rearm …") negates what is asked, not the act.
 */
function clauseOf(low: string, lang: Lang, at: number): { from: number; to: number } {
  const comps = allMatches(lexicon().complementizer[lang], low);
  const from = comps.filter((c) => c.end <= at).pop()?.end ?? 0;
  const to = comps.find((c) => c.index > at)?.index ?? low.length;
  return { from, to };
}

/** A person a credit word points at ("according to Putin", "по словам Путина", "بحسب بوتين"): the one whose position it is. */
function personCredited(mentions: Mention[], credits: Array<{ index: number; end: number }>, entityOf: (id: string) => FactEntity | undefined): string | undefined {
  return mentions.find((m) => entityOf(m.entityId)?.type === 'person' && credits.some((c) => m.start >= c.end && m.start - c.end <= 3))?.entityId;
}

/** A side the sentence names without an entity ("The Syrian delegation asked …"), before the act (anywhere in Arabic). */
function sideNamed(low: string, lang: Lang, at: number, from: number): { side: string; at: number } | undefined {
  for (const { side, re } of lexicon().sides) {
    const m = firstMatch(re[lang], low, from);
    if (m && (lang === 'ar' || m.index < at)) return { side, at: m.index };
  }
  return undefined;
}

/** The side a state's act is read as: a person's or place's country (`side:sy`), or undefined when it has none. */
export function sideOf(who: string, entityOf: (id: string) => FactEntity | undefined): string | undefined {
  if (who.startsWith('side:')) return who;
  const e = entityOf(who);
  if (!e?.country || (e.type !== 'person' && e.type !== 'place' && e.type !== 'organisation')) return undefined;
  return `side:${e.country}`;
}

/**
 * What a topical act is about. `set`: the installations and topics it names (a place only when it names none:
 * "the Hmeimim base in Latakia" is about the base); never the actors, the speaker, the credited origin or an
 * event. `partner`: the country on the other side of a relation — the country of each name that is not the actor's.
 */
function topicOf(
  kind: 'set' | 'partner',
  mentions: Mention[],
  entityOf: (id: string) => FactEntity | undefined,
  not: { who: string; speaker: string | undefined; credits: Set<string> },
  sentence: { low: string; lang: Lang },
): string[] {
  const others = mentions.filter((m) => m.entityId !== not.who && m.entityId !== not.speaker && !not.credits.has(m.entityId));
  const out = new Set<string>();
  if (kind === 'partner') {
    const countries = lexicon().countries;
    const own = not.who.startsWith('side:') ? not.who.slice(5) : entityOf(not.who)?.country;
    for (const m of others) {
      const e = entityOf(m.entityId);
      const id = e?.country ? countries[e.country] : undefined;
      if (id && e!.country !== own && id !== not.who) out.add(id);
    }
    // No other country named: one named by its people ("praised the ties …, serving the Syrian people").
    if (out.size === 0) for (const [code, words] of Object.entries(lexicon().nationalities)) if (code !== own && countries[code] && firstMatch(words[sentence.lang], sentence.low)) out.add(countries[code]);
    return [...out].sort();
  }
  for (const m of others) {
    const type = entityOf(m.entityId)?.type;
    if (type === 'installation' || type === 'topic') for (const id of [m.entityId, ...(entityOf(m.entityId)?.partOf ?? [])]) out.add(id);
  }
  if (out.size === 0) for (const m of others) if (entityOf(m.entityId)?.type === 'place' && entityOf(m.entityId)?.scope === 'specific') out.add(m.entityId);
  return [...out].sort();
}

/** Why a text is never a statement (a caption, a photo credit, a teaser, a byline), or undefined. */
export function notAStatement(text: string, lang: Lang = languageOf(text)): string | undefined {
  const body = text.slice(agencyDatelineEnd(text));
  for (const re of lexicon().notStatements[lang]) if (re.test(body)) return re.source;
  return undefined;
}

/**
 * The entity a sentence's opening description stands for ("The Kremlin leader emphasized …" is Putin), when
 * the sentence starts with one of the lexicon's described actors valid on `date` and no name follows it.
 */
export function describedActorAt(text: string, date: string): string | undefined {
  const lang = languageOf(text);
  const low = text.toLowerCase();
  for (const d of lexicon().describedActors) {
    if ((d.from && date && date < d.from) || (d.until && date && date >= d.until)) continue;
    const m = firstMatch(d.re[lang], low);
    if (m && m.index === 0 && !/^\s*(?:[\p{Lu}]|[\u0600-\u06ff]{2,}\s)/u.test(text.slice(m.end, m.end + 3)) ) return d.entity;
  }
  return undefined;
}

export function isFact(x: Fact | NoFact): x is Fact {
  return (x as Fact).action !== undefined;
}

function withDescribedActors(s: FactSentence, lang: Lang, low: string): Mention[] {
  const lex = lexicon();
  const date = s.articleDate ?? '';
  const found: Array<{ entity: string; index: number; end: number }> = [];
  for (const d of lex.describedActors) {
    if ((d.from && date && date < d.from) || (d.until && date && date >= d.until)) continue;
    for (const m of allMatches(d.re[lang], low)) found.push({ entity: d.entity, index: m.index, end: m.end });
  }
  // The longest description first: "الرئيس السوري السابق" (the former president) is not "الرئيس السوري" (the president).
  found.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const taken: Array<{ index: number; end: number }> = [];
  const added: Mention[] = [];
  for (const m of found) {
    if (taken.some((a) => a.index < m.end && m.index < a.end)) continue;
    taken.push(m);
    // "the Syrian president Ahmad al-Sharaa": the name itself follows, and says more than the description.
    if (s.mentions.some((x) => x.start >= m.end && x.start - m.end <= 3)) continue;
    added.push({ entityId: m.entity, start: m.index, end: m.end, alias: s.text.slice(m.index, m.end) });
  }
  if (added.length === 0) return s.mentions;
  const kept = s.mentions.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * How sure the sentence is of its act. A negation counts in the act's own clause only; a hedge also before it
 * ("من المتوقع أن يبحث", "it is expected that"), never in a clause after it (what is asked or said).
 */
function certaintyOf(low: string, lang: Lang, at: number, denied: boolean): FactCertainty {
  const lex = lexicon();
  const clause = clauseOf(low, lang, at);
  const neg = lex.negation[lang];
  neg.lastIndex = 0;
  // "ولا يزال مستقبل القاعدة غامضا" (still unclear): an idiom with a negation word negates nothing.
  const own = low.slice(clause.from, clause.to).replace(lex.notNegation[lang], ' ');
  if (denied || neg.test(own)) return 'denied';
  const upTo = low.slice(0, clause.to);
  // A hedge dominates: "perhaps Russia will …" is likely, not planned.
  for (const c of ['likely', 'expected', 'planned'] as const) {
    const re = lex.certainty[c][lang];
    re.lastIndex = 0;
    if (re.test(upTo)) return c;
  }
  return 'reported';
}

function phaseOf(low: string, lang: Lang, topical: boolean): FactPhase | undefined {
  const lex = lexicon();
  // A topical act (talks about the bases) is a process: "ongoing" says it was still going on when told.
  for (const p of topical ? (['completed', 'begun', 'ongoing'] as const) : (['completed', 'begun'] as const)) {
    const re = lex.phases[p][lang];
    re.lastIndex = 0;
    if (re.test(low)) return p;
  }
  return undefined;
}

function whenOf(s: FactSentence, text: string, lang: Lang, event: string | undefined): FactWhen {
  const articleDate = s.articleDate ?? '';
  const dateInText = articleDate ? datesIn(text, lang, articleDate)[0] : undefined;
  if (dateInText) return event ? { event, date: dateInText, source: 'text' } : { date: dateInText, source: 'text' };
  const ev = event ?? s.hint?.event ?? s.articleEvent;
  if (ev) {
    const out: FactWhen = { event: ev, source: 'event' };
    const date = s.hint?.date;
    if (date) out.date = date;
    return out;
  }
  if (!articleDate) return { source: 'assumed' };
  return { date: articleDate, source: s.dateAssumed ? 'assumed' : 'article' };
}

/** Dates a sentence gives, in its language: English through the compiler's time expressions, Arabic and Russian day–month–year. */
export function datesIn(text: string, lang: Lang, articleDate: string): string[] {
  if (lang !== 'ar' && lang !== 'ru') return findTimes(text, articleDate).map((t) => t.date);
  // A year the text gives ("в 2017 году", "عام 2017"), after any day it gives.
  const years = findTimes(text, articleDate).map((t) => t.date).filter((d) => /^\d{4}$/.test(d));
  const months = lexicon().months[lang];
  const out: string[] = [];
  const re = /(\d{1,2})\s+([\p{L}]+(?:\s[\p{L}]+)?)(?:\s*[/\-–]\s*[\p{L}]+(?:\s[\p{L}]+)?)?(?:\s+(\d{4}))?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mi = months.findIndex((r) => r.test(m![2]!.split(/\s/)[0]!) || r.test(m![2]!));
    const d = Number(m[1]);
    if (mi < 0 || d < 1 || d > 31) continue;
    let year = m[3] ? Number(m[3]) : Number(articleDate.slice(0, 4));
    const iso = (y: number): string => `${y}-${String(mi + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!m[3] && iso(year) > articleDate) year--;
    out.push(iso(year));
  }
  return [...out, ...years];
}

export type { FactNumber };

/**
 * Whether the organisation at `at` is the one a statement was told to, after a cue (a speech verb, an unnamed
 * source, a word of telling): in Arabic it carries the clitic "ل" within `window` of the cue ("قالت مصادر
 * لرويترز"); in Russian it follows the cue's word at once ("сообщили Reuters", "сообщил ТАСС": told to, or
 * the inverted subject: the credited outlet either way). English "told" is a credit word of its own.
 */
function toldTo(text: string, lang: Lang, at: number, cues: ReadonlyArray<{ index: number; end: number }>, window: number): boolean {
  if (lang === 'ar') return /(?:^|[^\p{L}])[وف]?ل$/u.test(text.slice(Math.max(0, at - 3), at)) && cues.some((c) => c.end < at && at - c.end <= window);
  if (lang === 'ru') return cues.some((c) => c.end <= at && /^\p{L}*\s+$/u.test(text.slice(c.end, at)));
  return false;
}

/**
 * Where a meeting is first named as the act, not as a time: "during the talks, Putin reaffirmed …", "خلال
 * اللقاء", "в ходе переговоров" tell when the sentence's act happened (a possessive or the article between).
 */
function firstAct(re: RegExp, low: string, lang: Lang): { index: number; end: number; text: string } | undefined {
  const during = lexicon().during[lang];
  return allMatches(re, low).find((m) => {
    const before = low.slice(Math.max(0, m.index - 30), m.index);
    return !allMatches(during, before).some((d) => /^\s*(?:(?:the|his|her|their|its|this|these)\s+)?$/u.test(before.slice(d.end)));
  });
}
