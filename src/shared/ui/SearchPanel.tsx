import type { Ref } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchFilters as Filters, SearchResult } from '../../search/types';
import { t, tParts, typeName } from '../i18n';
import { SearchFiltersBar } from './SearchFilters';
import { SearchResultView } from './SearchResultView';
import { searchItems, type EntitySummary, type SearchItem } from './search-items';
import type { SearchState } from './use-search';

export interface SearchPanelProps {
  state: SearchState;
  onQueryChange(query: string): void;
  onFiltersChange(filters: Filters): void;
  /** Every entity, for names and the entity filter. */
  entities: readonly EntitySummary[];
  /** Shown for an empty query. */
  suggestions: readonly EntitySummary[];
  /** Sources to offer in the filter (outlets seen so far). */
  outlets: readonly string[];
  onOpenResult(result: SearchResult): void;
  /** Distinguishes element ids when two panels share a document. */
  idPrefix?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** When given, a "More in a tab" button opens the full-page search at the current query. */
  onOpenFullPage?(query: string): void;
  /** Show each passage as a window of about this many characters around its first match. */
  excerptChars?: number;
}

/**
 * Corpus search as a combobox over a listbox (WAI-ARIA 1.2 pattern): focus stays in the box while
 * ArrowUp/ArrowDown move the active option (`aria-activedescendant`) and Enter opens it.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { state, entities, idPrefix = 'search' } = props;
  const entityById = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const items = useMemo(
    () => searchItems(state.query, state.response, props.suggestions, entityById),
    [state.query, state.response, props.suggestions, entityById],
  );
  const [active, setActive] = useState(-1);
  // A new answer starts the keyboard over; other re-renders keep the active option.
  useEffect(() => setActive(-1), [state.query, state.response]);

  const listId = `${idPrefix}-listbox`;
  const optionId = (i: number) => `${idPrefix}-option-${i}`;

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function choose(item: SearchItem | undefined) {
    if (!item) return;
    if (item.kind === 'result') props.onOpenResult(item.result);
    else if (item.kind === 'correction') props.onQueryChange(item.query);
    else props.onQueryChange(item.entity.name);
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = items.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    // Enter with nothing chosen yet opens the first passage (else the first option): type, Enter, read.
    else if (event.key === 'Enter') choose(items[active >= 0 ? active : Math.max(0, items.findIndex((it) => it.kind === 'result'))]);
    else if (event.key === 'Escape' && state.query !== '') props.onQueryChange('');
    else return;
    event.preventDefault();
  }

  const expanded = items.length > 0;
  const heading = headingFor(state, items);

  return (
    <section class="bs-search" aria-label={t('search_region_label')}>
      <input
        ref={props.inputRef}
        class="bs-search-input"
        type="search"
        dir="auto"
        role="combobox"
        aria-label={t('search_input_label')}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={active >= 0 && active < items.length ? optionId(active) : undefined}
        placeholder={t('search_placeholder')}
        autoComplete="off"
        spellcheck={false}
        autoFocus={props.autoFocus}
        value={state.query}
        onInput={(e) => props.onQueryChange((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <SearchFiltersBar filters={state.filters} onChange={props.onFiltersChange} entities={entities} outlets={props.outlets} idPrefix={idPrefix} />
      <div class="bs-search-bar">
        <p class="bs-search-heading" id={`${idPrefix}-heading`} aria-live="polite">
          {heading}
        </p>
        {props.onOpenFullPage && (
          <button type="button" class="bs-link-button" onClick={() => props.onOpenFullPage?.(state.query)}>
            {t('search_more_in_tab')}
          </button>
        )}
      </div>
      <ul class="bs-search-list" id={listId} role="listbox" aria-labelledby={`${idPrefix}-heading`}>
        {items.map((item, i) => (
          <li
            key={item.key}
            id={optionId(i)}
            role="option"
            class={`bs-option bs-option-${item.kind}`}
            aria-selected={i === active}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => choose(item)}
          >
            {item.kind === 'result' ? (
              <SearchResultView result={item.result} entityById={entityById} excerptChars={props.excerptChars} />
            ) : item.kind === 'correction' ? (
              <span>{tParts('search_did_you_mean', { query: <bdi><strong>{item.query}</strong></bdi> })}</span>
            ) : (
              <span class="bs-entity-suggestion">
                <bdi>{item.entity.name}</bdi> <span class="bs-muted">{typeName(item.entity.type)}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function headingFor(state: SearchState, items: SearchItem[]): string {
  if (state.error) return t('search_failed', { error: state.error });
  if (state.query.trim() === '') return items.length > 0 ? t('search_try') : '';
  if (!state.response) return state.pending ? t('search_searching') : '';
  const n = state.response.results.length;
  if (n > 0) return t('passages', { count: n });
  return items.length > 0 ? t('search_no_match_suggestions') : t('search_no_match');
}
