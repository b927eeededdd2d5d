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

const classOf = (c: number): number => {
  const k = CLS[c] as number;
  return k === UNKNOWN ? classify(c) : k;
};

export interface NameGate {
  /** Whether a key's first units start at the word holding `hit` (or after its Arabic particles). */
  mayStartAt(text: string, hit: number): boolean;
}

const gates = new Map<string, NameGate>();

/** One gate per set (the set is split on the first use: a page with no prefilter hit never does). */
export function nameGate(gate: string): NameGate {
  let made = gates.get(gate);
  if (!made) gates.set(gate, (made = createGate(gate)));
  return made;
}

function createGate(gate: string): NameGate {
  let cuts: Set<string> | undefined;
  let longest = 0;
  const starts: number[] = [];

  /** Spell from `p` as the trie walk does; true as soon as what is spelled is a key's cut. */
  const spells = (text: string, p: number, spelled: string): boolean => {
    if (!cuts) {
      cuts = new Set(gate.split(NEXT));
      for (const cut of cuts) longest = Math.max(longest, cut.length);
    }
    const set = cuts;
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
      if (set.has(s)) return true;
    }
    return false;
  };

  return {
    mayStartAt(text, hit) {
      const w = wordStartOf(text, hit);
      if (w >= text.length) return false;
      if (spells(text, w, '')) return true;
      if (!isArabic(FOLD[text.charCodeAt(w)]!)) return false;
      starts.length = 0;
      particleStarts(text, w, starts);
      for (let s = 0; s < starts.length; s += 2) {
        if (spells(text, starts[s]!, starts[s + 1] === 1 ? String.fromCharCode(ALEF) : '')) return true;
      }
      return false;
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
