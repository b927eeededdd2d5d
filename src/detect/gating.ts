import type { MatcherEntity } from '../model/corpus-types';
import { refineInSteps, refineMentions, type RefineOptions } from './person-context';
import { runToEnd } from './steps';
import type { Matcher, MatcherData, Mention } from './types';
import { MIN_SIDE_SIGNALS, weighEvidence, type Evidence } from './evidence';
import { sectionStarts } from './sections';

/**
 * Which mentions get marked with default settings.
 *
 * A page is on topic on enough independent evidence (evidence.ts): a name of the story's core cast,
 * a specific name with another entity, or at least MIN_SIDE_SIGNALS signals of each side, counting
 * only non-ambiguous aliases that their context kept (person-context.ts, common-senses.ts).
 * On an on-topic page every mention is marked, broad entities and ambiguous aliases included, unless
 * the page is about several things (a digest, a transcript, a live blog, a "most read" list: see
 * `sectionMode`): then only the mentions of its on-topic sections are.
 * On any other page only the mentions in an on-topic section are (`sectionsOnTopic`): a long page on
 * another subject with one Syria–Russia passage, or a three-line report naming both countries and a person.
 *
 * Why two per side: a long Russia page (a Putin interview, the Ukraine war) often names Syria once in a
 * sidebar, a "related stories" list or a passing aside; one mention is noise, two or more are a theme.
 * Ambiguous aliases never count as a signal: "Novak" Djokovic, "Latakia" tobacco and "Assad" the
 * surname must not turn a tennis, pipe or genealogy page on.
 */
export { MIN_SIDE_SIGNALS } from './evidence';

export interface DetectResult {
  onTopic: boolean;
  /** Exactly what gets marked: all mentions on an on-topic page, none otherwise. */
  mentions: Mention[];
}

type EntityIndex = Map<string, MatcherEntity>;

const indexCache = new WeakMap<MatcherData, EntityIndex>();

function indexOf(entities: EntityIndex | MatcherData): EntityIndex {
  if (entities instanceof Map) return entities;
  let index = indexCache.get(entities);
  if (!index) {
    index = new Map(entities.entities.map((e) => [e.id, e]));
    indexCache.set(entities, index);
  }
  return index;
}

/**
 * Decide from the mentions found whether the page is on topic (evidence.ts). Only entity and alias
 * are read, so the content script passes its marks as they are (no copy of 150,000 marks per decision).
 */
export function isOnTopic(mentions: ReadonlyArray<Pick<Mention, 'entityId' | 'alias'>>, entities: EntityIndex | MatcherData): boolean {
  const index = indexOf(entities);
  return weighEvidence(mentions, (id) => index.get(id)).onTopic;
}

/** Why the page as a whole is, or is not, on topic. */
export function pageEvidence(mentions: readonly Mention[], entities: EntityIndex | MatcherData): Evidence {
  const index = indexOf(entities);
  return weighEvidence(mentions, (id) => index.get(id), true);
}

/** How far around a mention its section reaches, in UTF-16 units (a few paragraphs of a news page). */
export const SECTION_REACH = 1500;

const upperBound = (a: Int32Array, x: number): number => {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * For a page that is off topic as a whole: which mentions lie in an on-topic section. A section is
 * the text within SECTION_REACH of a mention; it is on topic when it holds at least MIN_SIDE_SIGNALS
 * signals of each side (the page rule, scaled down), or when one block of it (a paragraph: the text
 * between two block separators) names both countries, each through a non-ambiguous alias in any
 * inflection, and a person (the short report: "Новак заявил, что Россия и Сирия…"). The block rule needs
 * all three in one paragraph, so a Russia story with "Related: Syria ceasefire" in a sidebar stays off.
 * `mentions` are sorted by start; the result is one flag per mention, or null when the page is on
 * topic as a whole (then there is nothing to tell apart, and the mark pipeline's gate says so).
 */
export function sectionsOnTopic(text: string, mentions: readonly Mention[], entities: EntityIndex | MatcherData): Uint8Array | null {
  if (isOnTopic(mentions, entities)) return null;
  const index = indexOf(entities);
  const n = mentions.length;
  const on = new Uint8Array(n);
  if (n === 0) return on;
  const starts = new Int32Array(n);
  const sy = new Int32Array(n + 1);
  const ru = new Int32Array(n + 1);
  // Blocks that name both sides and a person: [from, to) in text.
  const hot: Array<[number, number]> = [];
  let block = -1;
  let blockEnd = -1;
  let bSy = 0;
  let bRu = 0;
  let bPerson = 0;
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    starts[i] = m.start;
    const entity = index.get(m.entityId);
    const alias = entity?.aliases.find((a) => a.text === m.alias);
    const signal = entity && alias && !alias.ambiguous ? entity.country : undefined;
    sy[i + 1] = sy[i]! + (signal === 'sy' ? 1 : 0);
    ru[i + 1] = ru[i]! + (signal === 'ru' ? 1 : 0);
    if (m.start >= blockEnd) {
      block = text.lastIndexOf('\n', m.start) + 1;
      const e = text.indexOf('\n', m.start);
      blockEnd = e < 0 ? text.length : e;
      bSy = bRu = bPerson = 0;
    }
    if (signal === 'sy') bSy++;
    if (signal === 'ru') bRu++;
    if (entity?.type === 'person') bPerson++;
    if (bSy > 0 && bRu > 0 && bPerson > 0 && (hot.length === 0 || hot[hot.length - 1]![0] !== block)) hot.push([block, blockEnd]);
  }
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    const lo = upperBound(starts, m.start - SECTION_REACH - 1);
    const hi = upperBound(starts, m.end + SECTION_REACH);
    if (sy[hi]! - sy[lo]! >= MIN_SIDE_SIGNALS && ru[hi]! - ru[lo]! >= MIN_SIDE_SIGNALS) on[i] = 1;
  }
  for (const [from, to] of hot) {
    for (let i = upperBound(starts, from - SECTION_REACH - 1); i < n && starts[i]! <= to + SECTION_REACH; i++) on[i] = 1;
  }
  return on;
}

