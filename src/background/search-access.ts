import type { SearchFilters, SearchResponse } from '../search/types';
import { buildSearchIndex, search, type SearchIndex } from '../search';
import { servedBundle } from './corpus-access';

let index: { version: string; index: Promise<SearchIndex> } | undefined;

/**
 * Search answers from the same corpus snapshot as cards and the reader: the one `getCorpus` serves
 * (the shipped bundle, or the seeds compiled with the reader's articles). The index is built from that
 * bundle, rebuilt when the served corpus changes or the worker restarts (losing it costs time, never
 * data), and every response names its corpus version.
 */
export async function searchCorpus(query: string, limit: number, filters?: SearchFilters): Promise<SearchResponse> {
  const bundle = await servedBundle();
  if (index?.version !== bundle.version) index = { version: bundle.version, index: Promise.resolve().then(() => buildSearchIndex(bundle)) };
  const built = await index.index;
  return { ...search(built, query, { limit, filters }), corpusVersion: bundle.version };
}
