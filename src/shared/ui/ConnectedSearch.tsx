import type { Ref } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchFilters, SearchResult } from '../../search/types';
import { callBackground } from '../messaging/client';
import { SearchPanel } from './SearchPanel';
import { suggestEntities, type EntitySummary } from './search-items';
import { useSearch } from './use-search';
import { createLogger } from '../../model/log';

const log = createLogger('search');

export interface ConnectedSearchProps {
  initialQuery?: string;
  /** Entity ids to suggest first for an empty query (those on the current page). */
  preferredIds?: readonly string[];
  limit?: number;
  idPrefix?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  excerptChars?: number;
  /** Offer the full-page search (the popup does; the search page is that page). */
  fullPageLink?: boolean;
  onQueryChange?(query: string): void;
  /** After the reader page was asked to open (the popup closes itself). */
  onOpened?(): void;
}

async function runSearch(query: string, filters: SearchFilters, limit: number) {
  const hasFilters = Object.keys(filters).length > 0;
  return callBackground({ type: 'search', query, limit, ...(hasFilters ? { filters } : {}) });
}

/** The search panel wired to the background: search, entity names, and opening the reader. */
export function ConnectedSearch(props: ConnectedSearchProps) {
  const limit = props.limit ?? 20;
  const run = useCallback((q: string, f: SearchFilters) => runSearch(q, f, limit), [limit]);
  const { state, setQuery, setFilters } = useSearch(run, props.initialQuery ?? '');
  const [entities, setEntities] = useState<EntitySummary[]>([]);
  const [outlets, setOutlets] = useState<string[]>([]);

  useEffect(() => {
    callBackground({ type: 'listEntities' }).then(setEntities, (err: unknown) => log.warn('listEntities failed:', err));
  }, []);

  // The source filter offers every outlet seen in an answer so far: the corpus has no outlet list message.
  useEffect(() => {
    const seen = state.response?.results.map((r) => r.outlet).filter((o) => o !== '') ?? [];
    if (seen.some((o) => !outlets.includes(o))) setOutlets((prev) => [...new Set([...prev, ...seen])].sort());
  }, [state.response]);

  const suggestions = useMemo(() => suggestEntities(entities, props.preferredIds ?? []), [entities, props.preferredIds]);

  function changeQuery(query: string) {
    setQuery(query);
    props.onQueryChange?.(query);
  }

  async function open(result: SearchResult) {
    try {
      await callBackground({ type: 'openPage', page: 'reader', articleId: result.articleId, passageId: result.passageId });
      props.onOpened?.();
    } catch (err) {
      log.warn('could not open the reader:', err);
    }
  }

  async function openFullPage(query: string) {
    try {
      await callBackground({ type: 'openPage', page: 'search', ...(query.trim() ? { query } : {}) });
      props.onOpened?.();
    } catch (err) {
      log.warn('could not open the search page:', err);
    }
  }

  return (
    <SearchPanel
      state={state}
      onQueryChange={changeQuery}
      onFiltersChange={setFilters}
      entities={entities}
      suggestions={suggestions}
      outlets={outlets}
      onOpenResult={(r) => void open(r)}
      idPrefix={props.idPrefix}
      inputRef={props.inputRef}
      autoFocus={props.autoFocus}
      excerptChars={props.excerptChars}
      onOpenFullPage={props.fullPageLink ? (q) => void openFullPage(q) : undefined}
    />
  );
}
