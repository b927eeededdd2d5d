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
  if (record.dateSource === 'reader' || record.dateSource === 'assumed') article.dateSource = record.dateSource;
  return article;
}

/**
 * Sets the event a reader's article reports. A seed's event is curated; this one is inferred, so it is strict:
 * the article appeared on the event's day or in the days just after it, and either
 * - it names exactly one such event (by a name of the event), or
 * - naming none, it names at least two of the event's participants (the people and organisations of its
 *   `related`, a person among them), and no other event of those days fits as well: the Kremlin talks are
 *   what an article of the next day about Putin and al-Sharaa reports, in any language.
 * An event named in passing (a war of 2015 in an article of 2025), one participant, a day outside the window
 * or two candidates leave the article without one: its statements are then set by the dates and events their
 * sentences name. A statement that gives its own date keeps it either way (statements.ts `resolveWhen`).
 */
export function inferEvents(articles: Article[], entities: Entity[], articlesByEntity: ReadonlyMap<string, ReadonlySet<number>>): void {
  const events = entities.filter((e) => e.type === 'event' && e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  // Parsed once, not once per article and event (10,000 articles).
  const eventTime = new Map(events.map((e) => [e.id, Date.parse(e.date!)]));
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const participants = new Map(events.map((e) => [e.id, (e.related ?? []).filter((id) => typeOf.get(id) === 'person' || typeOf.get(id) === 'organisation')]));
  articles.forEach((article, ai) => {
    if (!article.origin || article.event !== undefined) return;
    const published = Date.parse(article.date);
    const inWindow = events.filter((e) => {
      const days = (published - eventTime.get(e.id)!) / DAY_MS;
      return days >= 0 && days <= REPORTING_DAYS;
    });
    const named = inWindow.filter((e) => articlesByEntity.get(e.id)?.has(ai));
    if (named.length === 1) article.event = named[0]!.id;
    if (named.length > 0) return;
    const score = (e: Entity): number => {
      const present = participants.get(e.id)!.filter((id) => articlesByEntity.get(id)?.has(ai));
      return present.length >= 2 && present.some((id) => typeOf.get(id) === 'person') ? present.length : 0;
    };
    const scored = inWindow.map((e) => ({ e, n: score(e) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
    if (scored.length === 1 || (scored.length > 1 && scored[0]!.n > scored[1]!.n)) article.event = scored[0]!.e.id;
  });
}

/** Marks every source, in claims, their variants and timelines, that is one of the reader's articles, and how its date was had. */
export function markUserSources(claims: Claim[], timeline: TimelineEvent[], articles: Article[]): void {
  const mine = new Map(articles.filter((a) => a.origin).map((a) => [a.id, a]));
  if (mine.size === 0) return;
  const mark = (source: { articleId: string; origin?: Article['origin']; dateSource?: Article['dateSource'] }): void => {
    const a = mine.get(source.articleId);
    if (a) source.origin = a.origin;
    if (a?.dateSource) source.dateSource = a.dateSource;
  };
  for (const claim of claims) {
    claim.sources.forEach(mark);
    for (const variant of claim.variants ?? []) variant.sources.forEach(mark);
  }
  for (const event of timeline) event.sources.forEach(mark);
}
