import type { Mention } from '../detect/types';
import type { Article, ClaimWhen, Entity } from '../model/corpus-types';
import { contentTerms, wordCount } from './claim-terms';
import type { SentenceRef } from './link-entities';
import { findTimes, sameTime, timeLabel } from './time-expressions';
import { datelineEnd } from './facts/dateline';
import { opinionIn } from './facts/not-a-claim';
import { sinceSpans } from './facts/since';
import { conditionalStatement, describedActorAt, notAStatement } from './facts/read-fact';

/**
 * Statements: what one sentence says, read the way a fact-checker reads it before comparing it with another
 * outlet's sentence. Who says or does it (the agent; "He", "the Syrian president" resolved to the entity last
 * in that role), whom the outlet credits ("according to Reuters", "Sources told Reuters"), how sure it is
 * ("likely", "expected to"), whether it is negated, its numbers, and when it happened (the article's event,
 * an event the sentence names or describes, or a date resolved against the article's date). A sentence that
 * cannot stand on its own (a dateline, a repeated headline, "This included …", a quotation cut in half, a
 * lead-in ending in a colon) is kept with the reason it is not a claim.
 */
export interface Statement {
  /** Index into the compile's sentence list. */
  sentence: number;
  article: number;
  /** Why the sentence is not a claim; undefined when it is one. */
  notAClaim?: string;
  /** The sentence as the card shows it: a resolved lead-in pronoun becomes "[Name]". */
  display: string;
  /** Entity id of who says or does what the sentence states. */
  agent?: string;
  /** Grouping key of the agent: the entity for people, the side ("side:sy") for governments and delegations. */
  agentKey: string;
  /** True when the agent speaks (said, told, stressed, confirmed, according to X). */
  speech: boolean;
  /** Whom the outlet credits: an agency ("Reuters"), or "anonymous sources" when it names none. */
  via?: string;
  /** The agency named as the origin, when the sentence names one. */
  agency?: string;
  hedge?: string;
  negated: boolean;
  /** Number phrases ("more than two and a half"), folded. */
  numbers: string[];
  when: ClaimWhen;
  /** The date the sentence gives for what it states, when it gives one. */
  date?: string;
  /** Entities the statement is about: agent and mentions outside attribution, "since …" clauses and possessives of others. */
  about: string[];
  terms: Set<string>;
  /** Entities named only as the source of the statement (Reuters in "according to Reuters"). */
  attributionEntities: string[];
}

export interface StatementContext {
  articles: Article[];
  sentences: SentenceRef[];
  entities: Map<string, Entity>;
  /** Event entities and the regexes that recognise reports of them (gazetteer `cues`). */
  cues: Map<string, RegExp[]>;
  /** Lower-cased names of agencies: "according to X" with X among them credits an origin. */
  agencyNames: Set<string>;
}

