/**
 * The language the user chose, applied in any context: the background reads the preference and the
 * chosen catalogue from the package, and `t()` answers from it; with no choice, `t()` reads the
 * browser's own catalogue. One way for extension pages and the content script alike (a content script
 * cannot read the package's files itself without exposing them to every web page).
 */
import { callBackground } from '../messaging/client';
import { useCatalogue } from './catalog';

export async function applyChosenLanguage(): Promise<void> {
  const { choice, messages } = await callBackground({ type: 'getUiLanguage' });
  useCatalogue(choice, messages);
}
