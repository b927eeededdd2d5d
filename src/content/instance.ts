/**
 * One Backstory per page. After an update or a reload of the extension, a page can hold an older content
 * script beside the new one: Firefox injects the new one into open tabs and leaves the old one's
 * highlights and elements behind (its code no longer runs); Chrome keeps the old one running, cut off
 * from the extension (its messages fail). As 10ten Japanese Reader does, the new instance says it has
 * started, an older one that is cut off tears itself down, and the new one removes whatever an older one
 * left in the page before it draws anything.
 *
 * A page can dispatch the same event: it only makes a cut-off instance stop, which is what it should do
 * anyway; a connected one ignores it.
 */
import { HIGHLIGHT_NAMES } from './highlighter';
import { OWN_UI } from './watch/dirty-roots';

const STARTED = 'backstory-instance-started';

/** True once the extension this script belongs to was updated, reloaded or removed. */
export function cutOff(): boolean {
  try {
    // Read from the browser's own objects, not the polyfill's wrapper (which keeps the id it was made with):
    // Chrome removes `chrome.runtime` from a cut-off script.
    const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
    const api = g.browser ?? g.chrome;
    if (api === undefined) return false; // not in an extension at all (unit tests)
    return !api.runtime?.id;
  } catch {
    return true; // Chrome throws "Extension context invalidated" from a cut-off script's runtime
  }
}

/** Errors from calling the extension that mean this script is cut off from it. */
export function isCutOffError(err: unknown): boolean {
  return cutOff() || /context invalidated|extension context/i.test(String(err));
}

/**
 * Called first, before this instance draws: older instances that are cut off stop (`teardownIfCutOff`
 * in them), and their leftovers go — our elements and our highlight names.
 */
export function replaceOlderInstances(): void {
  document.dispatchEvent(new CustomEvent(STARTED));
  for (const el of Array.from(document.querySelectorAll(OWN_UI))) el.remove();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}

/**
 * A call to the extension failed: if that is because this instance is cut off (Chrome keeps the old
 * script running after an update, and only its calls tell), stop it through the same path as a newer
 * instance would, so the page is left without dead marks or a card that cannot load.
 */
export function stopIfCutOff(err: unknown): void {
  if (isCutOffError(err)) document.dispatchEvent(new CustomEvent(STARTED));
}

/** In this instance: stop when a newer one starts and this one is cut off. */
export function stopWhenReplaced(teardown: () => void, signal: AbortSignal): void {
  document.addEventListener(STARTED, () => {
    if (cutOff()) teardown();
  }, { signal });
}
