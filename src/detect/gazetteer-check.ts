/**
 * A build check of the gazetteer: an alias that folds to an ordinary word of some language (a dish,
 * a verb, a given name: data/common-words.json) must say how it is told apart from that word. It is
 * `ambiguous` (never evidence alone), `cue` (needs a person cue), `commonIn` that language (dropped in
 * text of that language), or it has senses (data/common-senses.json: read against the words around it).
 * Collisions between entities are checked by the corpus compiler (an alias has one owner unless all
 * owners mark it ambiguous). Not part of the content script: only the build and the tests import it.
 */
import words from './data/common-words.json';
import { foldKey } from '../model/fold';
import type { Alias, Entity } from '../model/corpus-types';
import { commonAliasOf } from './common-senses';

export interface CommonWordCollision {
  entity: string;
  alias: Alias;
  /** The languages in which the alias is an ordinary word. */
  langs: string[];
}

let byWord: Map<string, string[]> | undefined;

/** The languages in which `text` (folded as an alias key) is an ordinary word. */
export function commonWordLanguages(text: string): string[] {
  if (!byWord) {
    byWord = new Map();
    for (const [lang, list] of Object.entries(words as Record<string, string | string[]>)) {
      if (lang.startsWith('$') || !Array.isArray(list)) continue;
      for (const w of list) {
        const k = foldKey(w);
        byWord.set(k, [...(byWord.get(k) ?? []), lang]);
      }
    }
  }
  return byWord.get(foldKey(text)) ?? [];
}

/** Aliases that are ordinary words and say nothing of it. */
export function commonWordCollisions(entities: readonly Pick<Entity, 'id' | 'aliases'>[]): CommonWordCollision[] {
  const out: CommonWordCollision[] = [];
  for (const e of entities) {
    for (const a of e.aliases) {
      // Acronyms match in capitals only (compile.ts UPPER_ONLY): "SANA" is never the name Sana.
      if (/^[A-Z]{2,5}$/.test(a.text) && !commonAliasOf(e.id, a.text)) continue;
      const langs = commonWordLanguages(a.text);
      if (langs.length === 0 || a.ambiguous || a.cue || commonAliasOf(e.id, a.text)) continue;
      const unguarded = langs.filter((l) => !a.commonIn?.includes(l));
      if (unguarded.length > 0) out.push({ entity: e.id, alias: a, langs: unguarded });
    }
  }
  return out;
}
