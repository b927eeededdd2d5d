import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchFilters, SearchResponse } from '../../search/types';
import { errorText } from './failure-text';

export type SearchFn = (query: string, filters: SearchFilters) => Promise<SearchResponse>;

export interface SearchState {
  query: string;
  filters: SearchFilters;
  /** The answer for the latest query that has one; null for an empty query. */
  response: SearchResponse | null;
  /** A search for the current query is waiting or running. */
  pending: boolean;
  error: string | null;
}

/** Typing is fast and the search is ~ms: wait this long after the last key so each word is one request. */
export const SEARCH_DEBOUNCE_MS = 80;

/**
 * Results-as-you-type: runs `run` after a short pause in typing and shows only the answer to the latest
 * query (an older request that resolves late is dropped, so results never flicker back).
 */
export function useSearch(run: SearchFn, initialQuery = '', delayMs = SEARCH_DEBOUNCE_MS) {
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>({});
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [pending, setPending] = useState(initialQuery.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setResponse(null);
      setPending(false);
      setError(null);
      return undefined;
    }
    setPending(true);
    const timer = setTimeout(() => {
      runRef.current(query, filters).then(
        (answer) => {
          if (ticket !== latest.current) return;
          setResponse(answer);
          setError(null);
          setPending(false);
        },
        (err: unknown) => {
          if (ticket !== latest.current) return;
          setError(errorText(err));
          setPending(false);
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [query, filters, delayMs]);

  const state: SearchState = { query, filters, response, pending, error };
  return { state, setQuery, setFilters };
}
