import { type SearchIndex, outletKeyOf } from './search-index';
import type { SearchFilters } from './types';

/**
 * A score per passage that remembers which passages it touched, so clearing costs the hits, not the
 * corpus: a query on 100,000 passages touches a few thousand.
 */
export class SparseScores {
  private readonly values: Float64Array;
  private readonly seen: Uint8Array;
  /** Touched passages, preallocated: a growing array per query would keep the collector busy. */
  private readonly touched: Int32Array;
  private count = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }

  add(d: number, v: number, keepMax: boolean): void {
    if (this.seen[d] === 0) {
      this.seen[d] = 1;
      this.touched[this.count++] = d;
      this.values[d] = v;
    } else if (keepMax) {
      if (v > (this.values[d] as number)) this.values[d] = v;
    } else this.values[d] = (this.values[d] as number) + v;
  }

  get(d: number): number {
    return this.values[d] as number;
  }

  get size(): number {
    return this.count;
  }

  /** The i-th touched passage (0 ≤ i < size). */
  at(i: number): number {
    return this.touched[i] as number;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) {
      const d = this.touched[i] as number;
      this.values[d] = 0;
      this.seen[d] = 0;
    }
    this.count = 0;
  }
}

export interface Scratch {
  word: SparseScores;
  entity: SparseScores;
  total: SparseScores;
  /** Per passage: counted for the current unit (see score-units.ts), and the passages so flagged. */
  flag: Uint8Array;
  flagged: Int32Array;
  /** Per passage: how many query units it matched (coordination factor). */
  matched: Uint8Array;
}

// One set of buffers per index, reused by every query: JavaScript runs one query at a time.
const scratches = new WeakMap<SearchIndex, Scratch>();

export function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.passages.length;
    s = {
      word: new SparseScores(n),
      flag: new Uint8Array(n),
      flagged: new Int32Array(n),
      entity: new SparseScores(n),
      total: new SparseScores(n),
      matched: new Uint8Array(n),
    };
    scratches.set(index, s);
  }
  return s;
}

/** Whether an ascending list of passages holds `d` (binary search). */
function hasDoc(list: Int32Array | undefined, d: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < d) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === d;
}

/** A predicate for the filters, or undefined when there are none. */
export function makeFilter(index: SearchIndex, f: SearchFilters | undefined): ((d: number) => boolean) | undefined {
  // Passages an update removed are never answered.
  const dead = index.live < index.passages.length ? index.dead : undefined;
  if (!f || (!f.entityId && !f.outlet && !f.from && !f.to)) return dead && ((d) => dead[d] === 0);
  const outlet = f.outlet ? outletKeyOf(f.outlet) : undefined;
  const entity = f.entityId;
  return (d) => {
    if (dead && dead[d] !== 0) return false;
    if (outlet !== undefined && index.outletKey[d] !== outlet) return false;
    const date = index.date[d] ?? '';
    // Dates are ISO, so string order is date order; a bare "2025" bound compares by prefix.
    if (f.from && date.slice(0, f.from.length) < f.from) return false;
    if (f.to && date.slice(0, f.to.length) > f.to) return false;
    if (entity && !hasDoc(index.entityDocs.get(entity), d)) return false;
    return true;
  };
}

/**
 * The best `limit` passages as [passage, score], best first, ties in corpus order so results are
 * deterministic. Scores are scaled by the share of query units a passage matched, so passages that
 * match every word rank first. Keeps a small sorted array instead of sorting every hit.
 */
export function collectTop(
  s: Scratch,
  units: number,
  limit: number,
  accept: ((d: number) => boolean) | undefined,
): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  if (limit === 0) return top;
  const total = s.total;
  for (let i = 0; i < total.size; i++) {
    const d = total.at(i);
    // One unit: nothing to coordinate (and `matched` is not kept).
    const score = units === 1 ? total.get(d) : (total.get(d) * (s.matched[d] as number)) / units;
    if (top.length === limit) {
      // Most hits lose to the current worst: reject them before allocating anything.
      const worst = top[limit - 1] as [number, number];
      if (score < worst[1] || (score === worst[1] && d > worst[0])) continue;
    }
    if (accept && !accept(d)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = top[mid] as [number, number];
      if (m[1] > score || (m[1] === score && m[0] < d)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, [d, score]);
    if (top.length > limit) top.pop();
  }
  return top;
}
