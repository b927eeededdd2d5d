/**
 * Extension pages in the interface language: before the first paint, apply the user's choice (the
 * `uiLanguage` preference, see chosen-language.ts); set `lang` and `dir` on <html>;
 * and when settings change anywhere, read the choice again and redraw in place (component state is
 * kept: the same tree is rendered again, only its text changes).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { render, type VNode } from 'preact';
import { isSettingsChanged } from '../messaging/page-broadcast';
import { createLogger } from '../../model/log';
import { currentLocale, localeDirection } from './catalog';
import { applyChosenLanguage } from './chosen-language';

const log = createLogger('i18n');
/** A background slow to wake must not hold the page blank: after this, paint in the browser's language. */
const CHOICE_WAIT_MS = 400;

/**
 * Renders `app()` into `root` in the interface language, and again whenever the language may have
 * changed. `title` names the document in that language.
 */
export function mountPage(root: HTMLElement, app: () => VNode, title?: () => string): void {
  const draw = () => {
    document.documentElement.lang = currentLocale();
    document.documentElement.dir = localeDirection();
    if (title) document.title = title();
    render(app(), root);
  };
  const refresh = async () => {
    const applied = applyChosenLanguage().then(() => true);
    const late = new Promise<false>((resolve) => setTimeout(() => resolve(false), CHOICE_WAIT_MS));
    // A background slow to wake: paint in the browser's language now, and again when the choice arrives.
    if (!(await Promise.race([applied.catch(() => false), late]))) draw();
    try {
      await applied;
    } catch (err) {
      log.warn('could not apply the language choice:', err);
    }
    draw();
  };
  void refresh();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id === browser.runtime.id && isSettingsChanged(message)) void refresh();
    return undefined;
  });
}
