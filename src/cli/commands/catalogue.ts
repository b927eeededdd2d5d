import type { Lang } from '../../model/corpus-types';
import type { MessageOf } from '../../corpus/fact-headline';
import ar from '../../locales/ar/messages.json';
import en from '../../locales/en/messages.json';
import ru from '../../locales/ru/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGUES: Record<Lang, Catalogue> = { en, ar, ru } as unknown as Record<Lang, Catalogue>;

/**
 * The extension's own message catalogues, for `backstory card --lang`: the same words the card shows in that
 * interface language. Plural keys are chosen by `count` with the language's plural rules, as the card's t() does.
 */
export function catalogueMessages(lang: Lang): MessageOf {
  const cat = CATALOGUES[lang];
  const rules = new Intl.PluralRules(lang);
  // Numbers as t() writes them in that language ("1,000").
  const numbers = new Intl.NumberFormat(lang);
  return (key, params = {}) => {
    const entry = cat[key] ?? (typeof params.count === 'number' ? (cat[`${key}_${rules.select(params.count)}`] ?? cat[`${key}_other`]) : undefined);
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => {
      const value = params[name] ?? '';
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** The CLI's own language: its messages (a pack's problems) in the extension's English words. */
export const sayInEnglish = catalogueMessages('en');
