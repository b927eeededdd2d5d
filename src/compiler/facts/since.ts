import { allMatches, languageOf, lexicon } from './lexicon';

/**
 * The parts of a sentence a "since" word opens, up to the next punctuation: "since the fall of Assad",
 * "three weeks after the talks", "منذ سقوط نظام الأسد", "с момента падения режима". A time or an event named
 * there is a starting point or a distance, not when the sentence's act happened. Both readers of a sentence
 * (the compiler's statements and the fact reader) ask this one function.
 */
export function sinceSpans(text: string): Array<[number, number]> {
  const low = text.toLowerCase();
  return allMatches(lexicon().since[languageOf(text)], low).map((m): [number, number] => {
    const stop = low.slice(m.end).search(/[,.;،:]/);
    return [m.index, stop < 0 ? low.length : m.end + stop];
  });
}
