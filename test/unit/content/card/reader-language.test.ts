// The card's own words for what the corpus gives as data (issue 21): an event's name, an unnamed outlet and a date
// that is the text's rather than the article's, said in the reader's language from the catalogues.
import { afterEach, describe, expect, it } from 'vitest';
import ar from '../../../../src/locales/ar/messages.json';
import en from '../../../../src/locales/en/messages.json';
import ru from '../../../../src/locales/ru/messages.json';
import { dateNoteText, outletText, sourceDateText, whenText } from '../../../../src/content/card/format';
import type { Claim, ClaimFact } from '../../../../src/model/corpus-types';
import { useCatalogue, type MessageFile } from '../../../../src/shared/i18n';

const TALKS = { id: 'kremlin-talks-2025-10-15', label: "Al-Sharaa's talks with Putin at the Kremlin", date: '2025-10-15', labels: { ar: 'محادثات الشرع مع بوتين في الكرملين', ru: 'Переговоры аш-Шараа с Путиным в Кремле' } };

afterEach(() => useCatalogue('en', en as MessageFile));

describe('the card says the corpus’s data in the reader’s language', () => {
  it('names the event a claim is set in by its label in Arabic and Russian, in English otherwise', () => {
    useCatalogue('ar', ar as MessageFile);
    expect(whenText(TALKS).event).toBe('محادثات الشرع مع بوتين في الكرملين');
    useCatalogue('ru', ru as MessageFile);
    expect(whenText(TALKS).event).toBe('Переговоры аш-Шараа с Путиным в Кремле');
    useCatalogue('en', en as MessageFile);
    expect(whenText(TALKS).event).toBe("Al-Sharaa's talks with Putin at the Kremlin");
  });

  it('says an unnamed outlet in the reader’s words, the agency it cites as written', () => {
    useCatalogue('ar', ar as MessageFile);
    expect(outletText('unnamed outlet citing Reuters')).toBe('وسيلة إعلام غير مسمّاة نقلًا عن \u2068Reuters\u2069');
    useCatalogue('ru', ru as MessageFile);
    expect(outletText('unnamed outlet')).toBe('издание не названо');
    expect(outletText('Zamin')).toBe('Zamin');
  });

  it('says a date is the text’s when it is well before the article that tells it, and only then', () => {
    const claim = (date: string, source: ClaimFact['when']['source']): Pick<Claim, 'fact' | 'when' | 'sources'> => ({
      when: { id: `time:${date}`, label: date, date },
      fact: { when: { date, source } } as ClaimFact,
      sources: [{ articleId: 'a', passageId: 'a#1', outlet: 'Zamin', date: '2025-10-16', quote: '…' }],
    });
    useCatalogue('ru', ru as MessageFile);
    expect(dateNoteText(claim('2017', 'text'))).toMatch(/^дата из текста; опубликовано 16 окт/);
    expect(dateNoteText(claim('2025-10', 'text'))).toBeNull();
    expect(dateNoteText(claim('2017', 'article'))).toBeNull();
  });

  it('says a date was assumed, and why, when the reader’s article gave none; and marks the source whose date was', () => {
    const claim = (origin: 'saved' | 'pack', dateSource?: 'assumed' | 'reader'): Pick<Claim, 'fact' | 'when' | 'sources'> => ({
      when: { id: 'time:2026-12-01', label: '2026-12-01', date: '2026-12-01' },
      fact: { when: { date: '2026-12-01', source: dateSource === 'assumed' ? 'assumed' : 'article' } } as ClaimFact,
      sources: [{ articleId: 'u', passageId: 'u#1', outlet: 'Zamin', date: '2026-12-01', quote: '…', origin, ...(dateSource ? { dateSource } : {}) }],
    });
    useCatalogue('en', en as MessageFile);
    expect(dateNoteText(claim('saved', 'assumed'))).toBe('date assumed: the day it was saved');
    expect(dateNoteText(claim('pack', 'assumed'))).toBe('date assumed: the pack gave none');
    expect(dateNoteText(claim('pack', 'reader'))).toBeNull();
    expect(dateNoteText(claim('pack'))).toBeNull();
    useCatalogue('ar', ar as MessageFile);
    expect(dateNoteText(claim('saved', 'assumed'))).toBe('التاريخ مفترض: يوم حفظ المقال');
    expect(sourceDateText({ dateSource: 'reader' })).toBe('تاريخ أُدخل يدويًا');
    useCatalogue('ru', ru as MessageFile);
    expect(dateNoteText(claim('pack', 'assumed'))).toBe('дата предположительная: в пакете её не было');
    expect(sourceDateText({ dateSource: 'assumed' })).toBe('дата предположительная');
    expect(sourceDateText({})).toBeNull();
  });
});
