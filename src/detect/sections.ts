/**
 * A page's text cut into sections, for pages that are about several things: a news digest, a
 * press-conference transcript, a live blog, a "most read" list. The collected text has one block
 * (paragraph, heading, list item) per line; a short line that does not end a sentence (a headline, a
 * subhead, a timestamp, an item of a list of links) starts a new section, and the paragraphs after
 * it belong to it.
 */

import { labels } from './data/section-markers.json';

/** Longest line, in UTF-16 units, still read as a heading. */
export const HEADING_MAX = 120;

/**
 * Characters that end a sentence: a line ending in one is a paragraph, not a heading. Not "?": a
 * short question on a line of its own opens a section ("What about the bases in Syria?").
 */
const SENTENCE_END = /[.!…;:,"»”’)\]؛。]$/;

/** A question or a speaker's turn ("Q:", "Вопрос:", "سؤال:") opens a section whatever its length. */
const TURN = new RegExp(`^(?:${labels.join('|')})\\s*:`, 'iu');

/** Where each section starts (the first is 0), in text order. */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    if (line !== '') {
      const heading = (line.length <= HEADING_MAX && !SENTENCE_END.test(line)) || TURN.test(line);
      // Each heading starts a section: consecutive ones ("most read" lists) are one-line sections.
      if (heading && from > 0) starts.push(from);
    }
    from = to + 1;
  }
  return starts;
}
