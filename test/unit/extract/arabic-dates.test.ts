import { describe, expect, it } from 'vitest';
import arabicDates from '../../../src/extract/date/arabic-dates.json';
import { normalizeArabicDate } from '../../../src/extract/date/arabic-dates';
import { printedDays } from '../../../src/extract/date/date-text';

describe('Arabic dates: our addition to chrono-node', () => {
  it.each([
    ['١٣ نيسان ٢٠٢٠', '2020-04-13'],
    ['١٣/٤/٢٠٢٠', '2020-04-13'],
    ['۱۳ آوریل ۲۰۲۰'.replace('آوریل', 'أبريل'), '2020-04-13'],
    ['الأحد 13 أبريل/نيسان 2020', '2020-04-13'],
    ['5 ماي 2021', '2021-05-05'],
    ['5 مايو 2021', '2021-05-05'],
    ['12 غشت 2019', '2019-08-12'],
    ['12 أوت 2019', '2019-08-12'],
    ['2 جوان 2018', '2018-06-02'],
    ['2 يونيه 2018', '2018-06-02'],
    ['9 دجنبر 2022', '2022-12-09'],
    ['9 جانفي 2022', '2022-01-09'],
    ['1 تشرين الأول 2015', '2015-10-01'],
    ['نشر في: الأحد 13 إبريل 2020 - 04:38 م', '2020-04-13'],
  ])('%s', (text, day) => {
    expect(printedDays(text, 'ar')[0]?.day).toBe(day);
  });

  it('turns both Arabic-Indic digit sets into ASCII digits and drops the tatweel', () => {
    expect(normalizeArabicDate('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
    expect(normalizeArabicDate('أبريـــل')).toBe('أبريل');
  });

  it('rewrites a variant only as a whole word: "مايو" stays, "ماي" becomes it', () => {
    expect(normalizeArabicDate('5 مايو')).toBe('5 مايو');
    expect(normalizeArabicDate('5 ماي')).toBe('5 مايو');
  });

  it('maps every variant in the data file to a month chrono-node reads', () => {
    for (const [variant, known] of Object.entries(arabicDates.monthVariants)) {
      expect(printedDays(`3 ${known} 2020`, 'ar'), `${known} (for ${variant})`).toHaveLength(1);
      expect(printedDays(`3 ${variant} 2020`, 'ar')[0]?.day, variant).toBe(printedDays(`3 ${known} 2020`, 'ar')[0]?.day);
    }
    for (const digits of arabicDates.digits) expect(Array.from(digits)).toHaveLength(10);
  });
});
