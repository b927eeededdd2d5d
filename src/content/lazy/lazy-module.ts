/**
 * The content script's lazy modules: code a page without a mention never runs, fetched from the extension
 * with `import()` when first needed, so every page evaluates only the small part that decides "nothing here".
 *
 * They are web-accessible resources (manifest.json) with `use_dynamic_url`: Chromium serves them only under
 * a random per-session ID, which `runtime.getURL` returns to our scripts and a page has no way to learn, so
 * a page fetching chrome-extension://<id>/content-detect.js gets nothing and cannot tell Backstory is there.
 * Firefox's moz-extension host is a random per-install UUID already. A module imported from a content script
 * runs in the content script's world with its extension APIs, under the extension's CSP, not the page's.
 */
import { runtime } from '../../shared/messaging/runtime';

/** Each lazy module: its file in the build (build.mjs `lazyModules`, manifest.json `web_accessible_resources`). */
export const LAZY_MODULES = { detect: 'content-detect.js', card: 'content-card.js' } as const;

const loading = new Map<string, Promise<unknown>>();

/** The module's exports, imported once per frame; a failed import is tried again on the next call. */
export function importLazy<T>(name: keyof typeof LAZY_MODULES): Promise<T> {
  let pending = loading.get(name);
  if (!pending) {
    pending = import(runtime().getURL(LAZY_MODULES[name])).catch((err: unknown) => {
      loading.delete(name);
      throw err;
    });
    loading.set(name, pending);
  }
  return pending as Promise<T>;
}
