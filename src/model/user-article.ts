import * as v from 'valibot';
import { contentHash } from './hash';
import type { CorpusProblem } from './corpus-problem';
import { oneLineCheck } from './text-hygiene';
import { problemCode as code } from './file-problem';

/**
 * An article the reader added to their corpus: saved from a page, or imported from a pack.
 *
 * One schema, used by every door an article comes in through: the popup's "Save to Backstory" (after
 * the reader corrected the preview), a pack's JSON lines (options page and CLI), the messages that carry
 * either to the background, and the store. Everything in it is text from elsewhere: it is validated
 * here and only ever shown as text.
 */

export const ARTICLE_LIMITS = {
  urlChars: 2048,
  titleChars: 500,
  outletChars: 200,
  authorChars: 300,
  /** A whole book is not an article; 1 M characters is ~150,000 words. */
  textChars: 1_000_000,
  /** Below this the text is probably a teaser (a paywall, a cookie wall): the preview warns. */
  shortTextChars: 1_200,
} as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, between 1900 and 2100. */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// The messages are problem codes (model/file-problem.ts): a pack's refusal is said in the reader's language.

const line = (max: number) =>
  v.pipe(v.string(code('check_not_text')), v.trim(), v.minLength(1, code('check_empty')), v.maxLength(max, code('check_too_long')), oneLineCheck());

export const articleUrlSchema = v.pipe(
  v.string(code('check_not_text')),
  v.maxLength(ARTICLE_LIMITS.urlChars, code('check_too_long')),
  v.url(code('check_not_web_address')),
  v.regex(/^https?:\/\//i, code('check_not_web_address')),
);

export const articleDateSchema = v.pipe(v.string(code('check_not_text')), v.check(isIsoDay, code('check_not_day')));

/**
 * Where an article's date came from: `page`, the page gives it (the extractor found it and the reader kept it);
 * `reader`, the reader entered or corrected it; `assumed`, nobody gave it, so it is a default (the day it was
 * saved, a pack's default), which the card must say it assumed. Absent on articles from before the field: as given.
 */
export const ARTICLE_DATE_SOURCES = ['page', 'reader', 'assumed'] as const;
export type ArticleDateSource = (typeof ARTICLE_DATE_SOURCES)[number];
export const articleDateSourceSchema = v.picklist(ARTICLE_DATE_SOURCES, code('check_not_one_of'));

/** What a save or a pack line supplies. */
export const articleInputSchema = v.strictObject({
  url: articleUrlSchema,
  title: line(ARTICLE_LIMITS.titleChars),
  outlet: line(ARTICLE_LIMITS.outletChars),
  author: v.optional(line(ARTICLE_LIMITS.authorChars)),
  date: articleDateSchema,
  dateSource: v.optional(articleDateSourceSchema),
  /** BCP 47, as the page declares it ("en", "ar", "ru-RU"). */
  language: v.optional(v.pipe(v.string(code('check_not_text')), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, code('check_not_language_tag')))),
  /** Paragraphs separated by a blank line. */
  text: v.pipe(
    v.string(code('check_not_text')),
    v.check((s) => normalizeArticleText(s).length > 0, code('check_empty')),
    v.maxLength(ARTICLE_LIMITS.textChars, code('check_too_long')),
    v.check((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), code('check_control_char')),
  ),
});
export type ArticleInput = v.InferOutput<typeof articleInputSchema>;

/** The fields the reader may correct after saving ("Your articles"). */
export const articleChangesSchema = v.partial(v.pick(articleInputSchema, ['title', 'outlet', 'author', 'date']));
export type ArticleChanges = v.InferOutput<typeof articleChangesSchema>;

/** A stored article with the reader's corrections: a date the reader changes is the reader's, no longer the page's or assumed. */
export function withArticleChanges<T extends ArticleInput>(current: T, changes: ArticleChanges): T {
  const next = { ...current, ...changes };
  if (changes.date !== undefined && changes.date !== current.date) next.dateSource = 'reader';
  return next;
}

export type UserArticleOrigin = 'saved' | 'pack';

/** As stored in the user's `userArticles` store, which no corpus update touches. */
export const userArticleRecordSchema = v.strictObject({
  ...articleInputSchema.entries,
  v: v.literal(1),
  id: v.pipe(v.string(), v.regex(/^u-[0-9a-f]{16}$/)),
  origin: v.picklist(['saved', 'pack']),
  /** The pack it came with; removing the pack removes it. */
  packId: v.optional(v.pipe(v.string(), v.regex(/^p-[0-9a-f]{16}$/))),
  /** `articleContentHash` of the text: with `urlKey`, what finds a duplicate. */
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  urlKey: v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.urlChars)),
  /** Milliseconds since 1970. */
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type UserArticleRecord = v.InferOutput<typeof userArticleRecordSchema>;

