import type { ExtractedArticle } from '../../model/user-article';

/** The page as the extension read it (src/extract), before the reader corrected anything. */
export interface PageInput {
  url: string;
  title?: string;
  outlet?: string;
  date?: string;
  language?: string;
  text: string;
  /** The extractor's judgement that the page is an article, not a front page or a list. */
  looksLikeArticle: boolean;
}

/**
 * What the comparison needs of an extracted article; the rest (authors, captions, where each field came from)
 * stays with the extractor. The side panel and `npx backstory context` both read a page through this.
 */
export function pageInputOf(article: ExtractedArticle): PageInput {
  const page: PageInput = { url: article.url, text: article.text, looksLikeArticle: article.looksLikeArticle };
  if (article.title) page.title = article.title;
  if (article.outlet) page.outlet = article.outlet;
  if (article.date) page.date = article.date;
  if (article.language) page.language = article.language;
  return page;
}
