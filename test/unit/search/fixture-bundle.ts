import type { Article, CorpusBundle, Entity, Passage } from '../../../src/model/corpus-types';

/**
 * A small hand-made corpus for search tests: English, Arabic and Russian passages about the Russian
 * bases, al-Sharaa and Assad's extradition. Entity links are written by hand (as the compiler would
 * produce them), so the tests check search, not the linker.
 */

const entities: Entity[] = [
  {
    id: 'hmeimim-air-base', type: 'installation', name: 'Hmeimim air base', description: 'Russian air base near Latakia.',
    scope: 'specific',
    aliases: [
      { text: 'Hmeimim air base', lang: 'en' }, { text: 'Hmeimim', lang: 'en' }, { text: 'Khmeimim', lang: 'en' },
      { text: 'حميميم', lang: 'ar' }, { text: 'Хмеймим', lang: 'ru' },
    ],
  },
  {
    id: 'tartus-naval-base', type: 'installation', name: 'Tartus naval base', description: 'Russian naval base.',
    scope: 'specific',
    aliases: [{ text: 'Tartus', lang: 'en' }, { text: 'طرطوس', lang: 'ar' }, { text: 'Тартус', lang: 'ru' }],
  },
  {
    id: 'ahmad-al-sharaa', type: 'person', name: 'Ahmad al-Sharaa', description: 'Syrian leader.', scope: 'specific',
    country: 'sy',
    aliases: [
      { text: 'Ahmad al-Sharaa', lang: 'en' }, { text: 'al-Sharaa', lang: 'en' }, { text: 'al-Jolani', lang: 'en' },
      { text: 'Jolani', lang: 'en' }, { text: 'أحمد الشرع', lang: 'ar' }, { text: 'аль-Шараа', lang: 'ru' },
    ],
  },
  {
    id: 'bashar-al-assad', type: 'person', name: 'Bashar al-Assad', description: 'Former Syrian president.',
    scope: 'specific', country: 'sy',
    aliases: [
      { text: 'Bashar al-Assad', lang: 'en' }, { text: 'Assad', lang: 'en', ambiguous: true },
      { text: 'بشار الأسد', lang: 'ar' }, { text: 'Асад', lang: 'ru', ambiguous: true },
    ],
  },
  {
    id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', description: 'Russian president.', scope: 'broad',
    country: 'ru', aliases: [{ text: 'Putin', lang: 'en' }, { text: 'Путин', lang: 'ru' }],
  },
];

interface Para {
  text: string;
  entityIds: string[];
}

interface ArticleSpec {
  id: string;
  outlet: string;
  date: string;
  paras: Para[];
}

const specs: ArticleSpec[] = [
  {
    id: 'a-reuters', outlet: 'Reuters', date: '2025-10-15',
    paras: [
      { text: 'Talks covered the fate of the Hmeimim airbase in Latakia and the Tartus naval base on the Syrian coast.', entityIds: ['hmeimim-air-base', 'tartus-naval-base'] },
      { text: 'Al-Sharaa is seeking the resumption of wheat shipments under favourable terms.', entityIds: ['ahmad-al-sharaa'] },
      { text: 'Syria has asked Moscow to extradite Bashar al-Assad, who fled to Russia in December.', entityIds: ['bashar-al-assad'] },
    ],
  },
  {
    id: 'a-tass', outlet: 'TASS', date: '2025-10-16',
    paras: [
      { text: 'Путин обсудил с аль-Шараа будущее авиабазы в Хмеймиме и пункта в Тартусе.', entityIds: ['ahmad-al-sharaa', 'hmeimim-air-base', 'tartus-naval-base', 'vladimir-putin'] },
      { text: 'Вопрос о выдаче Асада не обсуждался, заявили в Кремле.', entityIds: ['bashar-al-assad'] },
    ],
  },
  {
    id: 'a-arabic', outlet: 'Asharq Al-Awsat', date: '2025-10-17',
    paras: [
      { text: 'بحث أحمد الشرع مع بوتين مستقبل قاعدة حميميم الجوية.', entityIds: ['ahmad-al-sharaa', 'hmeimim-air-base', 'vladimir-putin'] },
    ],
  },
  {
    id: 'a-history', outlet: 'Enab Baladi', date: '2024-12-20',
    paras: [
      { text: 'Abu Mohammad al-Jolani, the HTS leader, entered Damascus after the regime collapsed.', entityIds: ['ahmad-al-sharaa'] },
      { text: 'The extradition of the former president is unlikely, analysts said; the Kremlin granted him asylum.', entityIds: ['bashar-al-assad'] },
      { text: 'Grain shipment schedules to Latakia port were disrupted for weeks.', entityIds: [] },
    ],
  },
  {
    id: 'a-misc', outlet: 'Reuters', date: '2025-03-01',
    paras: [
      { text: 'A new airport terminal opened in Latakia, far from any military site.', entityIds: [] },
      { text: 'Russian warships left the port of Tartus in January, satellite images showed.', entityIds: ['tartus-naval-base'] },
    ],
  },
];

function build(): CorpusBundle {
  const articles: Article[] = [];
  const passages: Passage[] = [];
  for (const s of specs) {
    let text = '';
    s.paras.forEach((p, index) => {
      if (text) text += '\n';
      const start = text.length;
      text += p.text;
      passages.push({
        id: `${s.id}#${index}`, articleId: s.id, index, start, end: text.length, text: p.text,
        sentences: [[0, p.text.length]], entityIds: [...p.entityIds].sort(),
      });
    });
    articles.push({ id: s.id, file: `${s.id}.txt`, title: s.id, outlet: s.outlet, date: s.date, event: 'e', text });
  }
  return { version: 'fixture', asOf: '2025-10-17', entities, articles, passages, claims: [], timeline: [] };
}

export const fixtureBundle: CorpusBundle = build();