/** Pages with more mentions than this are never read section by section (a bound on the content script's work). */
export const SECTION_MODE_MAX_MENTIONS = 5000;
/** Off-topic sections naming an entity, at least, before a page counts as being about several things. */
export const MIN_OFF_SECTIONS = 3;

export interface SectionVerdict {
  from: number;
  to: number;
  /** The section's first line, shortened, for --explain. */
  title: string;
  onTopic: boolean;
  reason: string;
  /** Mentions in the section. */
  mentions: number;
}

export interface SectionReading {
  /** True: only the mentions of on-topic sections are marked. */
  sectionMode: boolean;
  /** One flag per mention: it lies in an on-topic section. */
  flags: Uint8Array;
  sections: SectionVerdict[];
}

/**
 * Read an on-topic page section by section (sections.ts). A section is on topic on its own evidence
 * (evidence.ts), or when it names both sides. The page is marked only in its on-topic sections when
 * it is about several things: at least MIN_OFF_SECTIONS sections name entities without being on
 * topic, and they hold more evidence than the on-topic ones (a digest with one Syria item, a press
 * conference on many subjects); a report on Syria–Russia with an aside on Moscow is marked throughout.
 */
export function readSections(text: string, mentions: readonly Mention[], entities: EntityIndex | MatcherData, explain = false): SectionReading {
  const index = indexOf(entities);
  const lookup = (id: string) => index.get(id);
  const starts = sectionStarts(text);
  const flags = new Uint8Array(mentions.length);
  const sections: SectionVerdict[] = [];
  let inside = 0;
  let outside = 0;
  let offSections = 0;
  let onSections = 0;
  let i = 0;
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    const to = s + 1 < starts.length ? starts[s + 1]! : text.length;
    const first = i;
    while (i < mentions.length && mentions[i]!.start < to) i++;
    if (i === first && !explain) continue;
    const slice = mentions.slice(first, i);
    const ev = weighEvidence(slice, lookup, explain);
    const on = ev.onTopic || (ev.sy >= 1 && ev.ru >= 1);
    let evidence = 0;
    for (const m of slice) if (countsAsEvidence(m, index)) evidence++;
    if (on) {
      onSections++;
      inside += evidence;
      flags.fill(1, first, i);
    } else if (evidence > 0) {
      offSections++;
      outside += evidence;
    }
    if (explain && slice.length > 0) {
      const line = text.slice(from, Math.min(to, from + 200)).split('\n').find((l) => l.trim() !== '') ?? '';
      const title = line.trim().length > 60 ? line.trim().slice(0, 59) + '…' : line.trim();
      const reason = on && !ev.onTopic ? `names both sides (${ev.sy} of Syria, ${ev.ru} of Russia)` : ev.reason;
      sections.push({ from, to, title, onTopic: on, reason, mentions: slice.length });
    }
  }
  const sectionMode = onSections > 0 && offSections >= MIN_OFF_SECTIONS && outside > inside;
  return { sectionMode, flags, sections };
}

function countsAsEvidence(m: Mention, index: EntityIndex): boolean {
  const e = index.get(m.entityId);
  return !!e && e.aliases.some((a) => a.text === m.alias && !a.ambiguous);
}

export interface Topical {
  /** The mentions to pass on: all those kept, or on a page about several things those of its on-topic sections. */
  mentions: Mention[];
  /**
   * One flag per mention passed on: it lies in an on-topic section; null when the page is on topic
   * as a whole and every mention is marked.
   */
  inSection: Uint8Array | null;
}

/**
 * The content script's and the CLI's one path from the matcher's mentions to what may be marked:
 * the context rules (person-context.ts), then the page, then its sections.
 */
