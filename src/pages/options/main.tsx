/** Options page entry. The CSS import makes esbuild write options.css next to options.js. */
import './options.css';
import { mountPage } from '../../shared/i18n/page-language';
import { t } from '../../shared/i18n';
import { OptionsContainer } from './OptionsContainer';

const root = document.getElementById('app');
if (root) mountPage(root, () => <OptionsContainer />, () => t('options_title'));
