import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../../../src/model/fact';
import { goldReader, sentenceArticles, type GoldReader, type LeadLang } from './gold-reader';

/**
 * What an outlet was told is credited to that outlet, in every script: "sources told Reuters", "قالت مصادر
 * لرويترز", "сообщили Reuters". Without it, an Arabic or Russian retelling of a Reuters report counts as an
 * origin of its own beside Reuters. Texts written for this test.
 */
const CASES: Array<[LeadLang, string, string | undefined]> = [
  ['ar', 'وقالت مصادر لرويترز إن الشرع سيطلب من روسيا تسليم بشار الأسد.', 'reuters'],
  ['ar', 'وقال مصدر سوري مطلع لرويترز إن الشرع سيطلب تسليم الأسد.', 'reuters'],
  ['ar', 'وقال مسؤول سوري في تصريح لوكالة فرانس برس إن الشرع طلب من روسيا تسليم الأسد.', 'afp'],
  ['ar', 'وقال مسؤول سوري إن الشرع طلب من روسيا تسليم الأسد.', 'anonymous'],
  ['ru', 'Источники сообщили Reuters, что аш-Шараа попросит Россию выдать Асада.', 'reuters'],
  ['ru', 'Аш-Шараа попросил Россию выдать Асада, сообщил ТАСС.', 'tass'],
  ['ru', 'Сирийский чиновник рассказал ТАСС, что аш-Шараа попросил Россию выдать Асада.', 'tass'],
  ['en', 'Sources told Reuters that al-Sharaa asked Russia to extradite Assad.', 'reuters'],
  // Told to a person is no credit; nor is an outlet that is not told anything.
  ['ar', 'وقال الشرع للرئيس بوتين إن سوريا تطلب تسليم الأسد.', undefined],
  ['ru', 'Аш-Шараа заявил журналистам, что Сирия попросила Россию выдать Асада.', undefined],
];

let read: GoldReader['read'];
beforeAll(async () => {
  ({ read } = await goldReader(sentenceArticles(CASES)));
});

describe('the outlet a statement was told to is its credited origin', () => {
  CASES.forEach(([, text, credit], i) => {
    it(`${credit ?? 'no credit'}: ${text}`, () => {
      const request: Fact | undefined = read(`case-${i}`).facts.find((f) => f.action === 'extradite');
      expect(request, JSON.stringify(read(`case-${i}`).skipped)).toBeDefined();
      expect(request!.credit).toBe(credit);
      // The outlet is never the one who acts or is acted on.
      expect([request!.who, ...request!.whom]).not.toContain(credit);
    });
  });
});
