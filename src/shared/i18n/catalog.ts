/**
 * Translated interface text: one catalogue per language in `src/locales/<lang>/messages.json`, the
 * WebExtension format the browsers read themselves (`browser.i18n`), copied by build.mjs to
 * `_locales/` in both builds.
 *
 * `t()` reads the browser's catalogue (the browser's language) unless the user chose a language on
 * the options page; then the chosen catalogue, read from the package (never the network), answers.
 * Placeholders are named (`$count$`); their positions ($1, $2, …) follow the names in alphabetical
 * order, so the same `values` object fills a message from either source (the key-parity test holds
 * every catalogue to that). Counted messages have one key per plural category (`sources_one`,
 * `sources_few`, …), picked with `Intl.PluralRules` for the catalogue's language.
 *
 * No browser API is imported here: the module reads `chrome.i18n` / `browser.i18n` from the global
 * scope when it is there, so page components render in unit tests with a catalogue set by the test.
 */
import type enMessages from '../../locales/en/messages.json';

type Catalogue = typeof enMessages;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
type PluralForm<K> = K extends `${string}_${PluralSuffix}` ? K : never;
type CatalogueKey = keyof Catalogue;

/** A plain message, or the base of a counted one (`sources` for `sources_one` … `sources_other`). */
export type MessageKey = Exclude<CatalogueKey, PluralForm<CatalogueKey>> | PluralBase<CatalogueKey>;
type FormOf<K extends MessageKey> = K extends CatalogueKey ? K : `${K}_other` & CatalogueKey;
type PlaceholderName<K extends MessageKey> = Catalogue[FormOf<K>] extends { placeholders: infer P } ? keyof P & string : never;
/** The values a message needs, by placeholder name; a counted message needs `count`. */
export type MessageValues<K extends MessageKey> = { [P in PlaceholderName<K>]: string | number };
type ValuesArg<K extends MessageKey> = [PlaceholderName<K>] extends [never] ? [] : [values: MessageValues<K>];

/** A catalogue as messages.json holds it. */
export type MessageFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;

interface BrowserI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/** The catalogue answering `t()`: the browser's, or one loaded from the package (a choice, a test). */
let loaded: { locale: string; messages: MessageFile } | null = null;

function browserI18n(): BrowserI18n | undefined {
  const g = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** Answer from `messages` (the user's choice, or a test's catalogue); null goes back to the browser's. */
export function useCatalogue(locale: string, messages: MessageFile | null): void {
  loaded = messages ? { locale, messages } : null;
}

/** The language of the catalogue answering now ("en", "ar", "ru"; "en-XA" for the pseudo-locale). */
export function currentLocale(): string {
  if (loaded) return loaded.locale;
  // Each catalogue names its own language, so this is the catalogue the browser picked, not its UI language.
  return browserI18n()?.getMessage('meta_locale') || 'en';
}

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export function localeDirection(locale = currentLocale()): 'rtl' | 'ltr' {
  return RTL.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

function format(value: string | number, locale: string): string {
  return typeof value === 'number' ? formatNumber(value, locale) : value;
}

/** Positional values in the alphabetical order of the placeholder names. */
function positional(values: Record<string, string>): string[] {
  return Object.keys(values)
    .sort()
    .map((name) => values[name] ?? '');
}

/** `$name$` → the placeholder's content → `$n` → the nth value; `$$` is a dollar sign. */
function substitute(entry: MessageFile[string], values: string[]): string {
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (whole === '$$') return '$';
    const content = byName.get(name!.toLowerCase());
    return content === undefined ? whole : fill(content);
  });
}

function lookup(key: string, values: string[]): string {
  if (loaded) {
    const entry = loaded.messages[key];
    return entry ? substitute(entry, values) : '';
  }
  return browserI18n()?.getMessage(key, values) ?? '';
}

function resolve(key: string, values: Record<string, string | number>): string {
  const locale = currentLocale();
  const texts: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) texts[name] = format(value, locale);
  const args = positional(texts);
  const count = values.count;
  if (typeof count === 'number') {
    const category = new Intl.PluralRules(locale).select(count);
    const text = lookup(`${key}_${category}`, args) || lookup(`${key}_other`, args);
    if (text) return text;
  }
  // A missing message shows its key: visible in review, and the parity test fails first.
  return lookup(key, args) || key;
}

/** The interface text for `key`, in the current language, with `values` put in its placeholders. */
export function t<K extends MessageKey>(key: K, ...values: ValuesArg<K>): string {
  return resolve(key, (values[0] ?? {}) as Record<string, string | number>);
}

/**
 * The message cut around its placeholders, for text with elements inside ("On <strong>site</strong>"):
 * each placeholder's value is put in as given (an element stays an element), the text as strings.
 */
export function tParts<K extends MessageKey, T>(key: K, values: { [P in PlaceholderName<K>]: string | number | T }): Array<string | T> {
  const marks: Record<string, string | number> = {};
  const slots = new Map<string, T>();
  let i = 0;
  for (const [name, value] of Object.entries(values) as Array<[string, string | number | T]>) {
    if (typeof value === 'string' || typeof value === 'number') marks[name] = value;
    else {
      const mark = `\uE000${i++}\uE001`;
      marks[name] = mark;
      slots.set(mark, value);
    }
  }
  const text = resolve(key, marks);
  return text
    .split(/(\uE000\d+\uE001)/)
    .filter((piece) => piece !== '')
    .map((piece) => (slots.has(piece) ? (slots.get(piece) as T) : piece));
}

const DATE_LOCALES: Record<string, string> = { en: 'en-GB' };

/** A number in the interface's language. */
export function formatNumber(value: number, locale = currentLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * "2025-03-14" as a date in the interface's language ("14 Mar 2025", "14 мар. 2025 г.", "١٤ مارس ٢٠٢٥");
 * "2025-03" as a month; anything else as given. Read as a calendar date (UTC), never shifted a day by
 * the time zone. English follows the house style of day, month, year. `month: 'long'` writes the month out
 * ("December 2024"), as the card names a month a statement is about.
 */
export function formatDay(iso: string, locale = currentLocale(), month: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.slice(0, 10));
  if (!m) return iso;
  const [year, monthNumber, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  if (monthNumber < 1 || monthNumber > 12 || (day !== null && (day < 1 || day > 31))) return iso;
  const date = new Date(Date.UTC(year, monthNumber - 1, day ?? 1));
  const tag = DATE_LOCALES[locale] ?? (locale === 'en-XA' ? 'en-GB' : locale);
  const options: Intl.DateTimeFormatOptions = day === null ? { month, year: 'numeric' } : { day: 'numeric', month, year: 'numeric' };
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(date);
}
