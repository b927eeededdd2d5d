import { loadSearchIndex, serializeSearchIndex, type SearchIndex, type SerializedSearchIndex } from '../search';
import { SEARCH_INDEX_KEY, type BackstoryDb, type StoredSearchIndex } from './schema';

/**
 * The search index of the stored corpus, kept beside it (one record in `corpusMeta`, replaced whole at
 * each change: typed arrays, a few MB for 10,000 articles, written in one put). A worker started again
 * reads it for the version it serves instead of reading the whole corpus and rebuilding the index.
 */

export async function readSearchIndex(db: BackstoryDb, version: string): Promise<SearchIndex | undefined> {
  const record = await db.get('corpusMeta', SEARCH_INDEX_KEY);
  if (record?.id !== SEARCH_INDEX_KEY) return undefined;
  const data = (record as StoredSearchIndex).index;
  return data?.version === version ? loadSearchIndex(data) : undefined;
}

export async function writeSearchIndex(db: BackstoryDb, index: SearchIndex): Promise<void> {
  const data: SerializedSearchIndex = serializeSearchIndex(index);
  await db.put('corpusMeta', { id: SEARCH_INDEX_KEY, index: data });
}
