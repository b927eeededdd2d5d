import { ConnectedSearch } from '../../shared/ui/ConnectedSearch';
import { t } from '../../shared/i18n';

export function searchTitle(query: string): string {
  return query === '' ? t('title_search') : t('title_search_query', { query });
}

/** Keeps `?q=` in step with the box, so the page can be reloaded, bookmarked or shared as it is. */
function rememberQuery(query: string) {
  const url = new URL(location.href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  history.replaceState(null, '', url);
  document.title = searchTitle(query);
}

/** The popup's search, full page: more results and room to read them. */
export function SearchPage({ initialQuery }: { initialQuery: string }) {
  return (
    <main class="bs-search-page">
      <h1>{t('search_page_title')}</h1>
      <ConnectedSearch idPrefix="page-search" initialQuery={initialQuery} limit={50} autoFocus onQueryChange={rememberQuery} />
    </main>
  );
}
