import type { MatcherEntity } from '../model/corpus-types';
import { refineMentions, type RefineOptions } from './person-context';
import type { Matcher, MatcherData, Mention } from './types';

/**
 * Which mentions get marked with default settings.
 *
 * A page is on topic when it
 *  - names a `specific` entity (Hmeimim, Tartus, al-Sharaa) through a non-ambiguous alias, or
 *  - carries signals of both countries, at least MIN_SIDE_SIGNALS mentions for each side, counting only
 *    non-ambiguous aliases of entities with a `country` (Syria, Damascus → sy; Russia, Putin, Kremlin → ru).
 * On an on-topic page every mention is marked, broad entities and ambiguous aliases included.
 * On any other page only the mentions in an on-topic section are (`sectionsOnTopic`): a long page on
 * another subject with one Syria–Russia passage, or a three-line report naming both countries and a person.
 *
 * Why two per side: a long Russia page (a Putin interview, the Ukraine war) often names Syria once in a
 * sidebar, a "related stories" list or a passing aside; one mention is noise, two or more are a theme.
 * A genuine Syria–Russia report names both sides repeatedly, or names a specific place or person.
 * Ambiguous aliases never count as a signal: "Novak" Djokovic, "Latakia" tobacco and "Assad" the
 * surname must not turn a tennis, pipe or genealogy page on.
 */
export const MIN_SIDE_SIGNALS = 2;

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
 * Decide from the mentions found whether the page is on topic. Only entity and alias are read, so
 * the content script passes its marks as they are (no copy of 150,000 marks per decision).
 */
export function isOnTopic(mentions: ReadonlyArray<Pick<Mention, 'entityId' | 'alias'>>, entities: EntityIndex | MatcherData): boolean {
  const index = indexOf(entities);
  let sy = 0;
  let ru = 0;
  for (const m of mentions) {
    const entity = index.get(m.entityId);
    if (!entity) continue;
    const alias = entity.aliases.find((a) => a.text === m.alias);
    if (!alias || alias.ambiguous) continue;
    if (entity.scope === 'specific') return true;
    if (entity.country === 'sy') sy++;
    else if (entity.country === 'ru') ru++;
    if (sy >= MIN_SIDE_SIGNALS && ru >= MIN_SIDE_SIGNALS) return true;
  }
  return false;
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

/**
 * What the extension marks in `text`: the matcher's mentions, those their context rejects dropped
 * (person-context.ts), gated by the page rule and then by sections.
 */
export function detectInText(text: string, matcher: Matcher, data: MatcherData, options: RefineOptions = {}): DetectResult {
  const { kept } = refineMentions(text, matcher.findAll(text), data, options);
  if (isOnTopic(kept, data)) return { onTopic: true, mentions: kept };
  const local = sectionsOnTopic(text, kept, data);
  const mentions = kept.filter((_, i) => local?.[i] === 1);
  return { onTopic: mentions.length > 0, mentions };
}

export interface Explained {
  onTopic: boolean;
  /** How the page as a whole was judged. */
  page: string;
  accepted: Array<{ mention: Mention; why: string }>;
  rejected: Array<{ mention: Mention; why: string }>;
}

/**
 * `detectInText` with its reasons (`npx backstory detect --explain`): for each mention marked, the
 * alias, its language, the context check it passed and the topic rule that let it through; for each
 * mention found and not marked, what dropped it.
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
  const out: Explained = { onTopic: false, page: '', accepted: [], rejected: rejected.map((r) => ({ mention: r.mention, why: r.reason })) };
  if (isOnTopic(kept, data)) {
    const signal = kept.find((m) => !aliasOf(m)?.ambiguous && index.get(m.entityId)?.scope === 'specific');
    out.onTopic = true;
    out.page = signal ? `on topic: names ${signal.entityId} through "${signal.alias}"` : `on topic: at least ${MIN_SIDE_SIGNALS} signals of each side`;
    kept.forEach((m, i) => out.accepted.push({ mention: m, why: `${describe(m, i)}; topic: the page` }));
  } else {
    const local = sectionsOnTopic(text, kept, data) ?? new Uint8Array(kept.length);
    out.page = 'off topic as a whole: no specific name, and fewer than two signals of a side';
    kept.forEach((m, i) => {
      if (local[i] === 1) out.accepted.push({ mention: m, why: `${describe(m, i)}; topic: its section (within ${SECTION_REACH} characters)` });
      else out.rejected.push({ mention: m, why: `${describe(m, i)}; off topic: neither the page nor its section is about Syria and Russia` });
    });
    out.onTopic = out.accepted.length > 0;
  }
  out.rejected.sort((a, b) => a.mention.start - b.mention.start);
  return out;
}
