// t() over a catalogue: named placeholders, Arabic and Russian plural categories, text with elements
// inside, dates and numbers through Intl; and over the browser's own catalogue (browser.i18n).
import { afterEach, describe, expect, it } from 'vitest';
import ar from '../../../src/locales/ar/messages.json';
import en from '../../../src/locales/en/messages.json';
import ru from '../../../src/locales/ru/messages.json';
import { currentLocale, formatDay, localeDirection, t, textLanguage, tParts, useCatalogue } from '../../../src/shared/i18n';

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('t', () => {
  it('fills named placeholders in any order', () => {
    useCatalogue('en', en);
    expect(t('notice_imported', { updated: 1, file: 'settings.json', added: 2 })).toBe('Imported settings.json: 2 added, 1 updated.');
    expect(t('findings_position', { current: 2, total: 5 })).toBe('2 of 5');
  });

  it('picks the English, Russian and Arabic plural forms', () => {
    useCatalogue('en', en);
    expect([1, 2].map((count) => t('passages', { count }))).toEqual(['1 passage', '2 passages']);
    useCatalogue('ru', ru);
    expect([1, 3, 5, 21, 1.5].map((count) => t('mentions', { count }))).toEqual([
      '1 упоминание',
      '3 упоминания',
      '5 упоминаний',
      '21 упоминание',
      '1,5 упоминания',
    ]);
    useCatalogue('ar', ar);
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('articles', { count }));
    expect(forms.slice(0, 3)).toEqual(['لا مقالات', 'مقال واحد', 'مقالان']);
    // few (3–10), many (11–99), other (100…): the number is written in the interface's language.
    expect(forms.slice(3)).toEqual([`${(3).toLocaleString('ar')} مقالات`, `${(11).toLocaleString('ar')} مقالًا`, `${(100).toLocaleString('ar')} مقال`]);
  });

  it('cuts a message around elements put in its placeholders', () => {
    useCatalogue('ar', ar);
    const strong = { element: 'strong' };
    expect(tParts('site_on', { site: strong })).toEqual(['يعمل على ', strong]);
    useCatalogue('en', en);
    expect(tParts('search_did_you_mean', { query: strong })).toEqual(['Did you mean ', strong, '?']);
  });

  it('knows the direction of its language', () => {
    useCatalogue('ar', ar);
    expect([currentLocale(), localeDirection()]).toEqual(['ar', 'rtl']);
    useCatalogue('ru', ru);
    expect(localeDirection()).toBe('ltr');
  });

  it('reads the browser catalogue when no language was chosen, positional values in the order of the names', () => {
    const calls: Array<[string, unknown]> = [];
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: {
        getMessage(key: string, values?: string[]) {
          calls.push([key, values]);
          if (key === 'meta_locale') return 'ru';
          if (key === 'mentions_few') return `${values?.[0]} упоминания`;
          if (key === 'options_show_again_label') return `Снова показывать ${values?.[0]} на ${values?.[1]}`;
          return '';
        },
      },
    };
    useCatalogue('', null);
    expect(t('mentions', { count: 3 })).toBe('3 упоминания');
    expect(t('options_show_again_label', { site: 'reuters.com', name: 'Russia' })).toBe('Снова показывать Russia на reuters.com');
    expect(calls.some(([key]) => key === 'mentions_few')).toBe(true);
  });
});

describe('formatDay', () => {
  it('writes calendar dates in each language, never shifted by the time zone', () => {
    expect(formatDay('2025-03-14', 'en')).toBe('14 Mar 2025');
    expect(formatDay('2025-03', 'en')).toBe('Mar 2025');
    expect(formatDay('2025-03-14', 'ru')).toMatch(/^14 мар\.? 2025/);
    expect(formatDay('2025-03-14', 'ar')).toContain('مارس');
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });
});

describe('textLanguage', () => {
  it('tells corpus text by its letters', () => {
    expect(textLanguage('Talks covered Hmeimim.')).toBe('en');
    expect(textLanguage('В Хмеймиме тихо.')).toBe('ru');
    expect(textLanguage('قاعدة حميميم الجوية')).toBe('ar');
    expect(textLanguage('2025 · 12')).toBeNull();
  });
});
