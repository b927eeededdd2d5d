/**
 * The fact reader's gold suite: short reports written for these tests only (no outlet's text), in English,
 * Arabic and Russian, about one invented day of the Kremlin talks and its aftermath. Each text carries what
 * a case of issue 21 needs: one fact in three scripts with different wording and credits, a number that
 * differs, a development begun then completed, a hedge against a statement, a wire report repeated across
 * languages, captions and teasers, and the State Duma beside Douma.
 */
export interface GoldArticle {
  id: string;
  outlet: string;
  date: string;
  title: string;
  text: string;
}

export const GOLD: GoldArticle[] = [
  {
    id: 'gold-en-wire',
    outlet: 'Gold Wire',
    date: '2025-10-16',
    title: 'Putin and al-Sharaa meet in Moscow',
    text: [
      'Putin and al-Sharaa meet in Moscow',
      'Russian President Vladimir Putin met Syrian President Ahmad al-Sharaa at the Kremlin on Wednesday, Reuters reported.',
      "Putin's talks with al-Sharaa lasted more than two and a half hours, according to Reuters.",
      'Al-Sharaa asked Russia to extradite Bashar al-Assad, according to Reuters.',
      'Photo: Ahmad al-Sharaa arrives in Moscow © Gold Wire / Pool',
      'Read also: What the Hmeimim lease says about Russia in Syria',
    ].join('\n'),
  },
  {
    id: 'gold-ar-daily',
    outlet: 'الصحيفة الذهبية',
    date: '2025-10-16',
    title: 'الشرع في موسكو',
    text: [
      'الشرع في موسكو',
      'التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين، بحسب رويترز.',
      'واستمرت محادثات بوتين مع الشرع أكثر من ساعتين ونصف، وفقا لرويترز.',
      'وطلب الشرع من روسيا تسليم بشار الأسد لمحاكمته، وفقا لرويترز.',
      'وقال نائب في الدوما الروسي إن المحادثات كانت مثمرة للغاية بالنسبة للبلدين.',
      'اقرأ أيضا: قاعدة حميميم بين الماضي والمستقبل',
    ].join('\n'),
  },
  {
    id: 'gold-ru-agency',
    outlet: 'Золотое агентство',
    date: '2025-10-16',
    title: 'Путин и аш-Шараа провели переговоры',
    text: [
      'Путин и аш-Шараа провели переговоры',
      'Президент России Владимир Путин провел переговоры с Ахмедом аш-Шараа в Кремле, сообщает ТАСС.',
      'Переговоры Путина с аш-Шараа продолжались два часа, уточнили в Кремле.',
      'Шараа попросил Россию о выдаче Башара Асада, сообщает агентство Reuters.',
      'Депутаты Госдумы, в том числе председатель комитета Думы по обороне, поддержали итоги встречи.',
      'Ранее журналисты выяснили, как живет семья Асада в Москве.',
    ].join('\n'),
  },
  {
    id: 'gold-en-withdrawal-begun',
    outlet: 'Gold Wire',
    date: '2025-01-20',
    title: 'Russian troops leave Qamishli',
    text: [
      'Russian troops leave Qamishli',
      'Russia began withdrawing its forces from Qamishli airport on Monday, Syrian sources said.',
    ].join('\n'),
  },
  {
    id: 'gold-en-hedge',
    outlet: 'Gold Wire',
    date: '2025-10-02',
    title: 'Hmeimim stays',
    text: ['Hmeimim stays', 'Russia is likely to keep a presence at Hmeimim air base, officials told Gold Wire.'].join('\n'),
  },
  {
    id: 'gold-ru-withdrawal-completed',
    outlet: 'Золотое агентство',
    date: '2025-10-02',
    title: 'Вывод завершен',
    text: [
      'Вывод завершен',
      'Россия завершила вывод своих военных с аэродрома Камышлы, сообщили в Минобороны России.',
      'Россия сохранит присутствие на авиабазе Хмеймим, заявил Дмитрий Песков журналистам.',
    ].join('\n'),
  },
];
