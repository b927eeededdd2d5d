import { describe, expect, it } from 'vitest';
import { notAClaim } from '../../../../src/compiler/facts';
import { lexicon } from '../../../../src/compiler/facts/lexicon';

// Sentences written for this test, in the three languages of the interface.
describe('sentences of a page that claim nothing (the fact reader’s one lexicon)', () => {
  it('reads its words from the lexicon, in English, Arabic and Russian', () => {
    for (const lang of ['en', 'ar', 'ru'] as const) {
      expect(lexicon().notStatements[lang].length).toBeGreaterThan(0);
      expect(lexicon().guess[lang].source.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['not-a-statement', 'Will the talks in Sochi change anything this winter?'],
    ['not-a-statement', 'هل تغيّر المحادثات شيئًا على الأرض؟'],
    ['conditional', 'Nobody knows yet whether the working group will meet in Damascus.'],
    ['not-a-statement', 'Будет ли группа собираться в Дамаске, пока неизвестно.'],
    ['conditional', 'ولم يتضح ما إذا كانت اللجنة ستجتمع في دمشق.'],
    ['conditional', 'If the offensive goes on, more families will leave the villages.'],
    ['guess', 'Perhaps Moscow will press Damascus for a pause, one diplomat said.'],
    ['guess', 'The base could host more aircraft next year, an officer said.'],
    ['conditional', 'إذا استمر القصف فستغادر عائلات كثيرة القرى.'],
    ['guess', 'ربما تطلب موسكو هدنة قبل الشتاء.'],
    ['guess', 'قد يطلب الوفد ضمانات جديدة في الجولة المقبلة.'],
    ['conditional', 'Если наступление продолжится, из сёл уйдут новые семьи.'],
    ['guess', 'Возможно, Москва попросит о перемирии до зимы.'],
    ['not-a-statement', '2:41 Watch: families leave the villages as the shelling moves closer'],
    ['not-a-statement', 'Watch: the convoy crosses the bridge at dawn'],
    ['not-a-statement', 'شاهد: القافلة تعبر الجسر عند الفجر'],
    ['not-a-statement', 'Читайте также: колонна пересекла мост на рассвете'],
    ['not-a-statement', 'By Nadia Kerr, The Harbour Post'],
    ['not-a-statement', 'بقلم سامر حداد'],
  ])('%s: %s', (kind, sentence) => {
    expect(notAClaim(sentence)).toBe(kind);
  });

  it.each([
    'Russian warplanes struck three villages south of Idlib on Monday, according to Reuters.',
    'Russia said it could not guarantee the safety of the convoy.',
    'The ministry said its forces had taken two hills after a week of clashes.',
    'By December, Russia had withdrawn most of its aircraft from the base, the ministry said.',
    'وطلب الوفد السوري مساعدة روسية في بناء الجيش، بحسب رويترز.',
    'Стороны обсудили будущее авиабазы в ходе переговоров в Кремле.',
  ])('a report stays a claim: %s', (sentence) => {
    expect(notAClaim(sentence)).toBeUndefined();
  });
});
