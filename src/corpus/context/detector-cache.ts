import type { Mention } from '../../detect/types';
import { corpusDetector, type FindMentions, type MentionDetector } from '../../compiler';

/** Texts whose mentions are kept: the page (its corpus articles' are kept by the compile's per-article cache). */
const REMEMBERED_TEXTS = 8;

let cached: { gazetteer: string; find: FindMentions } | undefined;

/**
 * The content script's detector for the shipped gazetteer, built once per gazetteer text: the side panel compiles
 * a page with each read, and building the matcher anew each time cost as much as reading a long page. Its
 * mentions are remembered by text: one read scans the page three times (its names, the compile, the fact
 * reader) and the corpus articles compiled with it are mostly the same from one page to the next.
 */
export function cachedDetector(gazetteerText: string): MentionDetector {
  return (entities) => {
    if (cached?.gazetteer !== gazetteerText) cached = { gazetteer: gazetteerText, find: rememberingFinder(corpusDetector(entities)) };
    return cached.find;
  };
}

/** `find`, answering a text it read recently from memory (a copy of the list; the mentions are not changed by callers). */
export function rememberingFinder(find: FindMentions, size = REMEMBERED_TEXTS): FindMentions {
  const known = new Map<string, Mention[]>();
  return (text) => {
    let mentions = known.get(text);
    if (mentions) known.delete(text);
    else mentions = find(text);
    known.set(text, mentions);
    if (known.size > size) known.delete(known.keys().next().value!);
    return mentions.slice();
  };
}
