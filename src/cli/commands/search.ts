import type { CorpusBundle } from '../../model/corpus-types';
import { buildSearchIndex, search, type SearchIndex } from '../../search';

export interface SearchCommandResult {
  query: string;
  /** `pack`: the name of the pack the article came with (`--with`). */
  results: Array<{ article: string; outlet: string; date: string; passage: string; score: number; pack?: string }>;
  /** Present when the query had a typo the corpus can correct ("Tartos" → "Tartus"). */
  didYouMean?: string;
}

// One index per bundle: the CLI builds it once even if a caller runs several queries.
const indexes = new WeakMap<CorpusBundle, SearchIndex>();

/**
 * `backstory search "<query>" [--limit N]`: the same search the popup and the search page run, best
 * passage first. `article` is the article id (as `backstory card` and the reader page use).
 */
export function searchCommand(query: string, bundle: CorpusBundle, limit = 10, packOf: ReadonlyMap<string, string> = new Map()): SearchCommandResult {
  let index = indexes.get(bundle);
  if (!index) indexes.set(bundle, (index = buildSearchIndex(bundle)));
  const response = search(index, query, { limit });
  const out: SearchCommandResult = {
    query: response.query,
    results: response.results.map((r) => ({
      article: r.articleId,
      outlet: r.outlet,
      date: r.date,
      passage: r.passage,
      score: r.score,
      ...(packOf.has(r.articleId) ? { pack: packOf.get(r.articleId) } : {}),
    })),
  };
  if (response.didYouMean !== undefined) out.didYouMean = response.didYouMean;
  return out;
}
