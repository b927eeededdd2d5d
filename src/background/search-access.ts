import type { SearchFilters, SearchResponse } from '../search/types';
import { buildSearchIndex, search, type SearchIndex } from '../search';
import { getCorpus, loadBundledCorpus } from './corpus-access';
import { createLogger } from '../model/log';

const log = createLogger('background');

let index: Promise<{ version: string; index: SearchIndex }> | undefined;

/**
 * Search answers from the same corpus snapshot as cards and the reader: the one `getCorpus` serves,
 * which is the shipped bundle once it is stored (the background imports the package's corpus whenever
 * the stored one differs, see corpus-access.ts). The index is built from that bundle, rebuilt when the
 * worker restarts (losing it costs time, never data), and every response names its corpus version.
 */
export async function searchCorpus(query: string, limit: number, filters?: SearchFilters): Promise<SearchResponse> {
  // When storage has gone away under us (a newer build took the database), search still answers
  // from the shipped bundle, and its response says which snapshot that is.
  const serving = await getCorpus()
    .then((corpus) => corpus.source.meta())
    .then((meta) => meta.version, () => undefined);
  index ??= loadBundledCorpus().then((bundle) => ({ version: bundle.version, index: buildSearchIndex(bundle) }));
  const built = await index;
  if (serving !== undefined && built.version !== serving) {
    // Cannot happen while the stored corpus follows the package; if it ever does, say which
    // snapshot answered rather than mix two silently.
    log.warn(`search answers from corpus ${built.version}; cards from ${serving}`);
  }
  return { ...search(built.index, query, { limit, filters }), corpusVersion: built.version };
}
