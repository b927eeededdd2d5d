import type { Article, Claim, ClaimFact, ClaimWhen, Entity, Lang, Origin, PartialReason, Passage, SourceRef, Support } from '../model/corpus-types';
import type { Fact } from '../model/fact';
import { actionById, lexicon, mergesOnFact } from './facts/lexicon';
import { relateFacts } from './facts/relate-facts';
import { contentHash } from '../model/hash';
import type { SentenceRef } from './link-entities';
import { articleRecency } from './select-sentences';
import { PLAN, type Statement } from './statements';

/**
 * Claims: one statement reported by several outlets, grouped once for the whole corpus so that it reads the
 * same (text, sources, counts) on every card that shows it. Grouping is conservative:
 * - only statements about the same event or time, with the same agent (speaker or doer) and polarity, are
 *   compared at all (a "block");
 * - within a block, complete-link: a statement joins a group only if its content matches every member's
 *   (IDF-weighted overlap of content words, entities, numbers and ordinals), so A never joins C through B;
 * - conflicting numbers never group ("two and a half hours" vs "more than two and a half hours").
 * Each source's support for the claim is then stated (event, agent, shared content) and marked partial when
 * the source hedges what the claim states or says only part of it. Agreement counts independent origins:
 * outlets that may repeat one agency count once ("Reuters, via 3 outlets").
 */
export const CLAIM_TUNING = {
  /** Overlap (weighted, over the smaller statement) at or above which two statements say the same thing. */
  THRESHOLD: 0.38,
  /** …and at least this many shared words besides names: two sentences that share only place names differ. */
  MIN_SHARED_WORDS: 2,
  /** Distinct statements compared per block (newest first): bounds the quadratic step on a large corpus. */
  MAX_BLOCK: 300,
  /** Claims kept per entity, most relevant first. */
  MAX_CLAIMS: 8,
  /** Source references kept per claim. */
  MAX_SOURCES: 12,
  /** Below this share of the claim's content, a source supports only part of it. */
  PARTIAL_COVERAGE: 0.5,
};

export interface ClaimsContext {
  articles: Article[];
  passages: Passage[];
  sentences: SentenceRef[];
  entities: Map<string, Entity>;
  /** The fact each statement states (sentence index → fact), when the fact reader found one. */
  facts?: ReadonlyMap<number, Fact>;
}

/** A group of statements that say the same thing: the unit behind every copy of one claim. */
export interface StatementGroup {
  key: string;
  members: Statement[];
  representative: Statement;
  sources: SourceRef[];
  origins: Origin[];
  total: number;
  /** Entity id → how much the claim is about it (3 agent, 2 its event, 1 named). */
  relevance: Map<string, number>;
  /** The fact the group states, when its statements were merged on their fact. */
  fact?: ClaimFact;
}

interface Unit {
  statements: Statement[];
  ids: Int32Array;
  weights: Float64Array;
  /** Per term: 1 for a word, number or ordinal, 0 for an entity (names alone never make two statements one). */
  words: Uint8Array;
  total: number;
  numbers: string;
  rank: number;
  /** The statement's fact, when it merges on its fact (see `mergesOnFact`): then sameness is the fact's. */
  fact?: Fact;
}