const NUMBER_WORDS_EARLY = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?';
const REPORT_VERB = /\b(?:said|says|say|stated|states|noted|notes|added|adds|told|tells|reported|reports|wrote|writes|confirmed|confirms|announced|announces|stressed|emphasi[sz]ed|underlined|reiterated|reaffirmed|indicated|characteri[sz]ed|claimed|insisted|believe[sd]?|expressed|praised|welcomed|called|urged|warned)\b/;
const LEAD_PHRASE = /^(?:(?:According to [^,]{1,60}|During [^,]{1,80}|On [^,]{1,80}|In (?!addition)[^,]{1,80}|At [^,]{1,60}|Following [^,]{1,80}|After [^,]{1,80}|Before [^,]{1,80}|Just before [^,]{1,60}|Against [^,]{1,80}|Despite [^,]{1,100}|As [^,]{1,80}|Throughout [^,]{1,80}|Meanwhile|Additionally|In addition|However|Also|Earlier|Later|Moreover|Furthermore|Separately|Instead),\s+)+/i;
/** Cheap test before LEAD_PHRASE, which backtracks: most sentences start with none of these words. */
const LEAD_WORD = /^(?:According|During|On|In|At|Following|After|Before|Just|Against|Despite|As|Throughout|Meanwhile|Additionally|However|Also|Earlier|Later|Moreover|Furthermore|Separately|Instead)\b/i;
const MAYBE_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS_EARLY})\\b`, 'i');
/** Plans and expectations: what someone intends, never grouped with reports that it happened. */
export const PLAN = /^(?:expected to|plans? to|planned to|intends? to|would like)$/;
const HEDGE = /\b(likely|probably|expected to|plans? to|planned to|intends? to|reportedly|may|might|possibl[ey]|apparently|hopes?|hoping|would like)\b/i;
const NEGATION = /\b(?:not|never|no longer|n[’']t|ruled out|denied|refused)\b/i;
const BACKGROUND = /\b(?:for (?:many |several )?(?:years|decades)|ha(?:s|ve|d) long|It should be recalled|Throughout the)\b/i;
const ANONYMOUS = /\b((?:an? |the )?(?:informed |anonymous |senior |diplomatic |Syrian |Russian |security )*(?:sources?|officials?|diplomats?))\b/i;
const NUMBER_WORDS = NUMBER_WORDS_EARLY;
const NUMBER = new RegExp(
  `\\b(?:(?:more than|over|at least|less than|nearly|about|almost|up to|some)\\s+)?(?:\\d[\\d,.]*|(?:${NUMBER_WORDS})(?:(?:\\s+and\\s+a\\s+half)|(?:[\\s-]+(?:${NUMBER_WORDS})))*)(?:\\s+(?:percent|per cent|hours?|days?|years?|people|troops|tonnes|tons|dollars))?\\b`,
  'gi',
);
const ORDINAL = /\b(first|second|third|last|only|final)\b/gi;
const AGENT_TYPES = new Set(['person', 'organisation']);
const ROLE_NOUN = /^(?:the|The) ((?:[\p{L}-]+ ){0,3})(president|leader|counterpart|head of state|prime minister|minister|spokes(?:wo)?man)\b/u;
const GROUP_NOUN = /^(?:the |The )?((?:current |interim |new )?[\p{L}-]+ )?(delegation|government|authorities|administration|side|officials)\b/u;
const SY_WORDS = /\b(?:Syrian|Syria’s|Syria's|Turkish-backed|Damascus)\b/;
const RU_WORDS = /\b(?:Russian|Russia’s|Russia's|Kremlin|Moscow)\b/;
/** A pronoun or demonstrative the reader must resolve: a claim cannot start with one it cannot resolve. */
const OPEN_REFERENCE = /^(?:This|That|These|Those|It|Such|They|Them|Their|Its)\b/i;
const PERFECT = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|been|taken|given|made|sent|told|said|kept|held|shown|grown)\b/;
const PERSONAL = /^(?:He|She|His|Her)\b/i;
/** "This included talks on …": the talks are both sides', so the open "This" leaves nothing unresolved in the fact. */
const OPEN_TALKS = /^(?:This|That|It|These)\s+(?:also\s+)?(?:included|covered|involved)\s+(?:talks|discussions?|negotiations)\b/i;

/** Per-article state for resolving references: the last agent in each role. */
interface Salience {
  person?: string;
  /** The last government side that acted ("the Syrian delegation"): "the delegation" after it is the same. */
  side?: string;
  byCountry: Map<string, string>;
  previous?: Statement;
  seen: Set<string>;
}

export function extractStatements(ctx: StatementContext, sentenceIndices: number[]): Statement[] {
  const out: Statement[] = [];
  let articleIndex = -1;
  let lastSentence = -1;
  let salience: Salience = { byCountry: new Map(), seen: new Set() };
  for (const si of sentenceIndices) {
    const s = ctx.sentences[si]!;
    if (s.article !== articleIndex) {
      articleIndex = s.article;
      salience = { byCountry: new Map(), seen: new Set() };
    } else if (si !== lastSentence + 1) salience.previous = undefined;
    lastSentence = si;
    const statement = readStatement(ctx, si, salience);
    out.push(statement);
    if (statement.agentKey.startsWith('side:')) salience.side = statement.agentKey;
    if (statement.agent && ctx.entities.get(statement.agent)?.type === 'person') {
      salience.person = statement.agent;
      const country = ctx.entities.get(statement.agent)?.country;
      if (country) salience.byCountry.set(country, statement.agent);
    }
    salience.previous = statement;
  }
  return out;
}

function readStatement(ctx: StatementContext, si: number, salience: Salience): Statement {
  const ref = ctx.sentences[si]!;
  const article = ctx.articles[ref.article]!;
  const raw = article.text.slice(ref.start, ref.end);
  const rel = (m: Mention): { id: string; start: number; end: number } => ({ id: m.entityId, start: m.start - ref.start, end: m.end - ref.start });
  const mentions = ref.mentions.map(rel);

  // Lead-ins: a dateline ("Moscow – "), a dash before a quotation, connectives and adverbial phrases.
  let body = raw;
  let offset = 0;
  const strip = (re: RegExp): void => {
    const m = re.exec(body);
    if (m && m.index === 0) {
      body = body.slice(m[0].length);
      offset += m[0].length;
    }
  };
  const dateline = datelineEnd(body, (a, b) => mentions.some((m) => m.start >= a && m.end <= b && ctx.entities.get(m.id)?.type === 'place'));
  body = body.slice(dateline);
  offset += dateline;
  // The card shows the statement without its dateline; the source's quote stays verbatim.
  const afterDateline = offset;
  strip(/^[—–-]\s*/);
  strip(/^It should be recalled that\s+/i);
  const beforeLead = offset;
  if (LEAD_WORD.test(body)) strip(LEAD_PHRASE);
  const leadText = raw.slice(beforeLead, offset);

  const notAClaim = fragmentReason(raw, article, salience);
  // "since the talks", "three weeks after the talks": what follows dates the statement, it is not its event.
  const since = sinceSpans(raw);
  const inSince = (pos: number): boolean => since.some(([a, b]) => pos >= a && pos < b);

  // Attribution: "according to X", "X reported", "Sources told X"; agencies are origins, not agents.
  const attributionEntities = new Set<string>();
  let agency: string | undefined;
  for (const m of mentions) {
    const name = raw.slice(m.start, m.end).toLowerCase();
    const entity = ctx.entities.get(m.id);
    if (!ctx.agencyNames.has(name) && !(entity && ctx.agencyNames.has(entity.name.toLowerCase()))) continue;
    const around = raw.slice(Math.max(0, m.start - 40), Math.min(raw.length, m.end + 40));
    if (/according to|reported|wrote|told|citing|cited|said|agency/i.test(around)) {
      attributionEntities.add(m.id);
      agency ??= entity?.name ?? raw.slice(m.start, m.end);
    }
  }
  const anon = ANONYMOUS.exec(raw);
  const anonymous = anon && /(?:according to|told|reported|said|citing)/i.test(raw.slice(Math.max(0, anon.index - 20), anon.index + anon[0].length + 20)) ? anon[1]! : undefined;
  const via = agency ?? (anonymous ? `anonymous ${/syrian/i.test(anonymous) ? 'Syrian ' : /russian/i.test(anonymous) ? 'Russian ' : ''}sources` : undefined);

  // Who says or does it.
  let agent: string | undefined;
  let speech = false;
  let agentFromPronoun: string | undefined;
  let sideKey: string | undefined;
  const agentMention = (from: number, to: number, words = 9): { id: string; possessive: boolean; at: number } | undefined => {
    for (const m of mentions) {
      if (m.start < from || m.start >= to || attributionEntities.has(m.id)) continue;
      if (wordCount(raw, from, m.start) > words) break;
      // The object of a preposition ("links with Moscow") is not who acts.
      if (/\b(?:with|to|from|in|at|of|on|for|by|about|against|into|toward|towards)\s+(?:the\s+)?$/i.test(raw.slice(Math.max(from, m.start - 16), m.start))) continue;
      const e = ctx.entities.get(m.id);
      if (!e || !(AGENT_TYPES.has(e.type) || (e.type === 'place' && e.scope === 'broad'))) continue;
      // "Russian Foreign Ministry spokeswoman Maria Zakharova": the person the title belongs to is the agent.
      const next = mentions.find((x) => x.start > m.end && x.start - m.end < 40);
      if (e.type !== 'person' && next && ctx.entities.get(next.id)?.type === 'person' && !/[,;.]|\b(?:and|said|told)\b/.test(raw.slice(m.end, next.start))) {
        return { id: next.id, possessive: /^[’']s\b/.test(raw.slice(next.end, next.end + 3)), at: next.start };
      }
      return { id: m.id, possessive: /^[’']s\b/.test(raw.slice(m.end, m.end + 3)), at: m.start };
    }
    return undefined;
  };
  // "Both the Kremlin and the Syrian administration …", "Moscow and Damascus discussed …": two named together.
  const jointAt = (at: number): boolean => {
    if (/^Both\b/.test(raw.slice(offset))) return true;
    const m = mentions.find((x) => x.start === at);
    const next = m && mentions.find((x) => x.start > m.end && x.start - m.end < 40);
    return !!m && !!next && /^\s*(?:,\s*)?and\s+(?:the\s+)?[\p{L} -]*$/u.test(raw.slice(m.end, next.start));
  };
  const resolveAt = (at: number): string | undefined => {
    const rest = raw.slice(at);
    if (PERSONAL.test(rest)) return salience.person;
    const role = ROLE_NOUN.exec(rest);
    if (role && !/\b(?:former|late|ex-)\b/i.test(role[1] ?? '')) {
      const adj = role[1] ?? '';
      if (SY_WORDS.test(adj)) return salience.byCountry.get('sy');
      if (RU_WORDS.test(adj)) return salience.byCountry.get('ru');
      return salience.person;
    }
    return undefined;
  };
  // "X said/told/confirmed that …": the speaker is X unless X is an agency or anonymous sources.
  const that = /\bthat\b/.exec(raw.slice(offset));
  const pre = that ? raw.slice(offset, offset + that.index) : '';
  if (that && REPORT_VERB.test(pre) && wordCount(pre, 0, pre.length) <= 14) {
    // "The Kremlin leader emphasized that …": the description names the speaker (Putin), not the Kremlin in it.
    const described = describedActorAt(body, article.date);
    const sp = described ? undefined : agentMention(offset, offset + that.index, 6);
    const pron = described ?? resolveAt(offset);
    // "Both the Kremlin and the Syrian administration have indicated": two speakers, neither alone.
    if (sp && !sp.possessive && jointAt(sp.at)) {
      sideKey = 'joint';
    } else if (sp && !sp.possessive) agent = sp.id;
    else if (pron) agent = agentFromPronoun = pron;
    if (agent || sideKey) speech = true;
    else {
      const cStart = offset + that.index + 5;
      const m = agentMention(cStart, raw.length, 6);
      agent = m && !m.possessive ? m.id : (agentFromPronoun = resolveAt(cStart));
    }
  }
  // "According to Putin, …", "According to him, …"
  if (!agent) {
    const acc = /^According to ([^,]+),/i.exec(raw.slice(beforeLead));
    if (acc) {
      const who = acc[1]!;
      const m = mentions.find((x) => x.start >= beforeLead && x.start < beforeLead + acc[0].length && !attributionEntities.has(x.id));
      if (m && AGENT_TYPES.has(ctx.entities.get(m.id)?.type ?? '')) {
        agent = m.id;
        speech = true;
      } else if (/^(?:him|her)$/i.test(who)) {
        agent = agentFromPronoun = salience.person;
        speech = !!agent;
      }
    }
  }
  // A quotation: “…,” Putin said / said the Russian leader / he noted.
  if (!agent && /^[“"]/.test(body)) {
    const close = Math.max(raw.lastIndexOf('”'), raw.lastIndexOf('"'));
    if (close > offset) {
      const tail = raw.slice(close + 1);
      const m = agentMention(close + 1, raw.length, 5);
      if (m) agent = m.id;
      else if (/^\W*(?:he|she)\b/i.test(tail) || /\bsaid (?:the )/i.test(tail)) {
        const said = /\bsaid (the [^.]+)/i.exec(tail);
        agent = agentFromPronoun = said ? resolveAt(close + 1 + said.index + 5) : salience.person;
      }
      speech = !!agent;
    }
  }
  // A description that stands for someone ("The Kremlin leader emphasized …" is Putin, not the Kremlin).
  if (!agent && sideKey === undefined) {
    const described = describedActorAt(body, article.date);
    if (described) {
      agent = described;
      if (REPORT_VERB.test(raw.slice(offset, offset + 80))) speech = true;
    }
  }
  // Otherwise the subject: the first agent-like name near the start, a pronoun, a role noun or a group noun.
  if (!agent && sideKey === undefined) {
    const m = agentMention(offset, raw.length);
    const pron = resolveAt(offset);
    const group = GROUP_NOUN.exec(body);
    if (pron) agent = agentFromPronoun = pron;
    else if (group && group.index === 0 && !(m && m.at < offset + group[0].length)) {
      sideKey = SY_WORDS.test(group[1] ?? '') ? 'side:sy' : RU_WORDS.test(group[1] ?? '') ? 'side:ru' : group[1] ? undefined : salience.side;
    }
    else if (m && m.possessive && GROUP_NOUN.test(raw.slice(m.at).replace(/^[^’']+[’']s\s+/, ''))) {
      // "President al-Sharaa's delegation": the government side of the person or country that owns it.
      const owner = ctx.entities.get(m.id);
      sideKey = owner?.type === 'person' ? (owner.country ? `side:${owner.country}` : undefined) : sideOf(owner);
    } else if (m && !m.possessive && !jointAt(m.at)) agent = m.id;
    else if (m && !m.possessive) sideKey = 'joint';
    if (agent && REPORT_VERB.test(raw.slice(offset, offset + 80))) speech = true;
  }
  const agentEntity = agent ? ctx.entities.get(agent) : undefined;
  const agentKey = agentEntity?.type === 'person' ? agentEntity.id : agentEntity ? (sideOf(agentEntity) ?? agentEntity.id) : (sideKey ?? 'none');

  // Content part: without the attribution clause, so "Sources told Reuters that" does not count as content.
  const contentFrom = that && REPORT_VERB.test(pre) && !speech ? offset + that.index + 5 : offset;
  const content = raw.slice(contentFrom);
  const mainClause = that ? raw.slice(offset, offset + that.index) : body;
  const hedgeMatch = HEDGE.exec(content);
  const negated = NEGATION.test(mainClause) || (!that && NEGATION.test(content.split(/,| to /)[0] ?? ''));
  const numbers: string[] = [];
  const times = findTimes(raw, article.date).filter((t) => !inSince(t.index));
  const timeSpans = times.map((t) => [t.index, t.index + t.text.length] as const);
  NUMBER.lastIndex = 0;
  for (let m = MAYBE_NUMBER.test(content) ? NUMBER.exec(content) : null; m; m = NUMBER.exec(content)) {
    const at = contentFrom + m.index;
    if (timeSpans.some(([a, b]) => at >= a && at < b) || /^\d{4}$/.test(m[0])) continue;
    numbers.push(m[0].toLowerCase().replace(/\s+/g, ' '));
  }

  const inLead = (pos: number): boolean => pos >= beforeLead && pos < offset && /^(?:In response to|After|Following|Since|Before)\b/i.test(leadText);
  let when = resolveWhen(ctx, article, raw, times, mentions, (pos) => inSince(pos) || inLead(pos), salience.previous, ref, agent);
  // What someone says is set when they say it: Putin praising the elections at the talks is part of the talks,
  // and about the elections.
  let topicEvent: string | undefined;
  const own = article.event === undefined ? undefined : ctx.entities.get(article.event);
  if (speech && times.length === 0 && own && when.id !== own.id && ctx.entities.get(when.id)?.type === 'event') {
    topicEvent = when.id;
    when = { id: own.id, label: own.name, date: own.date ?? article.date };
  }

  // Terms: content words and entities of the content part, plus numbers, ordinals and a negation marker.
  const contentMentions = ref.mentions
    .filter((m) => m.start - ref.start >= contentFrom && !attributionEntities.has(m.entityId))
    .map((m) => (ctx.entities.get(m.entityId)?.type === 'person' ? { ...m, start: withTitle(article.text, Math.max(ref.start + contentFrom, m.start)) } : m));
  const termsOf = (): Set<string> => {
    const terms = contentTerms(article.text, ref.start + contentFrom, ref.end, contentMentions);
    for (const n of numbers) terms.add(`#${n}`);
    ORDINAL.lastIndex = 0;
    for (let m = ORDINAL.exec(content); m; m = ORDINAL.exec(content)) terms.add(`~${m[1]!.toLowerCase()}`);
    if (NEGATION.test(content)) terms.add('~not');
    if (agent) terms.delete(`@${agent}`);
    return terms;
  };

  const about = new Set<string>();
  if (agent) about.add(agent);
  for (const m of mentions) {
    if (attributionEntities.has(m.id) || inSince(m.start)) continue;
    if (/^[’']s\b/.test(raw.slice(m.end, m.end + 3)) && m.id !== agent && ctx.entities.get(m.id)?.type !== 'installation') continue;
    about.add(m.id);
  }
  if (ctx.entities.get(when.id)?.type === 'event') about.add(when.id);
  if (topicEvent) about.add(topicEvent);

  // A lead-in pronoun the card cannot show bare: "In addition, he is negotiating" → "[Ahmad al-Sharaa] is negotiating".
  let display = raw.slice(afterDateline);
  let reason = notAClaim;
  const startsOpen = OPEN_REFERENCE.test(body) && !/^(?:It|They) (?:is|are|was|were) (?:expected|likely|reported|said)\b/.test(body) && !OPEN_TALKS.test(body);
  if (!reason && startsOpen) reason = `starts with an unresolved reference (“${body.split(/\s+/).slice(0, 2).join(' ')} …”)`;
  if (!reason && PERSONAL.test(body)) {
    if (!agentFromPronoun) reason = `“${body.split(/\s+/)[0]}” refers to no one named before it`;
    else {
      const name = ctx.entities.get(agentFromPronoun)?.name ?? agentFromPronoun;
      const word = /^(?:His|Her)\b/.test(body) ? `[${name}’s]` : `[${name}]`;
      const rest = body.replace(/^\S+/, word);
      display = /^(?:In addition|Additionally|Also|Moreover|Furthermore),?\s*$/i.test(leadText.trim()) || leadText === '' ? rest : `${raw.slice(afterDateline, offset)}${rest}`;
    }
  }
  if (!reason && opinionIn(raw)) reason = 'analysts’ opinion, not a report';
  if (!reason && hedgeMatch && !via && !speech && /^(?:likely|probably|expected to|may|might)$/i.test(hedgeMatch[1]!)) reason = 'the outlet’s own forecast, not a report';
  return {
    sentence: si,
    article: ref.article,
    notAClaim: reason,
    display,
    agent,
    agentKey,
    speech,
    via,
    agency,
    hedge: hedgeMatch ? hedgeMatch[1]!.toLowerCase() : undefined,
    negated,
    numbers,
    when,
    date: times[0]?.date,
    about: [...about].sort(),
    // Only a statement that can be a claim is compared with others; the rest need no terms.
    terms: reason || about.size === 0 ? new Set() : termsOf(),
    attributionEntities: [...attributionEntities],
  };
}

/** Start of the title words before a name ("Russian Deputy Prime Minister Alexander Novak"): they name, not state. */
function withTitle(text: string, start: number): number {
  let at = start;
  for (let i = 0; i < 5; i++) {
    const m = /(?:^|\s)((?:[A-Z][\p{L}-]*|of|the)\s+)$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!m || /^(?:The|A|An|In|On|At|As|By|For|And|But|Sources|According)\s+$/.test(m[1]!)) break;
    at -= m[1]!.length;
  }
  return at;
}

