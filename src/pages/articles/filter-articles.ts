import { fold } from '../../model/fold';
import type { PackSummary, UserArticleSummary } from '../../model/user-article';

/**
 * The articles whose title, outlet, author, date, pack name or background names hold every word of
 * `query`, compared folded (case, diacritics, Arabic letter forms), as search compares them.
 */
export function filterArticles(articles: UserArticleSummary[], packs: PackSummary[], query: string): UserArticleSummary[] {
  const words = fold(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return articles;
  const packNames = new Map(packs.map((p) => [p.id, p.name]));
  return articles.filter((a) => {
    const haystack = fold(
      [a.title, a.outlet, a.author ?? '', a.date, a.packId ? (packNames.get(a.packId) ?? '') : '', ...a.entities.map((e) => e.name)].join('\n'),
    );
    return words.every((w) => haystack.includes(w));
  });
}

/** Newest saved first; equal times by title, so the order is stable. */
export function sortArticles(articles: UserArticleSummary[]): UserArticleSummary[] {
  return [...articles].sort((a, b) => b.savedAt - a.savedAt || a.title.localeCompare(b.title));
}

export function readerHref(articleId: string): string {
  return `reader.html?article=${encodeURIComponent(articleId)}`;
}

export function searchHref(query: string): string {
  return `search.html?q=${encodeURIComponent(query)}`;
}
