/**
 * Aliases that are also ordinary words or other things: حمص is Homs and chickpeas, حلب Aleppo and
 * milking, تدمر Palmyra and "destroys", حماة Hama and "protectors" (the Egyptian party حماة الوطن),
 * "Aleppo pepper", "Palmyra Atoll", "Latakia tobacco", HTS tariff codes. The senses are data
 * (data/common-senses.json, tested in test/unit/detect/common-senses.test.ts); this file reads the
 * words around such a mention and says which sense they select.
 *
 * Precedence, strongest first: a sense phrase next to the alias ("Aleppo pepper", "حماة الوطن") or
 * the article on a name that never takes one (الحمص) drops it; a cue word next to it ("city",
 * "مدينة", "провинции") selects the place; sense words around it (a recipe's طحينة, ملعقة) drop it;
 * for an alias that needs selecting (`select`), another entity nearby selects it (refineMentions
 * decides that, once every mention is read) and nothing at all drops it.
 */
// Named imports: the bundler leaves the file's other top-level keys (its $comment) out of the content script.
import { aliases as rawAliases, cues as rawCues } from './data/common-senses.json';
import { fold } from '../model/fold';
import type { Mention } from './types';

interface RawSense {
  sense: string;
  next?: string[];
  before?: string[];
  near?: string[];
}

interface RawAlias {
  alias: string;
  lang: string;
  entity: string;
  select?: boolean;
  by?: string[];
  selectors?: string[];
  article?: boolean;
  senses: RawSense[];
}

export interface CommonAlias {
  alias: string;
  lang: string;
  entity: string;
  /** Counts only with selecting context. */
  select: boolean;
  /**
   * Only these entities, named nearby, select it: a bare "extradition" is Assad's only beside Assad, not
   * beside any name (a Russian hacker's extradition in a list of headlines). Undefined: any entity does.
   */
  by?: readonly string[];
  /** Words around it that select it ("rebuild", "new" for the new Syrian army), as a cue word selects a place. */
  selectors?: readonly string[];
  /** False: the place never takes the Arabic article, so ال attached means the word. */
  article: boolean;
  senses: readonly RawSense[];
}

/** What the words around a common-word mention say. */
export type CommonVerdict =
  | { kind: 'sense'; why: string }
  | { kind: 'place'; why: string }
  /** Nothing next to it either way: kept when it needs no selecting, else it waits for a neighbouring entity. */
  | { kind: 'open' };

const DATA = { cues: rawCues as unknown as Record<string, { before: string[]; after: string[] }>, aliases: rawAliases as unknown as RawAlias[] };

/**
 * Entries by alias text: a small map made at first use (one look-up per mention, no string built),
 * the words of an entry folded only when a page shows it.
 */
let index: Map<string, CommonAlias[]> | undefined;

function indexed(): Map<string, CommonAlias[]> {
  if (!index) {
    index = new Map();
    for (const a of DATA.aliases) {
      const entry = { ...a, select: a.select === true, article: a.article !== false };
      index.set(a.alias, [...(index.get(a.alias) ?? []), entry]);
    }
  }
  return index;
}

export function commonAliasOf(entityId: string, alias: string): CommonAlias | undefined {
  const list = indexed().get(alias);
  return list && list.find((e) => e.entity === entityId);
}

/** Every entry, for the data tests and the gazetteer check. */
export function commonAliases(): CommonAlias[] {
  return [...indexed().values()].flat();
}

interface FoldedSense {
  sense: string;
  next: Set<string>;
  before: Set<string>;
  near: Set<string>;
}

const folded = new Map<CommonAlias, FoldedSense[]>();
let cueSets: { before: Set<string>; after: Set<string> } | undefined;

const foldAll = (words: readonly string[] | undefined): Set<string> => new Set((words ?? []).map((w) => fold(w)));

function sensesOf(entry: CommonAlias): FoldedSense[] {
  let out = folded.get(entry);
  if (!out) {
    out = entry.senses.map((s) => ({ sense: s.sense, next: foldAll(s.next), before: foldAll(s.before), near: foldAll(s.near) }));
    folded.set(entry, out);
  }
  return out;
}

const foldedSelectors = new Map<CommonAlias, Set<string>>();