/**
 * The text as it is stored, hashed and compiled: one kind of line break, no space at line ends, paragraphs
 * separated by exactly one blank line. Two copies of an article that differ only in white space are one article.
 */
export function normalizeArticleText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\u00A0]+/g, ' ').replace(/ ?\n ?/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

export function articleContentHash(text: string): string {
  return contentHash(normalizeArticleText(text));
}

/** Ids follow the content, so the same article saved twice, or in two packs, is one record. */
export function userArticleId(hash: string): string {
  return `u-${hash.slice(0, 16)}`;
}

/** Parameters that only say where a reader came from; they never change which article a URL is. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|ref|smid|amp)$/i;

/**
 * The canonical URL as a duplicate key: no fragment, no tracking parameters, host in lower case, no
 * `www.`, no trailing slash, no AMP path ("/amp/" or a trailing "/amp"), http and https alike.
 */
export function canonicalUrlKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  const params = [...parsed.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params)}` : '';
  const path = parsed.pathname.replace(/\/amp(?=\/|$)/i, '').replace(/\/+$/, '');
  return `${parsed.hostname.toLowerCase().replace(/^www\./, '')}${path}${query}`;
}

/** A stored record from what was validated, with the keys that identify it. */
export function toUserArticleRecord(
  input: ArticleInput,
  origin: UserArticleOrigin,
  savedAt: number,
  packId?: string,
): UserArticleRecord {
  const text = normalizeArticleText(input.text);
  const hash = contentHash(text);
  const record: UserArticleRecord = { ...input, text, v: 1, id: userArticleId(hash), origin, contentHash: hash, urlKey: canonicalUrlKey(input.url), savedAt };
  if (packId !== undefined) record.packId = packId;
  return record;
}

/**
 * What the content script extracts from the page it runs on (src/extract): the reader sees it in the
 * popup's preview and corrects it before it becomes an `ArticleInput`. Fields the page does not give are
 * absent, never guessed; `found` says where each one came from.
 */
export interface ExtractedArticle {
  /** The page's canonical URL (link rel=canonical, og:url, JSON-LD), else its own address. */
  url: string;
  title?: string;
  outlet?: string;
  /** The authors joined by ", " (what the preview's one author field shows); `authors` lists them. */
  author?: string;
  authors?: string[];
  /** YYYY-MM-DD. */
  date?: string;
  language?: string;
  /** Paragraphs separated by a blank line, as text (never markup). */
  text: string;
  /** The captions of the article's figures: kept with the article, out of its text. */
  captions?: string[];
  paragraphs: number;
  /**
   * Where each field came from: "json-ld", "og", "meta", "time", "html", "readability", "text" (the date printed
   * on the page), "title" (the outlet named by the title's tail), "url" (the date in the address), "host", or
   * "page" (the URL is the page's own address). A field the page does not give has no entry.
   */
  found: Partial<Record<'url' | 'title' | 'outlet' | 'author' | 'date' | 'language', string>>;
  /** Readability's judgement that the page is an article (not a front page or a list). */
  looksLikeArticle: boolean;
  /** Where the text was read from: the page itself, or an open shadow root inside it. */
  shadowRoot: boolean;
  /** Milliseconds the extraction took. */
  ms: number;
}

/** An article as "Your articles" lists it: no text, with the entities it gave background to. */
export interface UserArticleSummary {
  id: string;
  title: string;
  outlet: string;
  author?: string;
  date: string;
  url: string;
  language?: string;
  origin: UserArticleOrigin;
  packId?: string;
  savedAt: number;
  chars: number;
  /** Entities its passages name in the corpus now served (empty until the corpus holding it is ready). */
  entities: Array<{ id: string; name: string; type: string }>;
}

export interface PackSummary {
  id: string;
  name: string;
  createdAt: string;
  importedAt: number;
  /** Articles the pack added (its duplicates of articles already there are not counted). */
  articles: number;
  /** Articles of the pack that were already in the corpus and were skipped. */
  duplicates: number;
}

/** Whether the corpus that cards and search read includes the user's articles yet. */
export interface UserCorpusState {
  /** Saved and imported articles the user has. */
  articles: number;
  /** True while the corpus is being recompiled with them. */
  pending: boolean;
  /** When recompiling failed (for example the storage quota ran out): a code, put into words where it is shown. */
  problem?: CorpusProblem;
}
