import type { MatcherEntity } from '../model/corpus-types';
import type { CharSeed } from './char-table';

/** A mention found in a text, with offsets into that text (UTF-16 code units, as JavaScript strings index). */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The alias (as written in the gazetteer) that matched. */
  alias: string;
}

/** Finds every alias mention in a text: sorted by start, non-overlapping, longest match wins. */
export interface Matcher {
  findAll(text: string): Mention[];
}

/**
 * What `compileMatcherData` produces at build time and the content script ships: the entities the
 * matcher and gating need, plus each alias pre-folded into its trie key. Plain JSON.
 */
export interface MatcherData {
  format: 2;
  entities: MatcherEntity[];
  /**
   * One row per alias: [folded key, entity index, alias index within the entity, flags (see compile.ts)],
   * sorted by key (in code-unit order, the order trie.ts builds from), rows with the same key unambiguous first.
   */
  keys: Array<[key: string, entity: number, alias: number, flags: number]>;
  /** The regexes whose hits are every place an alias may start (prefilter.ts). */
  prefilter: PrefilterPass[];
  /** The character tables for the scripts names are written in, classified at build time (char-table.ts). */
  chars: CharSeed;
}

/** One regex of the prefilter: its source (flags `g`), run only on text where `when` (a class) finds a unit. */
export interface PrefilterPass {
  source: string;
  when?: string;
}


/**
 * MatcherData as the bundles embed it (packed-data.ts): the keys left out where the entities give them, the
 * rows as units of one string. `unpackMatcherData` gives the MatcherData back on the page.
 */
export interface PackedMatcherData {
  format: 3;
  entities: MatcherEntity[];
  /** Three units per row of MatcherData.keys, in its order: entity, alias, flags (each + 0x30). */
  rows: string;
  /** For each row flagged VARIANT, in order, its key as an edit of its alias's own key; separated by line breaks. */
  variants: string;
  prefilter: PrefilterPass[];
  chars: CharSeed;
}

/**
 * What every page needs of the packed data to answer the cheap no: the prefilter and the character tables.
 * The content script embeds only this; the rest (`MatcherNames`) it asks the background for once the
 * prefilter hits (src/content/scan/matcher-source.ts).
 */
export type MatcherProbe = Pick<PackedMatcherData, 'prefilter' | 'chars'> & {
  /** Every key cut to its first units, for the second look at the prefilter's hits (name-gate.ts). */
  gate: string;
  /** One unit per line of `gate`: what the keys cut there could be, for the cheap topic judgement (topic-clues.ts). */
  clues: string;
};
/** The names themselves: the entities with their aliases, and the rows the keys unpack from (~19 KB gzip). */
export type MatcherNames = Omit<PackedMatcherData, 'prefilter' | 'chars'>;