export function groupStatements(ctx: ClaimsContext, statements: Statement[]): StatementGroup[] {
  const eligible = statements.filter((s) => !s.notAClaim && s.about.length > 0);
  // Rare words say more about sameness than common ones: weight terms by inverse document frequency.
  const df = new Map<string, number>();
  for (const s of eligible) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = eligible.length;
  const termId = new Map<string, number>();
  const recency = articleRecency(ctx.articles);
  // Articles per event: those that report it (front matter) and those with a statement about it.

  // Identical statements (same terms and frame) are one unit: a large corpus repeats itself.
  const blocks = new Map<string, Map<string, Unit>>();
  for (const s of eligible) {
    const modality = s.hedge && PLAN.test(s.hedge) ? 'plans' : s.speech ? 'says' : 'does';
    // A statement with a fact that says what happened is compared on its fact, in any language or wording:
    // its block is the fact's slot (who, what, asked or done, when).
    const f = ctx.facts?.get(s.sentence);
    const fact = f && mergesOnFact(f.action) ? f : undefined;
    // Talks told as still going on, outside any event, are one process however many months apart they are told
    // (relateFacts then compares them); a telling set in an event stays with the event.
    // An act done once (asylum granted) is one slot whenever it is told; relateFacts keeps two dated tellings apart.
    const time = fact && actionById(fact.action)?.once ? 'once' : (fact?.when.event ?? (fact?.phase === 'ongoing' ? 'ongoing' : fact?.when.date?.slice(0, 7)) ?? '');
    const block = fact
      ? `fact|${fact.who}|${fact.action}|${fact.request ? 'asked' : 'done'}|${time}`
      : `${s.when.id}|${s.agentKey}|${s.negated ? '-' : '+'}|${modality}`;
    const sorted = [...s.terms].sort();
    const unitKey = `${s.numbers.join(',')}|${s.hedge ?? ''}|${sorted.join(' ')}`;
    let units = blocks.get(block);
    if (!units) blocks.set(block, (units = new Map()));
    const existing = units.get(unitKey);
    if (existing) {
      existing.statements.push(s);
      existing.rank = Math.min(existing.rank, recency[s.article]!);
      continue;
    }
    const pairs = sorted.map((t) => {
      let id = termId.get(t);
      if (id === undefined) termId.set(t, (id = termId.size));
      return [id, Math.log(1 + n / (df.get(t) ?? 1)), t.startsWith('@') ? 0 : 1] as [number, number, number];
    });
    pairs.sort((a, b) => a[0] - b[0]);
    units.set(unitKey, {
      statements: [s],
      ids: Int32Array.from(pairs, (p) => p[0]),
      weights: Float64Array.from(pairs, (p) => p[1]),
      words: Uint8Array.from(pairs, (p) => p[2]),
      total: pairs.reduce((sum, p) => sum + p[1], 0),
      numbers: s.numbers.join(','),
      rank: recency[s.article]!,
      ...(fact ? { fact } : {}),
    });
  }

  const eventArticles = new Map<string, Set<number>>();
  ctx.articles.forEach((a, ai) => a.event && eventArticles.set(a.event, (eventArticles.get(a.event) ?? new Set()).add(ai)));
  for (const s of statements) {
    let set = eventArticles.get(s.when.id);
    if (!set) eventArticles.set(s.when.id, (set = new Set()));
    set.add(s.article);
  }

  const groups: StatementGroup[] = [];
  for (const [, unitMap] of [...blocks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const units = [...unitMap.values()].sort((a, b) => a.rank - b.rank || a.statements[0]!.sentence - b.statements[0]!.sentence).slice(0, CLAIM_TUNING.MAX_BLOCK);
    const clusters: Unit[][] = [];
    for (const u of units) {
      let best = -1;
      let bestSim = 0;
      clusters.forEach((members, ci) => {
        let min = Infinity;
        for (const m of members) {
          min = Math.min(min, u.fact && m.fact ? (relateFacts(u.fact, m.fact).relation === 'same' ? 1 : 0) : similarity(u, m));
          if (min < CLAIM_TUNING.THRESHOLD) return;
        }
        if (min > bestSim) {
          bestSim = min;
          best = ci;
        }
      });
      if (best >= 0) clusters[best]!.push(u);
      else clusters.push([u]);
    }
    for (const members of clusters) groups.push(toGroup(ctx, members, eventArticles));
  }
  return groups;
}

function similarity(a: Unit, b: Unit): number {
  if (a.numbers && b.numbers && a.numbers !== b.numbers) return 0;
  const inter = sharedWeight(a, b);
  if (sharedWords(a, b) < CLAIM_TUNING.MIN_SHARED_WORDS) return 0;
  const smaller = Math.min(a.total, b.total);
  return smaller === 0 ? 0 : inter / smaller;
}

/** Sums `values` (aligned with `a.ids`) over the ids `a` and `b` share; both id lists are sorted. */
function sumShared(a: Pick<Unit, 'ids'>, b: Pick<Unit, 'ids'>, values: ArrayLike<number>): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      sum += values[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

function sharedWeight(a: Pick<Unit, 'ids' | 'weights'>, b: Pick<Unit, 'ids'>): number {
  return sumShared(a, b, a.weights);
}

function sharedWords(a: Unit, b: Unit): number {
  return sumShared(a, b, a.words);
}

function toGroup(ctx: ClaimsContext, units: Unit[], eventArticles: Map<string, Set<number>>): StatementGroup {
  // The representative: the most central unit, preferring one that states the claim without a hedge.
  // Coverage of u by the others: the statement they all contain is the claim narrowed to what they share.
  const centrality = (u: Unit): number => units.reduce((sum, v) => sum + (u === v || u.total === 0 ? 0 : sharedWeight(u, v) / u.total), 0);
  const scored = units.map((u) => ({ u, score: centrality(u) - (u.statements[0]!.hedge ? 10 : 0) }));
  scored.sort((a, b) => b.score - a.score || a.u.rank - b.u.rank);
  // Talks about several things: the telling that names them all is the claim; the others support part of it.
  if (scored[0]!.u.fact && actionById(scored[0]!.u.fact.action)?.topic === 'set') scored.sort((a, b) => (b.u.fact?.whom.length ?? 0) - (a.u.fact?.whom.length ?? 0));
  const repUnit = scored[0]!.u;
  const representative = repUnit.statements[0]!;

  // One source per article: its statement closest to the representative.
  const perArticle = new Map<number, { s: Statement; u: Unit }>();
  for (const { u } of scored) for (const s of u.statements) if (!perArticle.has(s.article)) perArticle.set(s.article, { s, u });
  const chosen = [...perArticle.values()];
  const byDate = (a: { s: Statement }, b: { s: Statement }): number => {
    const x = ctx.articles[a.s.article]!;
    const y = ctx.articles[b.s.article]!;
    return x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1;
  };
  // The representative's own source always stays; the rest are shown oldest first, up to MAX_SOURCES.
  const shown = [perArticle.get(representative.article)!, ...chosen.filter((c) => c.s.article !== representative.article).sort(byDate).slice(0, CLAIM_TUNING.MAX_SOURCES - 1)].sort(byDate);
  const members = units.flatMap((u) => u.statements);
  const key = contentHash(members.map((m) => m.sentence).sort((a, b) => a - b).join(',')).slice(0, 12);

  const relevance = new Map<string, number>();
  const bump = (id: string, r: number): void => void relevance.set(id, Math.max(relevance.get(id) ?? 0, r));
  for (const id of representative.about) bump(id, 1);
  if (representative.agent) bump(representative.agent, 3);
  if (ctx.entities.get(representative.when.id)?.type === 'event') bump(representative.when.id, 2);
  const fact = repUnit.fact && claimFact(ctx, repUnit.fact, members);
  if (fact) {
    if (!fact.who.startsWith('side:') && fact.who !== 'joint') bump(fact.who, 3);
    // A side's act ("Russia will not extradite Assad", told by its spokesman) is on its country's card, and the speaker's.
    const country = fact.who.startsWith('side:') ? lexicon().countries[fact.who.slice(5)] : undefined;
    if (country) bump(country, 3);
    if (fact.speaker) bump(fact.speaker, 2);
    // What any source's fact concerns ("talks covered … Qamishli Airport"): the claim is on that card too, with that quote.
    for (const u of units) for (const id of u.fact?.whom ?? []) bump(id, 1);
    if (fact.where) bump(fact.where, 1);
  }

  return {
    key,
    members,
    representative,
    sources: shown.map(({ s, u }) => sourceFor(ctx, s, u, representative, repUnit)),
    origins: independentOrigins(ctx, chosen.map((c) => c.s)),
    total: eventArticles.get(representative.when.id)?.size ?? perArticle.size,
    relevance,
    ...(fact ? { fact } : {}),
  };
}

/** The group's fact as the card needs it: the slots, the names in each language, the languages of its sources. */
function claimFact(ctx: ClaimsContext, fact: Fact, members: Statement[]): ClaimFact {
  const { quote: _q, start: _s, end: _e, lang: _l, ...slots } = fact;
  const names: ClaimFact['names'] = {};
  for (const id of [fact.who, ...fact.whom, fact.where, fact.speaker, fact.credit]) {
    const e = id ? ctx.entities.get(id) : undefined;
    if (!e || names[e.id]) continue;
    const inLang = (lang: Lang): string | undefined => e.aliases.find((a) => a.lang === lang && !a.ambiguous && !a.family)?.text ?? e.aliases.find((a) => a.lang === lang)?.text;
    names[e.id] = { en: e.name, ...(inLang('ar') ? { ar: inLang('ar')! } : {}), ...(inLang('ru') ? { ru: inLang('ru')! } : {}) };
  }
  const langs = new Set<Lang>();
  for (const m of members) {
    const f = ctx.facts?.get(m.sentence);
    if (f) langs.add(f.lang);
  }
  return { ...slots, names, langs: [...langs].sort() };
}

function sourceFor(ctx: ClaimsContext, s: Statement, u: Unit, rep: Statement, repUnit: Unit): SourceRef {
  const f = u.fact && repUnit.fact ? u.fact : undefined;
  // An act done once, told later with no date of its own ("later granted Assad asylum"): the claim's dated act.
  const retold = !!f && s.when.id !== rep.when.id && !!actionById(f.action)?.once;
  const when = retold ? rep.when : s.when;
  const why: string[] = [`same event: ${when.label}${when.date ? ` (${when.date})` : ''}${retold ? ', told later with no date of its own' : ''}`];
  const name = (id: string): string => ctx.entities.get(id)?.name ?? id;
  // Merged on the fact: who acts is the fact's (the speaker of a position, both sides of talks, a state's side).
  if (f) why.push(factAgentWords(f, name, s.agent));
  else if (s.agent) why.push(`${s.speech ? 'speaker' : 'agent'}: ${name(s.agent)}`);
  else if (s.agentKey.startsWith('side:')) why.push(`agent: the ${s.agentKey === 'side:sy' ? 'Syrian' : 'Russian'} side`);
  else if (s.agentKey === 'joint') why.push(`${s.speech ? 'speakers' : 'agents'}: several, named together`);
  else why.push('no named agent: the outlet’s own account');
  if (f && repUnit.fact) {
    // Merged on the fact: the source states the claim's fact, in its own words and language.
    why.push(`content: ${s !== rep ? 'the same fact as the claim’s' : 'the fact shown as the claim'} — ${factWords(f, name)} (written in ${f.lang})`);
    if (s.via) why.push(`credits ${s.via}`);
    else if (f.credit) why.push(`credits ${f.credit === 'anonymous' ? 'unnamed sources' : name(f.credit)}`);
    const partial: PartialReason[] = [];
    if (HEDGED.has(f.certainty) && !HEDGED.has(repUnit.fact.certainty)) {
      why.push(`partial: hedged (“${s.hedge ?? f.certainty}”)`);
      partial.push(s.hedge ? { code: 'hedged', hedge: s.hedge } : { code: 'hedged', certainty: f.certainty as HedgedCertainty });
    }
    const missing = repUnit.fact.whom.filter((id) => !f.whom.includes(id));
    if (missing.length > 0) {
      why.push(`partial: does not name ${missing.map(name).join(', ')}`);
      partial.push({ code: 'unnamed', names: missing.map(name) });
    }
    return sourceRef(ctx, s, support(why, partial));
  }
  const shared = [...s.terms].filter((t) => rep.terms.has(t));
  const coverage = repUnit.total === 0 ? 1 : sharedWeight(repUnit, u) / repUnit.total;
  if (s !== rep) why.push(`content: shares ${shared.slice(0, 8).map((t) => `“${termLabel(t, name)}”`).join(', ')} (${Math.round(coverage * 100)}% of the claim’s weight)`);
  else why.push('content: the sentence shown as the claim');
  if (s.via) why.push(`credits ${s.via}`);
  const partial: PartialReason[] = [];
  if (s.hedge && !rep.hedge) {
    why.push(`partial: hedged (“${s.hedge}”)`);
    partial.push({ code: 'hedged', hedge: s.hedge });
  }
  // A named thing the claim states and the source does not is a part it does not support; a country or
  // capital named in passing ("Syria's new army") is implied by the rest.
  const implied = (id: string): boolean => {
    const e = ctx.entities.get(id);
    return e?.type === 'place' && e.scope === 'broad';
  };
  const missing = [...rep.terms].filter((t) => t.startsWith('@') && t !== `@${s.agent}` && !s.terms.has(t) && !implied(t.slice(1)));
  if (missing.length > 0) {
    why.push(`partial: does not mention ${missing.map((t) => name(t.slice(1))).join(', ')}`);
    partial.push({ code: 'unnamed', names: missing.map((t) => name(t.slice(1))) });
  }
  if (coverage < CLAIM_TUNING.PARTIAL_COVERAGE) {
    why.push('partial: says only part of the claim');
    partial.push({ code: 'part' });
  }
  return sourceRef(ctx, s, support(why, partial));
}

/** A source's support: partial when any reason says so, each reason also as a code for the card's words. */
function support(why: string[], partial: PartialReason[]): Support {
  return partial.length > 0 ? { level: 'partial', why, partial } : { level: 'full', why };
}

type HedgedCertainty = NonNullable<Extract<PartialReason, { code: 'hedged' }>['certainty']>;
const HEDGED = new Set<string>(['likely', 'expected', 'planned'] satisfies HedgedCertainty[]);

/** "agent: Ahmad al-Sharaa", "speaker: Vladimir Putin", "agents: both sides (talks)": who a fact's source says acts. */
function factAgentWords(f: Fact, name: (id: string) => string, named: string | undefined): string {
  if (f.who === 'joint') return 'agents: both sides, who talk';
  const side = f.who === 'side:sy' ? 'Syrian' : 'Russian';
  if (f.who.startsWith('side:')) return named ? `agent: ${name(named)}, for the ${side} side` : `agent: the ${side} side`;
  return `${actionById(f.action)?.stance ? 'speaker' : 'agent'}: ${name(f.who)}`;
}

/** "Ahmad al-Sharaa · asks for · extradite · Bashar al-Assad · 2025-10-15 · reported": a fact, for `--explain`. */
export function factWords(f: Pick<Fact, 'who' | 'action' | 'request' | 'phase' | 'whom' | 'where' | 'when' | 'certainty'>, name: (id: string) => string): string {
  const who = f.who === 'joint' ? 'both sides' : f.who.startsWith('side:') ? `the ${f.who === 'side:sy' ? 'Syrian' : 'Russian'} side` : name(f.who);
  const parts = [who, f.request ? `${f.request}s for ${f.action}` : f.action];
  if (f.phase) parts.push(f.phase);
  if (f.whom.length > 0) parts.push(`${actionById(f.action)?.topic ? 'about' : 'whom'}: ${f.whom.map(name).join(', ')}`);
  if (f.where) parts.push(`where: ${name(f.where)}`);
  const when = [f.when.event ? name(f.when.event) : '', f.when.date ?? ''].filter(Boolean).join(', ');
  parts.push(`when: ${when || 'undated'} (from the ${f.when.source})`);
  parts.push(f.certainty);
  return parts.join(' · ');
}

function sourceRef(ctx: ClaimsContext, s: Statement, support: Support): SourceRef {
  const ref = ctx.sentences[s.sentence]!;
  const article = ctx.articles[s.article]!;
  const out: SourceRef = {
    articleId: article.id,
    passageId: ctx.passages[ref.passage]!.id,
    outlet: article.outlet,
    date: article.date,
    quote: article.text.slice(ref.start, ref.end),
    support,
  };
  if (s.via) out.via = s.via;
  return out;
}

function termLabel(t: string, name: (id: string) => string): string {
  if (t.startsWith('@')) return name(t.slice(1));
  if (t.startsWith('#') || t.startsWith('~')) return t.slice(1);
  if (t.startsWith('=')) return `${t.slice(1)}/same meaning`;
  return t;
}

/**
 * Independent origins, counted as few as the texts allow: a sentence credited to an agency has that origin;
 * one credited to nobody (or to anonymous sources) may come from its outlet or any agency the article cites.
 * A greedy cover then picks the origins that explain the most outlets, so four outlets repeating Reuters
 * count once. Never more origins than outlets, and never more than the texts prove.
 */
export function independentOrigins(ctx: Pick<ClaimsContext, 'articles'> & Partial<Pick<ClaimsContext, 'facts' | 'entities'>>, statements: Statement[]): Origin[] {
  // A sentence's origin is what it credits (in any language, through its fact); one that credits nobody is
  // its outlet's own report — never an agency the article cites elsewhere, which the sentence does not name.
  const creditOf = (s: Statement): string | undefined => {
    if (s.agency) return s.agency;
    const credit = ctx.facts?.get(s.sentence)?.credit;
    return credit && credit !== 'anonymous' ? (ctx.entities?.get(credit)?.name ?? credit) : undefined;
  };
  // An uncredited sentence may still repeat an agency its article cites elsewhere — but only one that some
  // sentence of the claim itself credits: no origin is named that no quote under the claim names.
  const creditedHere = new Set(statements.map(creditOf).filter((x): x is string => !!x));
  const candidates = statements.map((s) => {
    const a = ctx.articles[s.article]!;
    const credit = creditOf(s);
    return { outlet: a.outlet, names: credit ? [credit] : [a.outlet, ...(a.cites ?? []).filter((c) => creditedHere.has(c))] };
  });
  const origins: Origin[] = [];
  const left = new Set(candidates.map((_, i) => i));
  while (left.size > 0) {
    const count = new Map<string, number>();
    for (const i of left) for (const nm of new Set(candidates[i]!.names)) count.set(nm, (count.get(nm) ?? 0) + 1);
    // Ties go to a name some source credits, then to an outlet itself: an uncredited single report is its outlet's.
    const credited = new Set(statements.map(creditOf).filter((x): x is string => !!x));
    const outletsLeft = new Set([...left].map((i) => candidates[i]!.outlet));
    const pref = (nm: string): number => (credited.has(nm) ? 0 : outletsLeft.has(nm) ? 1 : 2);
    const [best] = [...count].sort((a, b) => b[1] - a[1] || pref(a[0]) - pref(b[0]) || (a[0] < b[0] ? -1 : 1))[0]!;
    const outlets: string[] = [];
    for (const i of [...left]) {
      if (candidates[i]!.names.includes(best)) {
        outlets.push(candidates[i]!.outlet);
        left.delete(i);
      }
    }
    origins.push({ name: best, outlets: [...new Set(outlets)].sort() });
  }
  return origins;
}

/** The copies of each group on the cards of the entities it concerns, most relevant first per entity. */
export function claimsByEntity(groups: StatementGroup[], entities: Entity[], keep?: (g: StatementGroup) => boolean): Claim[] {
  const perEntity = new Map<string, Array<{ g: StatementGroup; r: number }>>();
  for (const g of groups) {
    for (const [id, r] of g.relevance) {
      let list = perEntity.get(id);
      if (!list) perEntity.set(id, (list = []));
      list.push({ g, r });
    }
  }
  const out: Claim[] = [];
  const labels = new Map(entities.filter((e) => e.label).map((e) => [e.id, e.label!]));
  for (const entity of entities) {
    const list = perEntity.get(entity.id) ?? [];
    list.sort((a, b) => b.r - a.r || b.g.origins.length - a.g.origins.length || b.g.sources.length - a.g.sources.length || (a.g.key < b.g.key ? -1 : 1));
    list.forEach(({ g }, i) => {
      if (i < CLAIM_TUNING.MAX_CLAIMS || keep?.(g)) out.push(toClaim(g, entity.id, labels));
    });
  }
  return out;
}

function toClaim(g: StatementGroup, entityId: string, labels: ReadonlyMap<string, ClaimWhen['labels']>): Claim {
  const rep = g.representative;
  // An event's own names in the readers' languages travel with the claim: the card says the event in their words.
  const label = labels.get(rep.when.id);
  const claim: Claim = {
    id: `${entityId}:${g.key}`,
    entityId,
    key: g.key,
    text: rep.display,
    sources: g.sources,
    agreement: { count: g.origins.length, total: Math.max(g.total, g.sources.length) },
    origins: g.origins,
    when: label ? { ...rep.when, labels: label } : rep.when,
  };
  // A claim merged on its fact is the fact's actor's (both sides' for talks: then no one agent).
  // A state's act keeps the name the representative gives ("[Ahmad al-Sharaa] asked for guarantees").
  const agent = !g.fact || g.fact.who.startsWith('side:') ? rep.agent : g.fact.who === 'joint' ? undefined : g.fact.who;
  if (agent) claim.agent = agent;
  if (rep.hedge) claim.hedge = rep.hedge;
  if (g.fact) claim.fact = g.fact;
  return claim;
}
