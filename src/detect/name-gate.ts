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

function createGate(gate: string, clues: string | undefined): NameGate {
  /** Each cut, with its line's clues. */
  let cuts: Map<string, number> | undefined;
  let longest = 0;
  const starts: number[] = [];

  /**
   * Spell from `p` as the trie walk does; for each prefix that is a key's cut, `found` with its clues,
   * until `found` says stop (then true).
   */
  const spell = (text: string, p: number, spelled: string, found: (clues: number) => boolean): boolean => {
    if (!cuts) {
      cuts = new Map(gate.split(NEXT).map((cut, i) => [cut, clues === undefined ? ALL_CLUES : cluesAtLine(clues, i)]));
      for (const cut of cuts.keys()) longest = Math.max(longest, cut.length);
    }
    const map = cuts;
    let s = spelled;
    let inSep = false;
    for (let j = p; j < text.length && s.length < longest; j++) {
      const c = text.charCodeAt(j);
      const k = classOf(c);
      if (k === DROPPED) continue;
      if (k === SEP) {
        if (inSep) continue;
        inSep = true;
        s += String.fromCharCode(SPACE);
      } else {
        inSep = false;
        s += String.fromCharCode(FOLD[c]!);
      }
      const hit = map.get(s);
      if (hit !== undefined && found(hit)) return true;
    }
    return false;
  };

  /** `found` at every cut spelled from word start `w` and, in Arabic, after its particles; true when it said stop. */
  const spellWord = (text: string, w: number, found: (clues: number) => boolean): boolean => {
    if (w >= text.length) return false;
    if (spell(text, w, '', found)) return true;
    if (!isArabic(FOLD[text.charCodeAt(w)]!)) return false;
    starts.length = 0;
    particleStarts(text, w, starts);
    for (let s = 0; s < starts.length; s += 2) {
      if (spell(text, starts[s]!, starts[s + 1] === 1 ? String.fromCharCode(ALEF) : '', found)) return true;
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
