/**
 * The cheap no's second look: does any place the prefilter found really start a name's first units?
 *
 * Why: the prefilter's windows are 4 folded units (prefilter.ts: longer ones multiply its pattern), so
 * ordinary English pages hit it on "the ", "Share", "New Zealand", "state of" and the like, the page's
 * first scan then asked for the names, unpacked 1,865 keys and built the trie, to find nothing. This gate
 * reads folded units from each hit's word start, as the trie walk reads them (dropped units skipped, a run
 * of separators one space, Arabic particles tried as further starts), and looks them up in the set of every
 * key cut to its first units (`gateCut`). A walk that matches a key spells that key's cut on the way,
 * so a page the gate rejects has no mention: it is a superset, like the prefilter (unit tests compare).
 * The set ships with the content script (`MatcherProbe.gate`, ~7 KB gzip); the names it stands for do not.
 */
import { isArabic, particleStarts } from './arabic';
import { CLS, DROPPED, FOLD, SEP, SPACE, UNKNOWN, WORD, classify } from './char-table';
import { ALL_CLUES, cluesAtLine, cluesOf, rowClues } from './topic-clues';
import type { MatcherData } from './types';

/** Folded units of a key the gate spells at least: 6 tells "Sharaa" from "Share" and "Assad" from "Assaf". */
export const GATE_UNITS = 6;
/**
 * And of a key of several words, this many units of its second word: "Security Council", "National Army",
 * "Eastern Ghouta" and "Operation Dawn" start with words every news page has (guardian-1 has all four).
 */
export const SECOND_WORD_UNITS = 3;
const NEXT = '\n';
const ALEF = 0x627;

/** How much of a key the gate keeps. */
export function gateCut(key: string): string {
  const space = key.indexOf(' ');
  return key.slice(0, space < 0 ? GATE_UNITS : Math.max(GATE_UNITS, space + 1 + SECOND_WORD_UNITS));
}

/** Build time: every key cut (gateCut), distinct and sorted, one a line. */
export function gateOf(keys: readonly string[]): string {
  return [...new Set(keys.map(gateCut))].sort().join(NEXT);
}

/** Build time: the clues (topic-clues.ts) of each line of `gateOf(data's keys)`, one unit a line. */
export function gateCluesOf(data: Pick<MatcherData, 'entities' | 'keys'>): string {
  const rows = data.keys.map(([key, e, a]): [string, number] => {
    const entity = data.entities[e]!;
    return [gateCut(key), rowClues(entity, entity.aliases[a]!)];
  });
  return cluesOf(gateOf(data.keys.map((k) => k[0])).split(NEXT), rows);
}

const classOf = (c: number): number => {
  const k = CLS[c] as number;
  return k === UNKNOWN ? classify(c) : k;
};

export interface NameGate {
  /** Whether a key's first units start at the word holding `hit` (or after its Arabic particles). */
  mayStartAt(text: string, hit: number): boolean;
  /** Where the word holding `hit` starts (the place `cluesAt` reads from). */
  wordAt(text: string, hit: number): number;
  /**
   * The clues (topic-clues.ts) of every key whose first units start at the word starting at `word`
   * (or after its Arabic particles), OR'd; 0 when none does. Every clue when the gate has none.
   */
  cluesAt(text: string, word: number): number;
}

const gates = new Map<string, Map<string | undefined, NameGate>>();

/**
 * One gate per set (the set is split on the first use: a page with no prefilter hit never does).
 * `clues` has one unit per line of `gate` (topic-clues.ts `cluesOf`).
 */
export function nameGate(gate: string, clues?: string): NameGate {
  let byClues = gates.get(gate);
  if (!byClues) gates.set(gate, (byClues = new Map()));
  let made = byClues.get(clues);
  if (!made) byClues.set(clues, (made = createGate(gate, clues)));
  return made;
}

