/** Full-page search entry (`search.html?q=…`). The CSS import makes esbuild write search.css. */
import './search.css';
import { render } from 'preact';
import { SearchPage } from './SearchPage';

const root = document.getElementById('app');
if (root) render(<SearchPage initialQuery={new URLSearchParams(location.search).get('q')?.slice(0, 500) ?? ''} />, root);