function selectorsOf(entry: CommonAlias): Set<string> | undefined {
  if (!entry.selectors) return undefined;
  let out = foldedSelectors.get(entry);
  if (!out) foldedSelectors.set(entry, (out = foldAll(entry.selectors)));
  return out;
}

function cues(): { before: Set<string>; after: Set<string> } {
  if (!cueSets) {
    const lists = Object.entries(DATA.cues).filter(([k]) => !k.startsWith('$'));
    cueSets = { before: foldAll(lists.flatMap(([, c]) => c.before)), after: foldAll(lists.flatMap(([, c]) => c.after)) };
  }
  return cueSets;
}

const WORD = /[\p{L}\p{M}\p{N}'’]+/gu;

/** The forms a folded word is looked up under: itself, and an Arabic word without its attached particles. */
export function wordForms(w: string): string[] {
  const out = [w];
  if (!/^[\u0600-\u06ff]/.test(w)) {
    const apo = w.indexOf("'");
    if (apo > 1) out.push(w.slice(0, apo));
    return out;
  }
  let s = w;
  if (s.length > 3 && (s[0] === 'و' || s[0] === 'ف')) out.push((s = s.slice(1)));
  if (s.length > 3 && (s[0] === 'ب' || s[0] === 'ل' || s[0] === 'ك')) out.push((s = s.slice(1)));
  if (s.length > 4 && s.startsWith('ال')) out.push(s.slice(2));
  else if (s.length > 3 && s.startsWith('ل') && w[0] === 'ل') out.push(s.slice(1));
  return out;
}

const hasAny = (set: Set<string>, w: string | undefined): boolean => w !== undefined && wordForms(w).some((f) => set.has(f));

/** Folded words of `s`, in order. */
function wordsOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => fold(w).replace(/’/g, "'"));
}

/** How far around a mention sense words are looked for (same paragraph only), in UTF-16 units. */
export const SENSE_REACH = 250;

/**
 * Read the words around `m` (an alias with senses): the sense or the place they select, or neither.
 * `wordStart` is where the word holding the mention starts (before attached Arabic particles).
 */
export function readCommonWord(text: string, m: Mention, entry: CommonAlias, wordStart: number): CommonVerdict {
  const blockFrom = text.lastIndexOf('\n', m.start - 1) + 1;
  let blockTo = text.indexOf('\n', m.end);
  if (blockTo < 0) blockTo = text.length;
  const before = wordsOf(text.slice(Math.max(blockFrom, wordStart - 60), wordStart)).slice(-2);
  const after = wordsOf(text.slice(m.end, Math.min(blockTo, m.end + 60)));
  // An apostrophe suffix ("Humus'ta") is read as the word after: skip it.
  if (after.length > 0 && /^'/.test(text.slice(m.end, m.end + 1))) after.shift();
  const next = after[0];
  const prefix = fold(text.slice(wordStart, m.start));
  if (!entry.article && /(?:ال|لل)$/.test(prefix)) return { kind: 'sense', why: `"${text.slice(wordStart, m.end)}" has the article, which the place name never takes` };
  const senses = sensesOf(entry);
  for (const s of senses) {
    if (hasAny(s.next, next)) return { kind: 'sense', why: `"${next}" after it: ${s.sense}` };
    const b = before.find((w) => hasAny(s.before, w));
    if (b) return { kind: 'sense', why: `"${b}" before it: ${s.sense}` };
  }
  const c = cues();
  const cue = before.find((w) => hasAny(c.before, w)) ?? (hasAny(c.after, next) ? next : undefined);
  if (cue) return { kind: 'place', why: `cue word "${cue}" next to it` };
  const around = [
    ...wordsOf(text.slice(Math.max(blockFrom, m.start - SENSE_REACH), wordStart)),
    ...wordsOf(text.slice(m.end, Math.min(blockTo, m.end + SENSE_REACH))),
  ];
  for (const s of senses) {
    const w = around.find((x) => hasAny(s.near, x));
    if (w) return { kind: 'sense', why: `"${w}" nearby: ${s.sense}` };
  }
  const selectors = selectorsOf(entry);
  const selector = selectors && around.find((x) => hasAny(selectors, x));
  if (selector) return { kind: 'place', why: `"${selector}" nearby selects it` };
  return { kind: 'open' };
}
