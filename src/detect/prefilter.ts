/**
 * The matcher's prefilter: regular expressions, written at build time, whose hits are every place an
 * alias could start, so a page's first scan runs in the browser's native regex engine instead of a
 * cold JavaScript loop over every character.
 *
 * Why: the trie walk is fast once V8 has optimised it (0.3 ms for 50 K units), but a content script
 * runs it once per page, cold: the first `findAll` over yahoo-2's 52 K units took 5–8 ms in the
 * interpreter (Node; 4–25 ms in the browser). The regexes scan at native speed from the first call
 * (~1.5 ms there, compiling included), and the JavaScript walk runs only for the few words they hit.
 *
 * The hits are a superset by construction (unit tests check findAll with and without them gives the
 * same mentions on random text): for each alias key, its first WINDOW folded units, each as the class
 * of every code unit that folds to it, a separator class for a space. A dropped unit (harakat, soft
 * hyphen, combining accent) between two letters would break a window, so any dropped unit is a hit
 * of its own, sending its word to the walk. An Arabic key may start after attached particles, inside
 * a word, so Arabic windows have no word-start condition, and a key that starts with the article
 * "ال" is also found from its lam ("للأسد" is "ل" + "الأسد" with the alef elided). Other windows must
 * not follow an ASCII, Latin or Cyrillic letter (always word characters: never a word start there).
 * How the windows are split into passes, and why, is at `prefilterPasses`.
 */
import { DROPPED, FOLD, SEP, SPACE, classify } from './char-table';
import type { PrefilterPass } from './types';

/** Folded units of a key the window spells: 4 rules out "when", "most" and "later" for "wheat", "Moscow" and "Latakia". */
export const WINDOW = 4;

const ALEF = 0x627;
const LAM = 0x644;

/**
 * Letters that are word characters in every table: a place right after one of them is mid-word.
 * (A unit test checks every unit in it classifies as a word character.)
 */
export const NOT_AFTER_CLASS = '[0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u0481\\u048A-\\u04FF\\u1E00-\\u1EFF]';
const NOT_AFTER = `(?<!${NOT_AFTER_CLASS})`;
/** Latin letters with diacritics: the superset class any ASCII letter's fold class includes. */
const LATIN_EXTENDED: Array<[number, number]> = [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
];

interface Inverse {
  /** Every code unit that folds to a given folded unit (outside LATIN_EXTENDED for ASCII letters). */
  units: Map<number, number[]>;
  dropped: number[];
  separators: number[];
}

let inverse: Inverse | undefined;

const inLatinExtended = (u: number): boolean => LATIN_EXTENDED.some(([a, b]) => u >= a && u <= b);
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** The fold table read backwards, once per process (all 64 Ki units: ~0.2 s, build time only). */
function inverseTable(): Inverse {
  if (inverse) return inverse;
  const units = new Map<number, number[]>();
  const dropped: number[] = [];
  const separators: number[] = [];
  for (let u = 0; u < 0x10000; u++) {
    const cls = classify(u);
    if (cls === DROPPED) dropped.push(u);
    else if (cls === SEP) separators.push(u);
    else {
      const f = FOLD[u]!;
      if (isAsciiLetter(f) && inLatinExtended(u)) continue;
      const list = units.get(f);
      if (list) list.push(u);
      else units.set(f, [u]);
    }
  }
  inverse = { units, dropped, separators };
  return inverse;
}

/**
 * A unit inside a character class: as itself where that is safe (the pattern is several times
 * shorter, so it compiles faster), escaped where it would end or change the class or the source.
 */
const inClass = (u: number): string =>
  u < 0x20 || u === 0x7f || (u >= 0xd800 && u <= 0xdfff) || u === 0x2028 || u === 0x2029 || u === 0x5c || u === 0x5d || u === 0x5e || u === 0x2d
    ? `\\u${u.toString(16).padStart(4, '0')}`
    : String.fromCharCode(u);

/** Sorted units (plus whole ranges) as the inside of a character class. */
function classBody(units: number[], ranges: Array<[number, number]> = []): string {
  const all: Array<[number, number]> = [...ranges];
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    all.push([sorted[i]!, sorted[j]!]);
    i = j + 1;
  }
  return all.map(([a, b]) => (a === b ? inClass(a) : b === a + 1 ? inClass(a) + inClass(b) : `${inClass(a)}-${inClass(b)}`)).join('');
}

/** Units of the text that the walk reads as folded unit `c` (a superset for ASCII letters). */
function unitsFor(c: number): { units: number[]; ranges: Array<[number, number]> } {
  const table = inverseTable();
  if (c === SPACE) return { units: table.separators, ranges: [] };
  return { units: table.units.get(c) ?? [], ranges: isAsciiLetter(c) ? LATIN_EXTENDED : [] };
}

interface WindowNode {
  next: Map<number, WindowNode>;
  /** A window ends here: longer windows through this node find nothing it does not, so they are dropped. */
  end: boolean;
}

