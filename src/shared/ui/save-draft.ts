import * as v from 'valibot';
import { ARTICLE_LIMITS, articleInputSchema, type ArticleInput, type ExtractedArticle } from '../../model/user-article';
import { articleFieldErrors, fieldsToChanges, type ArticleFieldErrors, type ArticleFields } from './article-fields';

/** How much of the text the preview shows: enough to see it is the article, not a cookie notice. */
export const EXCERPT_CHARS = 300;

/** The form's starting values: what the page gave, empty where it gave nothing (never a guess). */
export function fieldsFromExtracted(article: ExtractedArticle): ArticleFields {
  return { title: article.title ?? '', outlet: article.outlet ?? '', date: article.date ?? '', author: article.author ?? '' };
}

export interface SaveWarnings {
  /** The text's length when it is short enough to be a teaser, else null. */
  shortText: number | null;
  notArticle: boolean;
  missingDate: boolean;
  missingOutlet: boolean;
}

export function saveWarnings(article: ExtractedArticle): SaveWarnings {
  return {
    shortText: article.text.length < ARTICLE_LIMITS.shortTextChars ? article.text.length : null,
    notArticle: !article.looksLikeArticle,
    missingDate: !article.date,
    missingOutlet: !article.outlet,
  };
}

/** The beginning of the text, cut at a space, with "…" when there is more. */
export function textExcerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, space > max / 2 ? space : max)} …`;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export type SaveCheck = { ok: true; article: ArticleInput } | { ok: false; fields: ArticleFieldErrors; page: 'url' | 'text' | null };

/**
 * The article to send, checked whole by `articleInputSchema` before it leaves the popup: field problems
 * go beside their fields; a problem with what the reader cannot edit (the address, the text) is the page's.
 * A language tag the schema would refuse is left out rather than blocking the save.
 */
export function checkSave(article: ExtractedArticle, fields: ArticleFields): SaveCheck {
  const fieldProblems = articleFieldErrors(fields);
  const changes = fieldsToChanges(fields);
  // The page's date kept as it was is the page's; any other is the reader's (the page gave none, or they corrected it).
  const dateSource = article.date !== undefined && changes.date === article.date ? 'page' : 'reader';
  const input: Record<string, unknown> = { url: article.url, ...changes, dateSource, text: article.text };
  if (article.language && LANGUAGE_TAG.test(article.language)) input.language = article.language;
  const result = v.safeParse(articleInputSchema, input);
  if (result.success && Object.keys(fieldProblems).length === 0) return { ok: true, article: result.output };
  let page: 'url' | 'text' | null = null;
  for (const issue of result.issues ?? []) {
    const key = issue.path?.[0]?.key;
    if (key === 'url' || key === 'text') page ??= key;
  }
  return { ok: false, fields: fieldProblems, page };
}
