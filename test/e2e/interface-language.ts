import type { BrowserName } from './harness/lifecycle';

/** Launch options that make `browser` run in `lang`. */
export function inLanguage(browser: BrowserName, lang: string) {
  if (browser === 'chromium') return { chromiumArgs: [`--lang=${lang}`] };
  return {
    firefoxPrefs: {
      'intl.locale.requested': lang,
      // Debian's language packs sit in the application's own extensions folder: let a fresh profile use them.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.langpacks.signatures.required': false,
    },
  };
}

