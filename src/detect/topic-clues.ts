/**
 * A cheap topic judgement: from the name gate's clues alone (name-gate.ts), can this page be on topic?
 *
 * Why: a page that names Russia, Moscow and Putin (a Russia story, a sports page) passes the cheap no,
 * and until now it was matched, refined and gated in full (the lazy detection module, the names from
 * the background, the trie, the context rules) to be judged off topic at the end: 10× the floor walk
 * on the 2.9 MB CNN page. Each word where a key's first units start carries, from the build, what the
 * keys cut there could be (`Clue` bits: a person, evidence of Syria or of Russia, the core cast, a
 * specific name, a family name). Counted over the page's words as if every such word were a mention
 * that counts, they bound the gate's evidence from above; when even that bound falls short of every
 * rule gating.ts applies (the page rules, then the section rules: two signals of each side within
 * reach, a paragraph naming both sides and a person), the full gate cannot say yes, and the page stops.
 *
 * Why it is an upper bound (a unit test compares it with the full gate on real and random pages):
 *  - every mention starts in a word the gate lets through, and the key it matched spells its cut
 *    there, so its entity and alias are among the clues of that word (one mention per word at most:
 *    a mention ends on a word boundary, and mentions do not overlap);
 *  - the context rules (person-context.ts) only drop mentions, except two ways of renaming a family
 *    name: its own full name read with the given name before it (the same entity, through a
 *    non-ambiguous alias: a family name's row counts as evidence whatever its own flag), and a
 *    fuller earlier mention of another person (a holder: a person named there through a name of
 *    several words or a family name), whose side a family-name word may then take;
 *  - every count only grows with more mentions, so counting each word as the best it could be is a bound.
 */
import type { Alias, MatcherEntity } from '../model/corpus-types';
import { CORE_TYPES, MIN_SIDE_SIGNALS } from './evidence';
import type { NameGate } from './name-gate';
import type { PrefilterScan } from './prefilter-scan';

/** What the keys cut at one place could be, OR'd over every row (entity, alias) of those keys. */
export const Clue = {
  /** The entity is a person (the paragraph rule's third condition). */
  PERSON: 1,
  /** The mention could count as evidence (a non-ambiguous alias, or a family name: see above). */
  EVIDENCE: 2,
  SY: 4,
  RU: 8,
  /** Evidence of a specific person or installation: alone enough. */
  CORE: 16,
  /** Evidence of another specific entity: enough with another entity. */
  SPECIFIC: 32,
  /** A family name: it may take the side of an earlier holder (below). */
  FAMILY: 64,
  /** A person of Syria's side named through several words or a family name: a family name after it may mean them. */
  HOLDER_SY: 128,
  HOLDER_RU: 256,
} as const;

/** Every clue: what a word counts as when no clues are known (the conservative answer). */
export const ALL_CLUES = 511;

/** Clues as units of one string, one per gate line (readable digits for small values, like packed-data.ts). */
const BASE = 0x30;

/** Build time: the clues of one row. */
export function rowClues(entity: MatcherEntity, alias: Alias): number {
  // Evidence reads the first alias of this text (evidence.ts `counts`).
  const first = entity.aliases.find((a) => a.text === alias.text) ?? alias;
  const family = alias.family === true || first.family === true;
  let clues = entity.type === 'person' ? Clue.PERSON : 0;
  if (!first.ambiguous || family) {
    clues |= Clue.EVIDENCE;
    if (entity.country === 'sy') clues |= Clue.SY;
    if (entity.country === 'ru') clues |= Clue.RU;
    if (entity.scope === 'specific') clues |= CORE_TYPES.has(entity.type) ? Clue.CORE : Clue.SPECIFIC;
  }
  if (family) clues |= Clue.FAMILY | Clue.PERSON;
  if (entity.type === 'person' && (family || /\s/.test(alias.text))) {
    if (entity.country === 'sy') clues |= Clue.HOLDER_SY;
    if (entity.country === 'ru') clues |= Clue.HOLDER_RU;
  }
  return clues;
}

/** Build time: one unit per line of the gate (`cuts`, sorted and distinct), the clues of every row whose key has that cut. */
export function cluesOf(cuts: readonly string[], rows: ReadonlyArray<[cut: string, clues: number]>): string {
  const byCut = new Map<string, number>();
  for (const [cut, clues] of rows) byCut.set(cut, (byCut.get(cut) ?? 0) | clues);
  return cuts.map((c) => String.fromCharCode(BASE + (byCut.get(c) ?? ALL_CLUES))).join('');
}

/** On the page: the clues of gate line `i`. */
export const cluesAtLine = (clues: string, i: number): number => clues.charCodeAt(i) - BASE;

/**
 * Whether the page with text `text` may be on topic: false only when no reading of its words can
 * satisfy the gate (see the top of this file). Stops at the first word that makes it possible, so a
 * page that is on topic pays for a few words; an off-topic one for the words the gate lets through.
 */
export function mayBeOnTopic(text: string, scan: PrefilterScan, gate: NameGate): boolean {
  const words = new Set<number>();
  /** Clues of each paragraph (text between line breaks, as gating.ts's paragraph rule), by its start. */
  const blocks = new Map<number, number>();
  let evidence = 0;
  let specific = false;
  let sy = 0;
  let ru = 0;
  // Family-name words that are not of a side themselves, but may take the side of a holder.
  let familyNotSy = 0;
  let familyNotRu = 0;
  let holders = 0;
  const sides = (): boolean => {
    const s = sy + (holders & Clue.HOLDER_SY ? familyNotSy : 0);
    const r = ru + (holders & Clue.HOLDER_RU ? familyNotRu : 0);
    return s >= MIN_SIDE_SIGNALS && r >= MIN_SIDE_SIGNALS;
  };
  const hotBlock = (b: number): boolean => {
    const family = (b & Clue.FAMILY) !== 0;
    const s = (b & Clue.SY) !== 0 || (family && (holders & Clue.HOLDER_SY) !== 0);
    const r = (b & Clue.RU) !== 0 || (family && (holders & Clue.HOLDER_RU) !== 0);
    return s && r && (b & Clue.PERSON) !== 0;
  };
  const possible = scan.some(text, (hit) => {
    const word = gate.wordAt(text, hit);
    if (words.has(word)) return false;
    const c = gate.cluesAt(text, word);
    if (c === 0) return false;
    words.add(word);
    if (c & Clue.CORE) return true;
    if (c & Clue.EVIDENCE) evidence++;
    specific ||= (c & Clue.SPECIFIC) !== 0;
    if (c & Clue.SY) sy++;
    else if (c & Clue.FAMILY) familyNotSy++;
    if (c & Clue.RU) ru++;
    else if (c & Clue.FAMILY) familyNotRu++;
    holders |= c & (Clue.HOLDER_SY | Clue.HOLDER_RU);
    if ((specific && evidence >= 2) || sides()) return true;
    const block = text.lastIndexOf('\n', word) + 1;
    const b = (blocks.get(block) ?? 0) | c;
    blocks.set(block, b);
    return hotBlock(b);
  });
  if (possible) return true;
  // A holder found after a paragraph's family name still lends it its side.
  for (const b of blocks.values()) if (hotBlock(b)) return true;
  return false;
}
