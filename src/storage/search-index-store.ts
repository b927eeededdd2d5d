import { loadSearchIndex, serializeSearchIndex, type SearchIndex, type SerializedSearchIndex } from '../search';
import { SEARCH_INDEX_KEY, type BackstoryDb, type StoredSearchIndex } from './schema';

/**
 * The search index of the stored corpus, kept beside it (one record in `corpusMeta`, replaced whole at
 * each change: typed arrays, a few MB for 10,000 articles, written in one put). A worker started again
 * reads it for the version it serves instead of reading the whole corpus and rebuilding the index.
 */

/** The stored index as stored (whichever version it is). */
export async function readStoredSearchIndex(db: BackstoryDb): Promise<SerializedSearchIndex | undefined> {
  const record = await db.get('corpusMeta', SEARCH_INDEX_KEY);
  return record?.id === SEARCH_INDEX_KEY ? (record as StoredSearchIndex).index : undefined;
}

/** The stored index of corpus `version`, ready to search; undefined when the one stored is of another. */
export function searchIndexOf(data: SerializedSearchIndex | undefined, version: string): SearchIndex | undefined {
  return data?.version === version ? loadSearchIndex(data) : undefined;
}

export async function readSearchIndex(db: BackstoryDb, version: string): Promise<SearchIndex | undefined> {
  return searchIndexOf(await readStoredSearchIndex(db), version);
}

export async function writeSearchIndex(db: BackstoryDb, index: SearchIndex): Promise<void> {
  const data: SerializedSearchIndex = serializeSearchIndex(index);
  await db.put('corpusMeta', { id: SEARCH_INDEX_KEY, index: data });
}
