/** Toolbar popup entry. The CSS import makes esbuild write popup.css next to popup.js. */
import './popup.css';
import '../shared/ui/save-preview.css';
import { mountPage } from '../shared/i18n/page-language';
import { PopupContainer } from './PopupContainer';

const root = document.getElementById('app');
if (root) mountPage(root, () => <PopupContainer />);