function sideOf(e: Entity | undefined): string | undefined {
  if (!e || e.type === 'person' || !e.country) return undefined;
  return `side:${e.country}`;
}

/** Why a sentence cannot be a claim by itself, or undefined. */
function fragmentReason(raw: string, article: Article, salience: Salience): string | undefined {
  const key = raw.toLowerCase().replace(/[\s.,:;!?“”"'’‘—–()-]+/g, ' ').trim();
  const title = article.title.toLowerCase().replace(/[\s.,:;!?“”"'’‘—–()-]+/g, ' ').trim();
  if (salience.seen.has(key)) return 'repeats an earlier sentence of the article';
  salience.seen.add(key);
  if (title && key.includes(title)) return 'the headline';
  const never = notAStatement(raw);
  if (never) return `not a statement (a caption, photo credit or teaser: /${never}/)`;
  const condition = conditionalStatement(raw);
  if (condition) return `a condition or an open question (“${condition}”): nothing is asserted`;
  if (/\s\/\s/.test(raw)) return 'a caption';
  if (/:\s*$/.test(raw)) return 'a lead-in ending in a colon';
  if (wordCount(raw, 0, raw.length) < 6) return 'too short to state anything';
  const open = (raw.match(/“/g) ?? []).length;
  const close = (raw.match(/”/g) ?? []).length;
  const straight = (raw.match(/"/g) ?? []).length;
  if (open !== close || straight % 2 === 1) return 'a quotation cut in half';
  if (/^[\p{Ll}]/u.test(raw)) return 'starts mid-sentence';
  return undefined;
}

/**
 * The event and time a sentence is about: an event it names or describes (outside "since …"), else an event
 * on the date it gives, else that date on its own, else background ("for years"), else — for a sentence with
 * no time of its own that continues the previous one ("The order …", "He …", the same subject) — the previous
 * sentence's, else the article's event.
 */
function resolveWhen(
  ctx: StatementContext,
  article: Article,
  raw: string,
  times: Array<{ index: number; date: string }>,
  mentions: Array<{ id: string; start: number }>,
  inSince: (pos: number) => boolean,
  previous: Statement | undefined,
  ref: SentenceRef,
  agent: string | undefined,
): ClaimWhen {
  const eventWhen = (id: string): ClaimWhen => {
    const e = ctx.entities.get(id)!;
    return { id, label: e.name, date: e.date ?? '' };
  };
  for (const m of mentions) {
    if (inSince(m.start)) continue;
    if (ctx.entities.get(m.id)?.type === 'event') return eventWhen(m.id);
  }
  // "The order maintains …" right after a sentence about the order: the same event, whatever else it names.
  const head = /^(?:The|This|These|Its|His|Her|He|She|It|They)\s+([\p{L}-]+)/u.exec(raw);
  const prevRef = previous && previous.article === ref.article ? ctx.sentences[previous.sentence] : undefined;
  const prevText = prevRef ? article.text.slice(prevRef.start, prevRef.end).toLowerCase() : '';
  const anaphoric = !!head && !!prevRef && (/^(?:He|She|It|They)$/.test(head[0].split(/\s/)[0]!) || prevText.includes(head[1]!.toLowerCase()));
  if (anaphoric && previous && previous.when.id !== article.event && times.length === 0) return previous.when;
  for (const [id, regexes] of ctx.cues) {
    for (const re of regexes) {
      re.lastIndex = 0;
      const m = re.exec(raw);
      if (m && !inSince(m.index)) return eventWhen(id);
    }
  }
  const date = times[0]?.date;
  const own = article.event === undefined ? undefined : ctx.entities.get(article.event);
  if (date && !(own?.date && sameTime(date, own.date)) && !sameTime(date, article.date)) {
    for (const e of ctx.entities.values()) if (e.type === 'event' && e.date === date) return eventWhen(e.id);
    return { id: `time:${date}`, label: timeLabel(date), date };
  }
  if (!date && BACKGROUND.test(raw)) return { id: 'background', label: 'Background', date: '' };
  if (!date && previous && prevRef && previous.when.id !== article.event) {
    const samePassage = prevRef.passage === ref.passage;
    const continues =
      (samePassage && agent !== undefined && (previous.about.includes(agent) || previous.agent === agent)) ||
      (samePassage && mentions[0] !== undefined && previous.about.includes(mentions[0].id));
    if (continues) return previous.when;
  }
  // "Russia has repositioned its forces": a state of affairs as of the article, not a part of its event.
  const main = /\bthat\b/.exec(raw);
  if (PERFECT.test(main ? raw.slice(0, main.index) : raw)) return { id: `time:${article.date}`, label: `As of ${timeLabel(article.date)}`, date: article.date, asOf: true };
  if (own) return { id: own.id, label: own.name, date: own.date ?? article.date };
  return { id: `time:${article.date}`, label: timeLabel(article.date), date: article.date };
}
