/** One hit of a corpus search, as the popup, the search page and `npx backstory search` show it. */
export interface SearchResult {
  articleId: string;
  passageId: string;
  outlet: string;
  date: string;
  /** The passage text, verbatim. */
  passage: string;
  /** Spans of `passage` to highlight as matched, [start, end) in UTF-16 units. */
  highlights: Array<[number, number]>;
  /** Entities the passage names. */
  entityIds: string[];
  score: number;
}

export interface SearchFilters {
  entityId?: string;
  outlet?: string;
  /** Inclusive ISO date bounds. */
  from?: string;
  to?: string;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
  /** When nothing matched: a corrected query that would ("Tartos" → "Tartus"). */
  didYouMean?: string;
  /** Entities whose names match the query, for suggestions and filter chips. */
  entities: string[];
  /** The corpus snapshot that answered (its version), when the caller knows it. */
  corpusVersion?: string;
}
