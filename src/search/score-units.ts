import type { AliasMatch } from './alias-table';
import type { Expansion } from './expand';
import type { Scratch, SparseScores } from './scoring';
import { K1, type SearchIndex } from './search-index';

/** The query split into scoring units: an entity name (one or more words) or one free word. */
export interface Unit {
  words: number[];
  alias?: AliasMatch;
}

/** A passage linked to a named entity outranks one that merely contains a similar word. */
const ENTITY_BOOST = 1.6;
const ALIAS_KIND_WEIGHT = { exact: 1, fuzzy: 0.8, prefix: 0.6 } as const;
/** In a linked passage, the literal words of the name add a little on top of the entity score. */
const LITERAL_FACTOR = 0.3;

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25 of one term into `target`, summed; `counter` counts the hit when the term is a unit by itself. */
function addTerm(index: SearchIndex, e: Expansion, target: SparseScores, counter?: Uint8Array): void {
  const docs = index.docs[e.term] as Int32Array;
  const freqs = index.freqs[e.term] as Uint16Array;
  const norm = index.norm;
  const w = e.weight * idf(index.live, docs.length) * (K1 + 1);
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k] as number;
    const tf = freqs[k] as number;
    target.add(d, (w * tf) / (tf + (norm[d] as number)), false);
    if (counter) counter[d] = (counter[d] as number) + 1;
  }
}

/** Per-term BM25 weight of an expansion (idf, K1 + 1 and the expansion's own weight folded in). */
function termWeight(index: SearchIndex, e: Expansion): number {
  return e.weight * idf(index.live, (index.docs[e.term] as Int32Array).length) * (K1 + 1);
}

/**
 * Per-unit state while scoring one unit straight into the totals. A passage linked to the unit's
 * entities gets the entity score plus LITERAL_FACTOR × its literal words; any other passage gets its
 * literal words. `flag` marks passages already counted for this unit (1: linked, 2: literal hit) so each
 * unit counts once in `matched`. Plain methods, no closures: V8 inlines them into the posting loops.
 */
class UnitScorer {
  private flagged = 0;

  constructor(
    private readonly s: Scratch,
    private readonly count: boolean,
  ) {}

  private mark(d: number, f: number): void {
    this.s.flag[d] = f;
    this.s.flagged[this.flagged++] = d;
    if (this.count) this.s.matched[d] = (this.s.matched[d] as number) + 1;
  }

  entity(d: number, v: number): void {
    this.s.total.add(d, v, false);
    this.mark(d, 1);
  }

  literal(d: number, v: number): void {
    const f = this.s.flag[d] as number;
    if (f === 1) this.s.total.add(d, LITERAL_FACTOR * v, false);
    else {
      this.s.total.add(d, v, false);
      if (f === 0) this.mark(d, 2);
    }
  }

  done(): void {
    for (let i = 0; i < this.flagged; i++) this.s.flag[this.s.flagged[i] as number] = 0;
    this.flagged = 0;
  }
}

function scoreEntities(index: SearchIndex, alias: AliasMatch, s: Scratch, u: UnitScorer): void {
  const n = index.live;
  const norm = index.norm;
  const w = ENTITY_BOOST * ALIAS_KIND_WEIGHT[alias.kind] * (K1 + 1);
  const lists = alias.entityIds.map((id) => index.entityDocs.get(id)).filter((l) => l !== undefined);
  if (lists.length === 1) {
    const docs = lists[0] as Int32Array;
    const wi = w * idf(n, docs.length);
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number;
      u.entity(d, wi / (1 + (norm[d] as number)));
    }
    return;
  }
  // Several entities ("Tar…": the city, the naval base, the port): a passage counts its best one.
  for (const docs of lists) {
    const wi = w * idf(n, docs.length);
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number;
      s.entity.add(d, wi / (1 + (norm[d] as number)), true);
    }
  }
  for (let i = 0; i < s.entity.size; i++) {
    const d = s.entity.at(i);
    u.entity(d, s.entity.get(d));
  }
  s.entity.clear();
}

/** Literal score of one word: the best of its index terms (completions, typo neighbours) per passage. */
function scoreWord(index: SearchIndex, list: Expansion[], s: Scratch, u: UnitScorer): void {
  const norm = index.norm;
  if (list.length === 1) {
    const e = list[0] as Expansion;
    const docs = index.docs[e.term] as Int32Array;
    const freqs = index.freqs[e.term] as Uint16Array;
    const w = termWeight(index, e);
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number;
      const tf = freqs[k] as number;
      u.literal(d, (w * tf) / (tf + (norm[d] as number)));
    }
    return;
  }
  for (const e of list) {
    const docs = index.docs[e.term] as Int32Array;
    const freqs = index.freqs[e.term] as Uint16Array;
    const w = termWeight(index, e);
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as number;
      const tf = freqs[k] as number;
      s.word.add(d, (w * tf) / (tf + (norm[d] as number)), true);
    }
  }
  for (let i = 0; i < s.word.size; i++) {
    const d = s.word.at(i);
    u.literal(d, s.word.get(d));
  }
  s.word.clear();
}

/**
 * Score every passage that matches any unit into `s.total`. With several units, `s.matched` counts the
 * units each passage matched (for the coordination factor); with one unit it is left untouched. Written
 * as plain loops over typed arrays: this is where a query spends its time.
 */
export function scoreUnits(index: SearchIndex, units: Unit[], expansions: Expansion[][], s: Scratch): void {
  const count = units.length > 1;
  for (const unit of units) {
    const first = expansions[unit.words[0] as number] ?? [];
    if (!unit.alias && unit.words.length === 1 && first.length === 1) {
      // One word, one index term: its postings are unique per passage, so no flags are needed.
      addTerm(index, first[0] as Expansion, s.total, count ? s.matched : undefined);
      continue;
    }
    const u = new UnitScorer(s, count);
    if (unit.alias) scoreEntities(index, unit.alias, s, u);
    for (const wi of unit.words) scoreWord(index, expansions[wi] ?? [], s, u);
    u.done();
  }
}
