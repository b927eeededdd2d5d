import { expect } from 'vitest';
import type { Fact } from '../../../../src/model/fact';
import { eachSentenceReads, type LeadLang } from './gold-reader';

/**
 * An act can be what was discussed rather than done ("The extradition of Assad was not discussed"), and the one an
 * act is done to never does it: read otherwise, Peskov's denial was "the Syrian side: extradition — Peskov, Putin".
 * Offering to take part in reconstruction is offering help. Texts written for this test.
 */
const CASES: Array<[LeadLang, string, Partial<Fact>]> = [
  ['en', 'The extradition of Bashar al-Assad was not discussed at the talks between Vladimir Putin and Ahmad al-Sharaa, Kremlin spokesman Dmitry Peskov told reporters.', { who: 'joint', action: 'discuss', whom: ['assad-extradition'], certainty: 'denied' }],
  ['ru', 'Вопрос о выдаче бывшего президента Сирии Башара Асада не обсуждался на переговорах Владимира Путина и Ахмеда аш-Шараа, заявил журналистам Дмитрий Песков.', { who: 'joint', action: 'discuss', whom: ['assad-extradition'], certainty: 'denied' }],
  // Al-Sharaa, named first, still asks: only the one handed over is kept from acting.
  ['en', 'Al-Sharaa asked Russia to hand over Bashar al-Assad, a Syrian official said.', { who: 'ahmad-al-sharaa', action: 'extradite', request: 'ask', whom: ['bashar-al-assad'] }],
  ['ru', 'Новак заявил, что Россия готова участвовать в восстановлении энергетики Сирии.', { who: 'side:ru', action: 'aid' }],
  ['ar', 'وقال نوفاك إن روسيا مستعدة للمشاركة في إعادة الإعمار في سوريا.', { who: 'side:ru', action: 'aid' }],
  ['en', 'Novak said Russia was ready to take part in the reconstruction of Syria.', { who: 'side:ru', action: 'aid' }],
];

// The one handed over never acts, in any reading.
eachSentenceReads('acts discussed, done to someone, or offered', CASES, (f) => expect(f.who).not.toBe('side:sy'));
