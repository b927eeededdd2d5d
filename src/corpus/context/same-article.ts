import type { Article } from '../../model/corpus-types';
import { articleContentHash } from '../../model/user-article';
import { PARAGRAPH_SEPARATOR } from '../../compiler';

/** Share of a corpus article's paragraphs the page must hold, word for word, for the page to be that article. */
const SAME_SHARE = 0.8;

const paragraphsOf = (text: string): string[] =>
  text
    .split(PARAGRAPH_SEPARATOR)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

/**
 * The corpus articles that are the page itself: the same text, or (a shipped article served as a page, which
 * the extractor reads with its headline, sub-headings and captions) nearly all of its paragraphs word for word.
 * Such an article is never the page's own source.
 */
export function articlesThatArePage(pageText: string, pageHash: string, articles: readonly Article[]): Article[] {
  const page = new Set(paragraphsOf(pageText));
  return articles.filter((a) => {
    if (articleContentHash(a.text) === pageHash) return true;
    const own = paragraphsOf(a.text);
    return own.length > 0 && own.filter((p) => page.has(p)).length >= SAME_SHARE * own.length;
  });
}
