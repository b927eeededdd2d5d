import { isIsoDay } from '../model/user-article';
import type { Found } from './clean-text';
import { findPrintedDate } from './date/printed-date';
import { findArticleTime, findStructuredDate, findWeakMetaDate } from './date/structured-date';
import { dayInUrl } from './date/url-date';
import type { JsonLd } from './json-ld';
import type { MetaTags } from './meta-tags';

/**
 * The day the article was published, YYYY-MM-DD, as the publisher wrote it. Only a string that starts
 * with a real ISO day counts; anything else ("Jan 13", "yesterday") is left absent rather than guessed.
 */
export function isoDayOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?![\d])/.exec(raw)?.[1];
  return day !== undefined && isIsoDay(day) ? day : undefined;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The publication day, from the most deliberate source to the least, each trusted only as far as it
 * deserves (date/): the structured date the page gives machines for its article, then the date printed in
 * its header or byline, then generic date tags, then its address. Two rules between them:
 * - a UTC timestamp ("2023-11-09T01:49:09Z") of an evening story in America is the next day in UTC; when
 *   the page prints the day before, that printed local day is the one its readers saw and cite;
 * - a date found nowhere trustworthy stays empty, for the reader to fill in: a wrong date is worse than none.
 */
export function findPublicationDate(doc: Document, ld: JsonLd, meta: MetaTags, pageUrl: string, language: string | undefined, reference = new Date()): Found | undefined {
  const structured = findStructuredDate(doc, ld, meta) ?? findArticleTime(doc);
  if (structured && !structured.utc) return { value: structured.day, from: structured.from };
  const printed = findPrintedDate(doc, language, reference);
  if (structured) {
    return printed === dayBefore(structured.day) ? { value: printed, from: 'text' } : { value: structured.day, from: structured.from };
  }
  if (printed) return { value: printed, from: 'text' };
  const weak = findWeakMetaDate(meta);
  if (weak) return { value: weak.day, from: weak.from };
  const inUrl = dayInUrl(pageUrl);
  return inUrl ? { value: inUrl, from: 'url' } : undefined;
}
