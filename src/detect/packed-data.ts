/**
 * The matcher data as the content script and the reader page ship it: packed, then unpacked once at start.
 *
 * Most of `MatcherData.keys` repeats what `entities` already holds: a declared alias's key is its text folded
 * (char-table.ts) with its Russian ending cut (russian.ts), which the page computes from the seeded tables in
 * well under a millisecond. So the pack keeps, per row in the build's sorted order, only three numbers
 * (entity, alias, flags) as three units of one string, and for the generated spellings (variants.ts, about
 * half the rows) the difference from their alias's own key: units kept at the start and at the end, and what
 * lies between. Measured with the 179-entity gazetteer (1,865 rows): `keys` was 49.5 KB of JSON, 14.1 KB
 * gzip; packed it is a fraction of that (test/unit/detect/packed-data.test.ts prints the figures).
 *
 * The build unpacks what it packed and refuses to ship data that does not come back the same.
 */
import { foldAliasKey, seedCharTable } from './char-table';
import { VARIANT } from './compile';
import { gateCluesOf, gateOf } from './name-gate';
import { inflectionOf } from './russian';
import type { MatcherData, MatcherNames, MatcherProbe, PackedMatcherData } from './types';

/** Numbers become units from here on: readable digits for small values, never a control character. */
const BASE = 0x30;
/** Between two variant differences: folded keys hold no line break (separators fold to a space). */
const NEXT = '\n';

const unit = (n: number): string => {
  if (!Number.isInteger(n) || n < 0 || n + BASE >= 0xd800) throw new Error(`matcher data: ${n} does not fit one unit`);
  return String.fromCharCode(BASE + n);
};

/** The key a declared alias folds to: what the build computed with compile.ts. */
const declaredKey = (data: Pick<MatcherData, 'entities'>, entity: number, alias: number): string =>
  inflectionOf(foldAliasKey(data.entities[entity]!.aliases[alias]!.text)).key;

/** Build time: `data` as it ships. Throws when the page would not get the same data back. */
export function packMatcherData(data: MatcherData): PackedMatcherData {
  let rows = '';
  const variants: string[] = [];
  for (const [key, entity, alias, flags] of data.keys) {
    rows += unit(entity) + unit(alias) + unit(flags);
    const base = declaredKey(data, entity, alias);
    if (flags & VARIANT) variants.push(difference(base, key));
    else if (base !== key) throw new Error(`matcher data: the key of "${data.entities[entity]!.aliases[alias]!.text}" is not its folded text`);
  }
  const packed: PackedMatcherData = { format: 3, entities: data.entities, rows, variants: variants.join(NEXT), prefilter: data.prefilter, chars: data.chars };
  const back = unpackMatcherData(packed).keys;
  if (back.length !== data.keys.length || back.some((row, i) => row.some((v, j) => v !== data.keys[i]![j]))) {
    throw new Error('matcher data: the packed keys do not unpack to the same keys');
  }
  return packed;
}

/**
 * On the page: the data the matcher and gating read. Seeds the character tables (it folds with them). The
 * keys are unpacked the first time they are read: the matcher reads them only once its prefilter hits, so a
 * page that names nothing never folds an alias.
 */
export function unpackMatcherData(packed: PackedMatcherData): MatcherData {
  seedCharTable(packed.chars);
  let keys: MatcherData['keys'] | undefined;
  return {
    format: 2,
    entities: packed.entities,
    get keys() {
      return (keys ??= unpackKeys(packed));
    },
    prefilter: packed.prefilter,
    chars: packed.chars,
  };
}

function unpackKeys(packed: PackedMatcherData): MatcherData['keys'] {
  const variants = packed.variants === '' ? [] : packed.variants.split(NEXT);
  const keys: MatcherData['keys'] = [];
  // An alias's variants sit beside it in the rows' order only by chance: fold each alias once.
  const folded = new Map<number, string>();
  let v = 0;
  for (let i = 0; i + 2 < packed.rows.length; i += 3) {
    const entity = packed.rows.charCodeAt(i) - BASE;
    const alias = packed.rows.charCodeAt(i + 1) - BASE;
    const flags = packed.rows.charCodeAt(i + 2) - BASE;
    const id = entity * 0x10000 + alias;
    let base = folded.get(id);
    if (base === undefined) folded.set(id, (base = declaredKey(packed, entity, alias)));
    keys.push([flags & VARIANT ? applyDifference(base, variants[v++] ?? '') : base, entity, alias, flags]);
  }
  return keys;
}

/** `key` as an edit of `base`: units kept from its start, units kept from its end, and the units between. */
function difference(base: string, key: string): string {
  let head = 0;
  const most = Math.min(base.length, key.length);
  while (head < most && base.charCodeAt(head) === key.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < most - head && base.charCodeAt(base.length - 1 - tail) === key.charCodeAt(key.length - 1 - tail)) tail++;
  const middle = key.slice(head, key.length - tail);
  if (middle.includes(NEXT)) throw new Error(`matcher data: a key holds a line break: ${JSON.stringify(key)}`);
  return unit(head) + unit(tail) + middle;
}

function applyDifference(base: string, diff: string): string {
  const head = diff.charCodeAt(0) - BASE;
  const tail = diff.charCodeAt(1) - BASE;
  return base.slice(0, head) + diff.slice(2) + base.slice(base.length - tail);
}

/** Build time: the packed data in its two halves, what every page embeds and what only a page naming something asks for. */
export function splitPackedMatcherData(packed: PackedMatcherData): { probe: MatcherProbe; names: MatcherNames } {
  const { prefilter, chars, ...names } = packed;
  const data = unpackMatcherData(packed);
  return { probe: { prefilter, chars, gate: gateOf(data.keys.map((k) => k[0])), clues: gateCluesOf(data) }, names };
}

/** On the page: the two halves together again, unpacked. The prefilter keeps its identity (prefilter-scan.ts reuses its regexes). */
export function joinMatcherData(probe: MatcherProbe, names: MatcherNames): MatcherData {
  return unpackMatcherData({ ...names, prefilter: probe.prefilter, chars: probe.chars });
}
