import { describe, expect, it } from 'vitest';
import data from '../../../../src/corpus/context/not-a-claim.json';
import { notAClaim } from '../../../../src/corpus/context/not-a-claim';

// Sentences written for this test, in the three languages of the interface.
describe('sentences of a page that are no claim', () => {
  it('is data: each kind has patterns that compile, and the conditionals cover English, Arabic and Russian', () => {
    for (const kind of ['question', 'conditional', 'teaser', 'byline'] as const) {
      const patterns = Object.values(data[kind] as Record<string, string[]>).flat();
      expect(patterns.length).toBeGreaterThan(0);
      for (const p of patterns) expect(() => new RegExp(p, 'iu')).not.toThrow();
    }
    expect(Object.keys(data.conditional).sort()).toEqual(['ar', 'en', 'ru']);
  });

  it.each([
    ['question', 'Will the talks in Sochi change anything this winter?'],
    ['question', 'هل تغيّر المحادثات شيئًا على الأرض؟'],
    ['question', 'Nobody knows yet whether the working group will meet in Damascus.'],
    ['question', 'Будет ли группа собираться в Дамаске, пока неизвестно.'],
    ['question', 'ولم يتضح ما إذا كانت اللجنة ستجتمع في دمشق.'],
    ['conditional', 'If the offensive goes on, more families will leave the villages.'],
    ['conditional', 'Perhaps Moscow will press Damascus for a pause, one diplomat said.'],
    ['conditional', 'The base could host more aircraft next year, an officer said.'],
    ['conditional', 'إذا استمر القصف فستغادر عائلات كثيرة القرى.'],
    ['conditional', 'ربما تطلب موسكو هدنة قبل الشتاء.'],
    ['conditional', 'قد يطلب الوفد ضمانات جديدة في الجولة المقبلة.'],
    ['conditional', 'Если наступление продолжится, из сёл уйдут новые семьи.'],
    ['conditional', 'Возможно, Москва попросит о перемирии до зимы.'],
    ['teaser', '2:41 Watch: families leave the villages as the shelling moves closer'],
    ['teaser', 'Watch: the convoy crosses the bridge at dawn'],
    ['teaser', 'شاهد: القافلة تعبر الجسر عند الفجر'],
    ['teaser', 'Читайте также: колонна пересекла мост на рассвете'],
    ['byline', 'By Nadia Kerr, The Harbour Post'],
    ['byline', 'بقلم سامر حداد'],
  ])('%s: %s', (kind, sentence) => {
    expect(notAClaim(sentence)).toBe(kind);
  });

  it.each([
    'Russian warplanes struck three villages south of Idlib on Monday, according to Reuters.',
    'Russia said it could not guarantee the safety of the convoy.',
    'The ministry said its forces had taken two hills after a week of clashes.',
    'وطلب الوفد السوري مساعدة روسية في بناء الجيش، بحسب رويترز.',
    'Стороны обсудили будущее авиабазы в ходе переговоров в Кремле.',
  ])('a report stays a claim: %s', (sentence) => {
    expect(notAClaim(sentence)).toBeUndefined();
  });
});
