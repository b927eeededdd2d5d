import type { Entity, MatcherEntity } from '../model/corpus-types';
import { charSeed, foldAliasKey } from './char-table';
import { titleConceptsOf } from './titles';
import { aliasVariants, isCommonWord } from './variants';
import { prefilterPasses } from './prefilter';
import { inflectionOf } from './russian';
import type { MatcherData } from './types';

/** Flags of a compiled alias row (`MatcherData.keys[i][3]`). */
export const AMBIGUOUS = 1;
/** Cyrillic alias ending in a consonant: a case ending may follow. */
export const INFLECT_OPTIONAL = 2;
/** Cyrillic alias whose last vowel was cut from the key: a case ending must follow. */
export const INFLECT_REQUIRED = 4;
/** Short all-capitals Latin alias ("SDF", "HTS"): matches capitals only, so "hts" in a word list does not. */
export const UPPER_ONLY = 8;

/** A spelling generated from the alias (variants.ts), not written in the gazetteer. */
export const VARIANT = 16;

const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * The part of an entity the matcher ships with the content script. `reported` false: the corpus has
 * no report on it yet (marked quietly until one is added).
 */
export function matcherEntityOf(e: Entity, reported = true): MatcherEntity {
  const m: MatcherEntity = { id: e.id, type: e.type, name: e.name, scope: e.scope, aliases: e.aliases };
  if (e.country) m.country = e.country;
  const titles = titleConceptsOf(e.description);
  if (titles.length > 0) m.titles = titles;
  if (!reported) m.unreported = true;
  return m;
}

/**
 * Turn gazetteer entities into what the content script ships. Runs at build time so the page never
 * folds aliases or writes the prefilter itself; the result is plain JSON. Aliases that fold to
 * nothing are dropped.
 */
export interface CompileOptions {
  /** Generated spellings (variants.ts); on unless a test compares against the gazetteer alone. */
  variants?: boolean;
}

export function compileMatcherData(entities: MatcherEntity[], options: CompileOptions = {}): MatcherData {
  const keys: MatcherData['keys'] = [];
  const push = (text: string, folded: string, ei: number, ai: number, ambiguous: boolean, variant = false): void => {
    const { key, inflection } = inflectionOf(folded);
    let flags = (ambiguous ? AMBIGUOUS : 0) | (variant ? VARIANT : 0);
    if (inflection === 'optional') flags |= INFLECT_OPTIONAL;
    if (inflection === 'required') flags |= INFLECT_REQUIRED;
    if (ACRONYM.test(text.replace(/[\s.-]/g, ''))) flags |= UPPER_ONLY;
    keys.push([key, ei, ai, flags]);
  };
  // Declared aliases first: a generated spelling never takes a key one of them has.
  const declared = new Set<string>();
  entities.forEach((entity, ei) => {
    entity.aliases.forEach((alias, ai) => {
      const folded = foldAliasKey(alias.text);
      if (folded === '') return;
      declared.add(folded);
      push(alias.text, folded, ei, ai, alias.ambiguous === true);
    });
  });
  if (options.variants !== false) {
    entities.forEach((entity, ei) => {
      entity.aliases.forEach((alias, ai) => {
        for (const v of aliasVariants(alias, entity)) {
          const folded = foldAliasKey(v);
          if (folded === '' || declared.has(folded) || isCommonWord(folded)) continue;
          declared.add(folded);
          push(v, folded, ei, ai, alias.ambiguous === true, true);
        }
      });
    });
  }
  // In code-unit order, as the page builds its trie (trie.ts); with one key shared by two entities,
  // the unambiguous reading first, so it wins. (Array sort is stable: gazetteer order breaks ties.)
  const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  keys.sort((a, b) => byUnits(a[0], b[0]) || (a[3] & AMBIGUOUS) - (b[3] & AMBIGUOUS));
  return {
    format: 2,
    entities: entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a })) })),
    keys,
    prefilter: prefilterPasses(keys.map((k) => k[0])),
    chars: charSeed(),
  };
}
