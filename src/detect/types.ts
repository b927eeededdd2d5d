import type { MatcherEntity } from '../corpus/types';

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
  format: 1;
  entities: MatcherEntity[];
  /** One row per alias: [folded key, entity index, alias index within the entity, flags (see compile.ts)]. */
  keys: Array<[key: string, entity: number, alias: number, flags: number]>;
}
