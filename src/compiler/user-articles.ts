import type { Article, Claim, Entity, TimelineEvent } from '../model/corpus-types';
import type { UserArticleRecord } from '../model/user-article';

/** How many days after an event an article may appear and still be taken to report it. */
const REPORTING_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * A reader's article as the compiler sees it: the same shape as a seed article, compiled by the same
 * code. Its text is already normalised (paragraphs separated by one blank line, as `PARAGRAPH_SEPARATOR`),
 * so passages split it exactly as they split a seed. No event: `inferEvents` sets one when it can.
 */
export function userArticleToArticle(record: UserArticleRecord): Article {
  const article: Article = {
    id: record.id,
    file: record.packId ? `packs/${record.packId}/${record.id}` : `saved/${record.id}`,
    title: record.title,
    outlet: record.outlet,
    date: record.date,
    text: record.text,
    origin: record.origin,
    url: record.url,
  };
  if (record.packId) article.packId = record.packId;
  return article;
}

/**
 * Sets the event a reader's article reports, when exactly one event it names happened in the days just
 * before it was published. A seed's event is curated; this one is inferred, so it is strict: an event
 * named in passing (a war of 2015 in an article of 2025) or two candidate events leave the article
 * without one, and its statements are then set by the dates and events their sentences name.
 */
export function inferEvents(articles: Article[], entities: Entity[], articlesByEntity: ReadonlyMap<string, ReadonlySet<number>>): void {
  const events = entities.filter((e) => e.type === 'event' && e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  articles.forEach((article, ai) => {
    if (!article.origin || article.event !== undefined) return;
    const published = Date.parse(article.date);
    const candidates = events.filter((e) => {
      if (!articlesByEntity.get(e.id)?.has(ai)) return false;
      const days = (published - Date.parse(e.date!)) / DAY_MS;
      return days >= 0 && days <= REPORTING_DAYS;
    });
    if (candidates.length === 1) article.event = candidates[0]!.id;
  });
}

/** Marks every source, in claims, their variants and timelines, that is one of the reader's articles. */
export function markUserSources(claims: Claim[], timeline: TimelineEvent[], articles: Article[]): void {
  const origin = new Map(articles.filter((a) => a.origin).map((a) => [a.id, a.origin!]));
  if (origin.size === 0) return;
  const mark = (source: { articleId: string; origin?: Article['origin'] }): void => {
    const o = origin.get(source.articleId);
    if (o) source.origin = o;
  };
  for (const claim of claims) {
    claim.sources.forEach(mark);
    for (const variant of claim.variants ?? []) variant.sources.forEach(mark);
  }
  for (const event of timeline) event.sources.forEach(mark);
}
