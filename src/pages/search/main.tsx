/** Full-page search entry (`search.html?q=…`). The CSS import makes esbuild write search.css. */
import './search.css';
import { mountPage } from '../../shared/i18n/page-language';
import { SearchPage, searchTitle } from './SearchPage';

const root = document.getElementById('app');
const initialQuery = new URLSearchParams(location.search).get('q')?.slice(0, 500) ?? '';
// The title follows the query as typed (kept in the address), so a redraw in another language keeps it.
if (root) mountPage(root, () => <SearchPage initialQuery={initialQuery} />, () => searchTitle(new URLSearchParams(location.search).get('q') ?? ''));
