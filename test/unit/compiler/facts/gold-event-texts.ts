import type { GoldArticle } from './gold-texts';

/**
 * Gold texts for attaching a reader's article to the event it reports (written for these tests only, no
 * outlet's text): the day after the Kremlin talks, an English, an Arabic and a Russian report that name no
 * event but its participants, in the past tense, with the installations in declined or construct forms — and
 * near misses that share words and names with them but report something else, or too late.
 */
export const GOLD_EVENTS: GoldArticle[] = [
  {
    id: 'event-en',
    outlet: 'Gold Evening',
    date: '2025-10-16',
    title: 'A long evening in Moscow',
    text: [
      'A long evening in Moscow',
      'Vladimir Putin reaffirmed the historic ties between Russia and Syria as he received Ahmad al-Sharaa.',
      'The two delegations discussed the future of the Hmeimim air base and the Tartus naval base.',
    ].join('\n'),
  },
  {
    id: 'event-ar',
    outlet: 'المساء الذهبي',
    date: '2025-10-16',
    title: 'أمسية طويلة في موسكو',
    text: [
      'أمسية طويلة في موسكو',
      'وأكد فلاديمير بوتين العلاقات التاريخية بين روسيا وسوريا خلال استقباله أحمد الشرع.',
      'وناقش الجانبان مستقبل قاعدة حميميم والقاعدة البحرية الروسية في طرطوس.',
    ].join('\n'),
  },
  {
    id: 'event-ru',
    outlet: 'Золотой вечер',
    date: '2025-10-17',
    title: 'Долгий вечер в Москве',
    text: [
      'Долгий вечер в Москве',
      'Владимир Путин подтвердил исторические связи между Россией и Сирией на встрече с Ахмедом аш-Шараа.',
      'Стороны обсудили будущее авиабазы Хмеймим и военно-морской базы в Тартусе.',
    ].join('\n'),
  },
  {
    // Near miss: the same participants and words, but ten days after the talks — another meeting, not the talks.
    id: 'event-late',
    outlet: 'Gold Evening',
    date: '2025-10-25',
    title: 'Another evening in Moscow',
    text: [
      'Another evening in Moscow',
      'Vladimir Putin reaffirmed the historic ties between Russia and Syria as he received Ahmad al-Sharaa again.',
    ].join('\n'),
  },
  {
    // Near miss: the day after the talks, but one participant only, on another subject.
    id: 'event-other',
    outlet: 'Золотой вечер',
    date: '2025-10-16',
    title: 'Путин в Душанбе',
    text: [
      'Путин в Душанбе',
      'Владимир Путин подтвердил исторические связи между Россией и Сирией в беседе с журналистами в Душанбе.',
    ].join('\n'),
  },
];

/** Archive content in an article of today: what it states is dated by its text, in each language. */
export const GOLD_ARCHIVE: GoldArticle[] = [
  {
    id: 'archive-en',
    outlet: 'Gold Archive',
    date: '2025-10-16',
    title: 'From the archive: the lease',
    text: ['From the archive: the lease', 'In 2017, Russia signed a lease for the Tartus naval base with the Syrian government.'].join('\n'),
  },
  {
    id: 'archive-ar',
    outlet: 'الأرشيف الذهبي',
    date: '2025-10-16',
    title: 'من الأرشيف: عقد الإيجار',
    text: ['من الأرشيف: عقد الإيجار', 'وفي عام 2017 وقعت روسيا اتفاقية لتأجير قاعدة طرطوس البحرية مع الحكومة السورية.'].join('\n'),
  },
  {
    id: 'archive-ru',
    outlet: 'Золотой архив',
    date: '2025-10-16',
    title: 'Из архива: аренда',
    text: ['Из архива: аренда', 'В 2017 году Россия подписала соглашение об аренде военно-морской базы в Тартусе с сирийским правительством.'].join('\n'),
  },
];

/** A stated position on a topic, told in three languages by three outlets: the bases' future is unsettled. */
export const GOLD_STANCE: GoldArticle[] = [
  {
    id: 'stance-en',
    outlet: 'Gold Courier',
    date: '2025-10-16',
    title: 'Bases: no decision',
    text: ['Bases: no decision', 'The future of the Hmeimim air base remains unclear after the talks, officials said.'].join('\n'),
  },
  {
    id: 'stance-ar',
    outlet: 'البريد الذهبي',
    date: '2025-10-16',
    title: 'القواعد بلا قرار',
    text: ['القواعد بلا قرار', 'ولا يزال مستقبل قاعدة حميميم غامضا بعد المحادثات، بحسب مسؤولين.'].join('\n'),
  },
  {
    id: 'stance-ru',
    outlet: 'Золотой вестник',
    date: '2025-10-16',
    title: 'Базы: решения нет',
    text: ['Базы: решения нет', 'Будущее авиабазы Хмеймим после переговоров остается неясным, сообщили чиновники.'].join('\n'),
  },
];

/** Talks about the Hmeimim base told as still going on, in February and March, in three languages. */
export const GOLD_ONGOING: GoldArticle[] = [
  {
    id: 'ongoing-en',
    outlet: 'Gold Courier',
    date: '2025-02-20',
    title: 'Base talks go on',
    text: ['Base talks go on', 'Moscow and Damascus are still negotiating the future of the Hmeimim air base, diplomats said.'].join('\n'),
  },
  {
    id: 'ongoing-ru',
    outlet: 'Золотой вестник',
    date: '2025-03-05',
    title: 'Переговоры о базе',
    text: ['Переговоры о базе', 'Россия и Сирия продолжают обсуждать будущее авиабазы Хмеймим, сообщили дипломаты.'].join('\n'),
  },
  {
    id: 'ongoing-ar',
    outlet: 'البريد الذهبي',
    date: '2025-03-20',
    title: 'مفاوضات القاعدة',
    text: ['مفاوضات القاعدة', 'وتتواصل المفاوضات بين موسكو ودمشق حول مستقبل قاعدة حميميم، بحسب دبلوماسيين.'].join('\n'),
  },
];