interface Classes {
  dropped: string;
  separators: string;
  /** The class of a window's first unit (narrower than `unitsFor` in the ASCII pass). */
  first: (c: number) => string;
}

/**
 * One level of the window trie as a pattern: first units as classes, the rest nested. Dropped units
 * between letters are left to the dropped-unit pass (see prefilterPasses), except in the words after
 * a window's first space: that pass would point at the later word, not the first.
 */
function emit(node: WindowNode, k: Classes, depth = 0, afterSpace = false): string {
  const branches: string[] = [];
  const leaves: number[] = [];
  let leafRanges = false;
  for (const [c, child] of node.next) {
    if (depth > 0 && child.next.size === 0 && c !== SPACE) {
      const { units, ranges } = unitsFor(c);
      leaves.push(...units);
      leafRanges ||= ranges.length > 0;
      continue;
    }
    const { units, ranges } = unitsFor(c);
    const head =
      c === SPACE ? `[${k.separators}][${k.separators}${k.dropped}]*` : depth === 0 ? `[${k.first(c)}]` : `[${classBody(units, ranges)}]`;
    const spaced = afterSpace || c === SPACE;
    const tail = child.next.size === 0 ? '' : `${spaced && c !== SPACE ? `[${k.dropped}]*` : ''}${emit(child, k, depth + 1, spaced)}`;
    branches.push(head + tail);
  }
  // Last units of windows that end here share one class: a little wider, much shorter.
  if (leaves.length > 0) branches.unshift(`[${classBody(leaves, leafRanges ? LATIN_EXTENDED : [])}]`);
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

function addWindow(root: WindowNode, key: string, from: number): void {
  let node = root;
  for (let i = from; i < Math.min(key.length, from + WINDOW); i++) {
    if (node.end) return;
    const c = key.charCodeAt(i);
    let next = node.next.get(c);
    if (!next) node.next.set(c, (next = { next: new Map(), end: false }));
    node = next;
  }
  node.end = true;
  node.next.clear();
}

const newNode = (): WindowNode => ({ next: new Map(), end: false });

/**
 * The prefilter as passes, each one regex (flags `g`, no `u`: the classes are UTF-16 units, as the
 * matcher's tables are), whose hits together are every place one of these folded keys may start.
 *
 * Why several: irregexp skips quickly through text only while every first unit a pattern can start
 * with is ASCII (1 ns a unit); one non-ASCII unit among them (Cyrillic, Arabic, "Ḥ") and it tries
 * the whole pattern at every position (20–50 ns). So ASCII-initial windows get a pass of their own,
 * each other script gets a pass that runs only when the text has its letters (`when`), names that
 * start with a non-ASCII Latin letter are found by their initial alone, and so are dropped units.
 */
export function prefilterPasses(keys: readonly string[]): PrefilterPass[] {
  const table = inverseTable();
  const dropped = classBody(table.dropped);
  const separators = classBody(table.separators);
  const ascii = newNode();
  const scripts = new Map<number, WindowNode>();
  for (const key of keys) {
    if (key === '') continue;
    const first = key.charCodeAt(0);
    if (first < 0x80) {
      addWindow(ascii, key, 0);
      continue;
    }
    const block = first >> 8;
    if (!scripts.has(block)) scripts.set(block, newNode());
    const root = scripts.get(block)!;
    addWindow(root, key, 0);
    if (first === ALEF && key.charCodeAt(1) === LAM && key.length > 2) addWindow(root, key, 1);
  }
  const passes: PrefilterPass[] = [];
  if (ascii.next.size > 0) {
    const first = (c: number): string => classBody(unitsFor(c).units.filter((u) => u < 0x80));
    passes.push({ source: NOT_AFTER + emit(ascii, { dropped, separators, first }) });
    // Their other initials ("Ḥmeimim", "Ṭarṭūs", the Kelvin sign for K) start a word on their own.
    const initials: number[] = [];
    let ranges = false;
    for (const c of ascii.next.keys()) {
      const u = unitsFor(c);
      initials.push(...u.units.filter((x) => x >= 0x80));
      ranges ||= u.ranges.length > 0;
    }
    if (initials.length > 0 || ranges) passes.push({ source: `${NOT_AFTER}[${classBody(initials, ranges ? LATIN_EXTENDED : [])}]` });
  }
  for (const [block, root] of scripts) {
    const firstUnits = [...root.next.keys()].flatMap((c) => unitsFor(c).units);
    const first = (c: number): string => classBody(unitsFor(c).units);
    // Arabic names may follow attached particles inside a word: no word-start condition there.
    const lead = block === ALEF >> 8 ? '' : NOT_AFTER;
    passes.push({ when: `[${classBody(firstUnits)}]`, source: lead + emit(root, { dropped, separators, first }) });
  }
  // Any dropped unit sends its word to the matcher: a name written with a soft hyphen or harakat
  // inside its first letters is still found, without a dropped-unit class between every two letters
  // of every window (which made the pattern four times longer).
  if (passes.length > 0) passes.push({ source: `[${dropped}]` });
  return passes;
}
