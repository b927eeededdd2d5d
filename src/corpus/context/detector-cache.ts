import type { FindMentions, MentionDetector } from '../compile/link-entities';
import { corpusDetector } from '../compile/detector';

let cached: { gazetteer: string; find: FindMentions } | undefined;

/**
 * The content script's detector for the shipped gazetteer, built once per gazetteer text: the side panel compiles
 * a page with each read, and building the matcher anew each time cost as much as reading a long page.
 */
export function cachedDetector(gazetteerText: string): MentionDetector {
  return (entities) => {
    if (cached?.gazetteer !== gazetteerText) cached = { gazetteer: gazetteerText, find: corpusDetector(entities) };
    return cached.find;
  };
}
