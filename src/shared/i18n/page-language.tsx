/**
 * Extension pages in the interface language: before the first paint, read the user's choice (the
 * `uiLanguage` preference) and load that catalogue from the package; set `lang` and `dir` on <html>;
 * and when settings change anywhere, read the choice again and redraw in place (component state is
 * kept: the same tree is rendered again, only its text changes).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { render, type VNode } from 'preact';
import type { UiLanguageChoice } from '../../model/user-settings';
import { callBackground } from '../messaging/client';
import { isSettingsChanged } from '../messaging/page-broadcast';
import { createLogger } from '../../model/log';
import { currentLocale, localeDirection, useCatalogue, type MessageFile } from './catalog';

const log = createLogger('i18n');
/** A background slow to wake must not hold the page blank: after this, paint in the browser's language. */
const CHOICE_WAIT_MS = 400;

let applied: UiLanguageChoice = 'browser';

/** Loads the chosen catalogue from the package (`_locales/<lang>/messages.json`), or goes back to the browser's. */
export async function applyLanguage(choice: UiLanguageChoice): Promise<void> {
  if (choice === 'browser') useCatalogue('', null);
  else if (choice !== applied) {
    const response = await fetch(browser.runtime.getURL(`_locales/${choice}/messages.json`));
    useCatalogue(choice, (await response.json()) as MessageFile);
  }
  applied = choice;
}

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
    const choice = callBackground({ type: 'getPrefs' }).then((p) => p.uiLanguage ?? 'browser');
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), CHOICE_WAIT_MS));
    // A background slow to wake: paint in the browser's language now, and again when the choice arrives.
    if ((await Promise.race([choice.catch(() => null), late])) === null) draw();
    try {
      await applyLanguage(await choice);
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
