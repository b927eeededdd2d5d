/**
 * Corpus search shared by the popup, the search page and `npx backstory search`.
 * Hand-written rather than MiniSearch: see README.md in this folder for the measurements behind that.
 */
export { buildSearchIndex, type SearchIndex } from './search-index';
export { search, searchWith, type SearchOptions } from './search';
export { loadSearchIndex, serializeSearchIndex, type SerializedSearchIndex } from './serialize';
export { updateSearchIndex } from './update';
export type { SearchFilters, SearchResponse, SearchResult } from './types';
