import { isIsoDay } from '../model/user-article';
import type { Found } from './clean-text';
import { findLabelledDate, findMarkedDate, findPrintedDate } from './date/printed-date';
import { findArticleTime, findStructuredDate, findWeakMetaDate, type StructuredDay } from './date/structured-date';
import { findScriptDate } from './date/script-date';
import { findTitleDate } from './date/title-date';
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

/**
 * The publication day. Sources (date/): the structured date the page gives machines for its article, the
 * date printed in its header or byline, generic date tags, the day in its address. Which one wins was
 * measured on htmldate's 800 evaluation pages (test/bench/extract-suites-bench.ts):
 * - the printed date over a structured one that disagrees: the structured one is more often a CMS's
 *   creation or import date, the printed one what readers see and cite. Among them, a UTC timestamp
 *   ("2023-11-09T01:49:09Z") of an evening story in America is the next day in UTC: the local day printed wins;
 * - a whole day in the address over both: it is written once, when the article is published; but not when
 *   they agree with each other (the address keeps the day the story was filed, "/2020/02/18/", or a slug's
 *   number looks like a day, "/2023/10/3-fragen-an-…");
 * - but not when the printed day is the structured one with day and month swapped ("02/11/2023" read in the
 *   wrong order): the machine's ISO date has no order to get wrong. Nor when a publication `<meta>` tag
 *   (article:published_time, og:published_time, ...) is more than a day away: those are written once, at
 *   publication, while the printed date near the heading is then more often a comment's, an event's or
 *   an update's. (JSON-LD, filled in by SEO plugins from the last edit as often, does not outweigh it.)
 * - then a day the page's text labels as its publication anywhere ("Veröffentlicht am 16.08.2019");
 * - last, a publication date kept only in the page's own script state (date/script-date.ts), then one
 *   day stated in the page's title (date/title-date.ts);
 * - a date found nowhere trustworthy stays empty, for the reader to fill in: a wrong date is worse than none.
 */
export function findPublicationDate(doc: Document, ld: JsonLd, meta: MetaTags, pageUrl: string, language: string | undefined, reference = new Date()): Found | undefined {
  const chosen = pageDate(doc, ld, meta, language, reference);
  const inUrl = dayInUrl(pageUrl);
  if (!inUrl || inUrl === chosen?.value || chosen?.confirmed) return chosen && { value: chosen.value, from: chosen.from };
  return { value: inUrl, from: 'url' };
}

/** A day found, `confirmed` when the page states it both for machines and for readers. */
type PageDay = Found & { confirmed?: boolean };

function pageDate(doc: Document, ld: JsonLd, meta: MetaTags, language: string | undefined, reference: Date): PageDay | undefined {
  const structured = findStructuredDate(doc, ld, meta) ?? findArticleTime(doc);
  const printed = findPrintedDate(doc, language, reference);
  if (printed && structured && structured.from !== 'time' && outweighsPrinted(structured, printed)) return { value: structured.day, from: structured.from };
  if (printed && structured?.day === printed) return { value: printed, from: structured.from, confirmed: true };
  if (printed) return { value: printed, from: 'text' };
  if (structured) return { value: structured.day, from: structured.from };
  const labelled = findLabelledDate(doc, language, reference);
  if (labelled) return { value: labelled, from: 'text' };
  const weak = findWeakMetaDate(meta) ?? findScriptDate(doc);
  if (weak) return { value: weak.day, from: weak.from };
  const inTitle = findTitleDate(doc, meta, language, reference);
  if (inTitle) return { value: inTitle, from: 'title' };
  const marked = findMarkedDate(doc, language, reference);
  return marked ? { value: marked, from: 'text' } : undefined;
}

const DAY_MS = 86_400_000;
const swapped = (day: string) => `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}`;

/** The structured day is the one to keep though the page prints another (see findPublicationDate). */
function outweighsPrinted(structured: StructuredDay, printed: string): boolean {
  if (swapped(printed) === structured.day) return true;
  const publicationMeta = structured.from === 'meta' || structured.from === 'og';
  return publicationMeta && Math.abs(Date.parse(printed) - Date.parse(structured.day)) > DAY_MS;
}
