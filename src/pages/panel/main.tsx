/** Side panel entry (panel.html: Chrome's side panel, Firefox's sidebar, or a window of it). */
import './panel.css';
import '../../shared/ui/save-preview.css';
import { mountPage } from '../../shared/i18n/page-language';
import { t } from '../../shared/i18n';
import { PanelContainer } from './PanelContainer';

const root = document.getElementById('app');
if (root) mountPage(root, () => <PanelContainer />, () => t('panel_title'));
