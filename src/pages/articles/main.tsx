/** "Your articles" page entry (articles.html). The CSS import makes esbuild write articles.css next to articles.js. */
import './articles.css';
import { mountPage } from '../../shared/i18n/page-language';
import { t } from '../../shared/i18n';
import { ArticlesContainer } from './ArticlesContainer';

const root = document.getElementById('app');
if (root) mountPage(root, () => <ArticlesContainer />, () => t('your_articles'));
