import { expect } from 'vitest';
import type { Fact } from '../../../../src/model/fact';
import { eachSentenceReads, type LeadLang } from './gold-reader';

/**
 * A host receiving a guest is their meeting ("استقبل بوتين الشرع" was "Putin: visit"), and a meeting named as the
 * time of something else ("during the talks", "خلال اللقاء", "в ходе переговоров") is not the act the sentence
 * states. Texts written for this test.
 */
const CASES: Array<[LeadLang, string, Partial<Fact>]> = [
  ['ar', 'استقبل الرئيس الروسي فلاديمير بوتين، الأربعاء، الرئيس السوري أحمد الشرع في الكرملين، في أول زيارة يقوم بها الشرع إلى موسكو.', { who: 'vladimir-putin', action: 'meet', whom: expect.arrayContaining(['ahmad-al-sharaa']) as unknown as string[] }],
  ['en', 'Vladimir Putin hosted Ahmad al-Sharaa at the Kremlin for more than two hours.', { who: 'vladimir-putin', action: 'meet', whom: expect.arrayContaining(['ahmad-al-sharaa']) as unknown as string[] }],
  ['en', 'During the talks, Putin praised the historic ties between Russia and Syria.', { who: 'vladimir-putin', action: 'affirm-ties', whom: ['syria'] }],
  ['ar', 'وأشاد بوتين خلال اللقاء بالعلاقات التاريخية بين روسيا وسوريا.', { who: 'vladimir-putin', action: 'affirm-ties', whom: ['syria'] }],
  ['ru', 'В ходе переговоров Путин высоко оценил исторические связи между Россией и Сирией.', { who: 'vladimir-putin', action: 'affirm-ties', whom: ['syria'] }],
  // The partner named by its people only ("the Syrian people", "الشعب السوري").
  ['ar', 'وأكد بوتين خلال اللقاء أن روسيا تصرفت دائما بما يخدم مصالح الشعب السوري، مشيدا بالعلاقات التاريخية بين البلدين.', { who: 'vladimir-putin', action: 'affirm-ties', whom: ['syria'] }],
  ['en', 'Putin praised the historic ties between the two countries, saying Russia had always served the Syrian people.', { who: 'vladimir-putin', action: 'affirm-ties', whom: ['syria'] }],
];

eachSentenceReads('meetings: hosted, or the time of another act; ties with a country named by its people', CASES);
