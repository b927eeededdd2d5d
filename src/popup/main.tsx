/** Toolbar popup entry. The CSS import makes esbuild write popup.css next to popup.js. */
import './popup.css';
import { render } from 'preact';
import { PopupContainer } from './PopupContainer';

const root = document.getElementById('app');
if (root) render(<PopupContainer />, root);
