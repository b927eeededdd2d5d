import type { GoldArticle } from './gold-texts';

/**
 * More of the gold suite (issue 21), written for these tests only (no outlet's text): Russia's refusal to hand
 * Assad over, told in English, Arabic and Russian with different wording, verbs and credits (a spokesman, a wire,
 * "Moscow", "the Kremlin"); conditionals and hedges beside it, which are never asserted facts; and the gaps the
 * side panel showed across scripts — the deputy prime minister's energy talks, the request for a new army, and
 * the talks' length told as "three hours".
 */
export const GOLD_STANCES: GoldArticle[] = [
  {
    id: 'gold-en-refusal',
    outlet: 'Gold Wire',
    date: '2025-10-17',
    title: 'Kremlin rules out handing over Assad',
    text: [
      'Kremlin rules out handing over Assad',
      'Russia will not extradite former Syrian President Bashar al-Assad, Kremlin spokesman Dmitry Peskov told reporters.',
      'Moscow refused to hand Assad over to the authorities in Damascus, according to Reuters.',
      'If Russia hands over Assad, relations with Damascus could improve quickly, one analyst said.',
      'Perhaps Russia will hand over Assad next year, the analyst added.',
      'Whether Russia will hand over Assad remains the hardest question between Moscow and Damascus.',
    ].join('\n'),
  },
  {
    id: 'gold-ar-refusal',
    outlet: 'الصحيفة الذهبية',
    date: '2025-10-17',
    title: 'الكرملين يستبعد تسليم الأسد',
    text: [
      'الكرملين يستبعد تسليم الأسد',
      'وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لن تسلم الرئيس السوري السابق بشار الأسد إلى دمشق.',
      'ورفضت موسكو تسليم الأسد إلى السلطات في دمشق، بحسب رويترز.',
      'وإذا سلمت روسيا بشار الأسد فقد تتحسن العلاقات مع دمشق بسرعة، بحسب محلل.',
      'وربما تسلم روسيا بشار الأسد في العام المقبل، بحسب المحلل نفسه.',
    ].join('\n'),
  },
  {
    id: 'gold-ru-refusal',
    outlet: 'Золотое агентство',
    date: '2025-10-17',
    title: 'Кремль исключил выдачу Асада',
    text: [
      'Кремль исключил выдачу Асада',
      'Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия не будет выдавать бывшего президента Сирии Башара Асада.',
      'Москва отказалась выдать Башара Асада властям в Дамаске, сообщает ТАСС.',
      'Если Россия выдаст Башара Асада, отношения с Дамаском могут быстро улучшиться, считает один аналитик.',
      'Возможно, Россия выдаст Башара Асада в следующем году, добавил аналитик.',
    ].join('\n'),
  },
  {
    id: 'gold-ru-panel',
    outlet: 'Золотое агентство',
    date: '2025-10-16',
    title: 'Итоги визита аш-Шараа',
    text: [
      'Итоги визита аш-Шараа',
      'Переговоры Ахмеда аш-Шараа и Владимира Путина в Кремле продлились три часа.',
      'Вице-премьер РФ Александр Новак сообщил, что российские и сирийские официальные лица обсудили энергетическое сотрудничество, включая нефтяные проекты в Сирии.',
    ].join('\n'),
  },
  {
    id: 'gold-ar-panel',
    outlet: 'الصحيفة الذهبية',
    date: '2025-10-16',
    title: 'نتائج زيارة الشرع',
    text: [
      'نتائج زيارة الشرع',
      'والتقى الرئيس السوري أحمد الشرع الرئيس الروسي فلاديمير بوتين في الكرملين.',
      'وطلب الوفد السوري من روسيا المساعدة في بناء جيش سوري جديد.',
    ].join('\n'),
  },
  {
    id: 'gold-en-panel',
    outlet: 'Gold Wire',
    date: '2025-10-16',
    title: 'What the Kremlin talks settled',
    text: [
      'What the Kremlin talks settled',
      'Syrian President Ahmad al-Sharaa met Russian President Vladimir Putin at the Kremlin.',
      'The Syrian delegation requested Russian assistance in creating a new Syrian army.',
      'Russian Deputy Prime Minister Alexander Novak said that Russian and Syrian officials discussed energy cooperation, including oil projects in Syria.',
      'The talks between Putin and al-Sharaa lasted two hours, a Syrian official said.',
    ].join('\n'),
  },
];
