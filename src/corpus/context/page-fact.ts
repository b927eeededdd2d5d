import type { ClaimFact, Entity, Lang } from '../../model/corpus-types';
import type { Fact } from '../../model/fact';
import { localNames } from '../local-names';

/**
 * The fact the page's sentence states, as a line of the panel carries it: its slots and the names of the entities
 * it names in each language, so the panel writes the claim in the reader's language (src/corpus/fact-headline.ts)
 * while the page's sentence stays under it verbatim.
 */
export function pageClaimFact(fact: Fact, entities: ReadonlyMap<string, Entity>): ClaimFact {
  const { quote: _q, start: _s, end: _e, lang, ...slots } = fact;
  const names: ClaimFact['names'] = {};
  for (const id of [fact.who, ...fact.whom, fact.where, fact.speaker, fact.credit]) {
    const e = id ? entities.get(id) : undefined;
    if (!e || names[e.id]) continue;
    names[e.id] = { en: e.name, ...localNames(e) };
  }
  const langs: Lang[] = [lang];
  return { ...slots, names, langs };
}

/**
 * The claim's text in the page's own words: the compiler's display of a group is its first member's, which may be
 * a corpus article's sentence (in English under an Arabic page). The display is kept when it is the page's
 * sentence (a "He" resolved to "[Name]" is still the page's), else the page's sentence is the text.
 */
export function pageWords(display: string, pageQuote: string): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const quote = flat(pageQuote);
  const parts = display
    .split(/\[[^\]]*\]/)
    .map(flat)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => quote.includes(p)) ? display : pageQuote.trim();
}
