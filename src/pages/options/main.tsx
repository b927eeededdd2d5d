/** Options page entry. The CSS import makes esbuild write options.css next to options.js. */
import './options.css';
import { render } from 'preact';
import { OptionsContainer } from './OptionsContainer';

const root = document.getElementById('app');
if (root) render(<OptionsContainer />, root);