/**
 * The gate's lines, sorted (gateOf), split once (one native call) and read in place: a spelling
 * narrows the range of lines that start with it, one binary search per unit, and stops as soon as the
 * range is empty (most words: after a unit or two). No Set or Map of 1,800 strings is built on the
 * page (~1.5 ms cold on guardian-1), and no string per spelled unit.
 */
class SortedLines {
  readonly lines: string[];
  readonly width: number;

  constructor(text: string) {
    this.lines = text.split(NEXT);
    let width = 0;
    for (const line of this.lines) if (line.length > width) width = line.length;
    this.width = width;
  }

  get n(): number {
    return this.lines.length;
  }

  /** Unit `k` of line i, or -1 past its end. */
  unit(i: number, k: number): number {
    const line = this.lines[i]!;
    return k < line.length ? line.charCodeAt(k) : -1;
  }

  /** First line in [lo, hi) whose unit k is at least `u` (lines there share their first k units). */
  lowerBound(lo: number, hi: number, k: number, u: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.unit(mid, k) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function createGate(gate: string, clues: string | undefined): NameGate {
  let lines: SortedLines | undefined;
  const starts: number[] = [];

  /**
   * Spell from `p` as the trie walk does (after an alef when `alef`); for each prefix that is a line
   * (a key's cut), `found` with its clues, until `found` says stop (then true).
   */
  const spell = (text: string, p: number, alef: boolean, found: (clues: number) => boolean): boolean => {
    const l = (lines ??= new SortedLines(gate));
    let lo = 0;
    let hi = l.n;
    let k = 0;
    let inSep = false;
    // The alef the particles elided comes first (j = p - 1 stands for it).
    for (let j = alef ? p - 1 : p; j < text.length && k < l.width; j++) {
      let u: number;
      if (j < p) u = ALEF;
      else {
        const c = text.charCodeAt(j);
        const cls = classOf(c);
        if (cls === DROPPED) continue;
        if (cls === SEP) {
          if (inSep) continue;
          inSep = true;
          u = SPACE;
        } else {
          inSep = false;
          u = FOLD[c]!;
        }
      }
      // Narrow to the lines whose unit k is u.
      lo = l.lowerBound(lo, hi, k, u);
      hi = l.lowerBound(lo, hi, k, u + 1);
      k++;
      if (lo === hi) return false;
      // The shortest line sorts first: one of exactly k units is a cut spelled whole.
      if (l.unit(lo, k) === -1 && found(clues === undefined ? ALL_CLUES : cluesAtLine(clues, lo))) return true;
    }
    return false;
  };

  /** `found` at every cut spelled from word start `w` and, in Arabic, after its particles; true when it said stop. */
  const spellWord = (text: string, w: number, found: (clues: number) => boolean): boolean => {
    if (w >= text.length) return false;
    if (spell(text, w, false, found)) return true;
    if (!isArabic(FOLD[text.charCodeAt(w)]!)) return false;
    starts.length = 0;
    particleStarts(text, w, starts);
    for (let s = 0; s < starts.length; s += 2) {
      if (spell(text, starts[s]!, starts[s + 1] === 1, found)) return true;
    }
    return false;
  };

  const stop = (): boolean => true;
  let acc = 0;
  const gather = (c: number): boolean => {
    acc |= c;
    return false;
  };

  return {
    mayStartAt: (text, hit) => spellWord(text, wordStartOf(text, hit), stop),
    wordAt: wordStartOf,
    cluesAt(text, word) {
      acc = 0;
      spellWord(text, word, gather);
      return acc;
    },
  };
}

/** Where the word holding `h` starts: back over word and dropped units, then forward to its first word unit (as the matcher). */
export function wordStartOf(text: string, h: number): number {
  let w = h;
  while (w > 0) {
    const k = classOf(text.charCodeAt(w - 1));
    if (k !== WORD && k !== DROPPED) break;
    w--;
  }
  while (w < text.length && classOf(text.charCodeAt(w)) !== WORD) w++;
  return w;
}
