import type { GoldArticle } from './gold-texts';

/**
 * Gold texts for the topical and positional acts (written for these tests only, no outlet's text): talks
 * about the bases, ties affirmed, a pledge to honour agreements, guarantees asked for, an extradition asked
 * for and refused — each told in English, Arabic and Russian with different wording and credits, plus a
 * hedge and sentences that share words with them but must not merge.
 */
export const GOLD_TOPICS: GoldArticle[] = [
  {
    id: 'topic-en',
    outlet: 'Gold Courier',
    date: '2025-10-16',
    title: 'Bases on the table in Moscow',
    text: [
      'Bases on the table in Moscow',
      'The two delegations negotiated the future of the Hmeimim air base and the Tartus naval base, according to Reuters.',
      'Vladimir Putin reaffirmed the historic ties between Russia and Syria during the meeting.',
      'Ahmad al-Sharaa pledged to honour all agreements signed by the previous government.',
      'The Syrian delegation asked Moscow for guarantees that Russia would not arm Assad loyalists.',
      'Russian officials refused to hand over Bashar al-Assad, the Syrian side said.',
      'Putin praised the recent Syrian elections, adding that they would strengthen political ties inside the country.',
      'The two sides also discussed trade, energy prices and tourism.',
    ].join('\n'),
  },
  {
    id: 'topic-ar',
    outlet: 'البريد الذهبي',
    date: '2025-10-16',
    title: 'القواعد على الطاولة',
    text: [
      'القواعد على الطاولة',
      'وبحث الجانبان مستقبل قاعدة حميميم والقاعدة البحرية في طرطوس، بحسب رويترز.',
      'وأكد فلاديمير بوتين العلاقات التاريخية بين روسيا وسوريا خلال اللقاء.',
      'وتعهد أحمد الشرع باحترام جميع الاتفاقيات التي وقعتها الحكومة السابقة.',
      'وطلب الوفد السوري من موسكو ضمانات بعدم تسليح أنصار الأسد.',
      'ورفضت روسيا تسليم بشار الأسد، وفقا لمصادر سورية.',
    ].join('\n'),
  },
  {
    id: 'topic-ru',
    outlet: 'Золотой вестник',
    date: '2025-10-16',
    title: 'Базы на переговорах',
    text: [
      'Базы на переговорах',
      'Стороны обсудили будущее авиабазы Хмеймим и базы ВМФ в Тартусе, по данным Reuters.',
      'Владимир Путин подтвердил исторические связи между Россией и Сирией.',
      'Ахмед аш-Шараа пообещал соблюдать все соглашения, подписанные прежним правительством.',
      'Сирийская делегация попросила у Москвы гарантии того, что Россия не будет вооружать сторонников Асада.',
      'Россия отказалась выдать Башара Асада, сообщили сирийские источники.',
    ].join('\n'),
  },
  {
    id: 'topic-hedges',
    outlet: 'Gold Courier',
    date: '2025-10-14',
    title: 'Ahead of the visit',
    text: [
      'Ahead of the visit',
      'Al-Sharaa is expected to discuss the Hmeimim air base with Putin in Moscow.',
      'ومن المتوقع أن يبحث الجانبان مستقبل قاعدة حميميم.',
      'Стороны могут обсудить будущее авиабазы Хмеймим.',
      'Russia and Syria discussed wheat shipments in a separate meeting.',
    ].join('\n'),
  },
];