export function topicalMentions(text: string, found: readonly Mention[], data: MatcherData, options: RefineOptions = {}): Topical {
  return runToEnd(topicalInSteps(text, found, data, options));
}

/** `topicalMentions` with pauses in its long part, the context rules (`refineInSteps`): the content script's way. */
export function* topicalInSteps(text: string, found: readonly Mention[], data: MatcherData, options: RefineOptions = {}): Generator<void, Topical> {
  const { kept } = yield* refineInSteps(text, found, data, options);
  if (!isOnTopic(kept, data)) return { mentions: kept, inSection: sectionsOnTopic(text, kept, data) ?? new Uint8Array(kept.length) };
  if (kept.length > SECTION_MODE_MAX_MENTIONS) return { mentions: kept, inSection: null };
  const reading = readSections(text, kept, data);
  if (!reading.sectionMode) return { mentions: kept, inSection: null };
  const mentions = kept.filter((_, i) => reading.flags[i] === 1);
  return { mentions, inSection: new Uint8Array(mentions.length).fill(1) };
}

/**
 * What the extension marks in `text`: the matcher's mentions, those their context rejects dropped
 * (person-context.ts), gated by the page's evidence and then by sections.
 */
export function detectInText(text: string, matcher: Matcher, data: MatcherData, options: RefineOptions = {}): DetectResult {
  const { mentions, inSection } = topicalMentions(text, matcher.findAll(text), data, options);
  if (inSection === null) return { onTopic: true, mentions };
  const marked = mentions.filter((_, i) => inSection[i] === 1);
  return { onTopic: marked.length > 0, mentions: marked };
}

export interface Explained {
  onTopic: boolean;
  /** How the page as a whole was judged. */
  page: string;
  /** How each section that names an entity was judged (sections.ts), when the page is on topic. */
  sections: SectionVerdict[];
  accepted: Array<{ mention: Mention; why: string }>;
  rejected: Array<{ mention: Mention; why: string }>;
}

/**
 * `detectInText` with its reasons (`npx backstory detect --explain`): the evidence behind the page's
 * decision and each section's; for each mention marked, the alias, its language, the context check
 * it passed and the topic rule that let it through; for each mention found and not marked, what dropped it.
 */
export function explainText(text: string, matcher: Matcher, data: MatcherData, options: RefineOptions = {}): Explained {
  const found = matcher.findAll(text);
  const { kept, notes, rejected } = refineMentions(text, found, data, { ...options, explain: true });
  const index = indexOf(data);
  const aliasOf = (m: Mention) => index.get(m.entityId)?.aliases.find((a) => a.text === m.alias);
  const describe = (m: Mention, i: number): string => {
    const a = aliasOf(m);
    const parts = [`alias "${m.alias}" (${a?.lang ?? '?'}${a?.ambiguous ? ', ambiguous' : ''}${a?.family ? ', family name' : ''})`];
    if (notes[i]) parts.push(notes[i]!);
    return parts.join('; ');
  };
  const out: Explained = { onTopic: false, page: '', sections: [], accepted: [], rejected: rejected.map((r) => ({ mention: r.mention, why: r.reason })) };
  const ev = pageEvidence(kept, data);
  if (ev.onTopic) {
    const reading = readSections(text, kept, data, true);
    out.sections = reading.sections;
    out.onTopic = true;
    const sectionOf = (m: Mention) => reading.sections.find((s) => m.start >= s.from && m.start < s.to);
    if (reading.sectionMode) {
      const on = reading.sections.filter((s) => s.onTopic).length;
      out.page = `on topic in ${on} of ${reading.sections.length} sections: the page ${ev.reason}, but it is about several things, so only its on-topic sections are marked`;
      kept.forEach((m, i) => {
        const s = sectionOf(m);
        if (reading.flags[i] === 1) out.accepted.push({ mention: m, why: `${describe(m, i)}; topic: its section "${s?.title ?? ''}" (${s?.reason ?? ''})` });
        else out.rejected.push({ mention: m, why: `${describe(m, i)}; off topic: its section "${s?.title ?? ''}" ${s?.reason ?? ''}` });
      });
    } else {
      out.page = `on topic: ${ev.reason}`;
      kept.forEach((m, i) => out.accepted.push({ mention: m, why: `${describe(m, i)}; topic: the page` }));
    }
  } else {
    const local = sectionsOnTopic(text, kept, data) ?? new Uint8Array(kept.length);
    out.page = `off topic as a whole: ${ev.reason}`;
    kept.forEach((m, i) => {
      if (local[i] === 1) out.accepted.push({ mention: m, why: `${describe(m, i)}; topic: its section (within ${SECTION_REACH} characters)` });
      else out.rejected.push({ mention: m, why: `${describe(m, i)}; off topic: neither the page nor its section is about Syria and Russia` });
    });
    out.onTopic = out.accepted.length > 0;
  }
  out.rejected.sort((a, b) => a.mention.start - b.mention.start);
  return out;
}
