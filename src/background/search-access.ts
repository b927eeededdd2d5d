import type { SearchFilters, SearchResponse } from '../search/types';
import { buildSearchIndex, search, type SearchIndex } from '../search';
import { loadBundledCorpus } from './corpus-access';

let index: Promise<SearchIndex> | undefined;

/**
 * The search index is derived from the bundled corpus and rebuilt when the worker restarts,
 * so losing it costs time, never data.
 */
export async function searchCorpus(query: string, limit: number, filters?: SearchFilters): Promise<SearchResponse> {
  index ??= loadBundledCorpus().then(buildSearchIndex);
  return search(await index, query, { limit, filters });
}
