import type { Alias, MatcherEntity } from '../../../src/model/corpus-types';

/**
 * A small gazetteer for the detection tests, written for them (the real one is seeds/gazetteer.yaml).
 * It carries every trap the matcher and gating must handle: ambiguous short names, broad entities,
 * three scripts, a multi-word alias that contains another.
 */
const en = (text: string, ambiguous?: boolean): Alias => (ambiguous ? { text, lang: 'en', ambiguous } : { text, lang: 'en' });
const ar = (text: string, ambiguous?: boolean): Alias => (ambiguous ? { text, lang: 'ar', ambiguous } : { text, lang: 'ar' });
const ru = (text: string, ambiguous?: boolean): Alias => (ambiguous ? { text, lang: 'ru', ambiguous } : { text, lang: 'ru' });

export const FIXTURE_ENTITIES: MatcherEntity[] = [
  {
    id: 'hmeimim', type: 'installation', name: 'Hmeimim Air Base', scope: 'specific', country: 'sy',
    aliases: [en('Hmeimim'), en('Khmeimim'), en('Hmeymim'), ar('حميميم'), ru('Хмеймим')],
  },
  {
    id: 'tartus', type: 'place', name: 'Tartus', scope: 'specific', country: 'sy',
    aliases: [en('Tartus'), en('Tartous'), ar('طرطوس'), ru('Тартус')],
  },
  {
    id: 'tartus-naval-base', type: 'installation', name: 'Tartus naval base', scope: 'specific', country: 'sy',
    aliases: [en('Tartus naval base')],
  },
  {
    id: 'al-sharaa', type: 'person', name: 'Ahmed al-Sharaa', scope: 'specific', country: 'sy',
    aliases: [
      en('al-Sharaa'), en('Sharaa'), en('al-Shara'), en('Abu Mohammad al-Jolani'), ar('الشرع'), ru('аш-Шараа'),
    ],
  },
  {
    id: 'bashar-al-assad', type: 'person', name: 'Bashar al-Assad', scope: 'specific', country: 'sy',
    aliases: [en('Bashar al-Assad'), en('Assad', true), ar('بشار الأسد'), ar('الأسد', true), ru('Асад')],
  },
  {
    id: 'putin', type: 'person', name: 'Vladimir Putin', scope: 'broad', country: 'ru',
    aliases: [en('Putin'), en('Vladimir Putin'), ar('بوتين'), ru('Путин')],
  },
  {
    id: 'alexander-novak', type: 'person', name: 'Alexander Novak', scope: 'specific', country: 'ru',
    aliases: [en('Alexander Novak'), en('Novak', true), ru('Александр Новак'), ru('Новак', true)],
  },
  {
    id: 'latakia', type: 'place', name: 'Latakia', scope: 'specific', country: 'sy',
    aliases: [en('Latakia', true), ar('اللاذقية'), ru('Латакия')],
  },
  {
    id: 'syria', type: 'place', name: 'Syria', scope: 'broad', country: 'sy',
    aliases: [en('Syria'), ar('سوريا'), ru('Сирия')],
  },
  {
    id: 'russia', type: 'place', name: 'Russia', scope: 'broad', country: 'ru',
    aliases: [en('Russia'), ar('روسيا'), ru('Россия')],
  },
  { id: 'kremlin', type: 'organisation', name: 'The Kremlin', scope: 'broad', country: 'ru', aliases: [en('Kremlin'), ru('Кремль')] },
  { id: 'moscow', type: 'place', name: 'Moscow', scope: 'broad', country: 'ru', aliases: [en('Moscow'), ar('موسكو'), ru('Москва')] },
  { id: 'damascus', type: 'place', name: 'Damascus', scope: 'broad', country: 'sy', aliases: [en('Damascus'), ar('دمشق'), ru('Дамаск')] },
  { id: 'wheat-shipments', type: 'topic', name: 'Wheat shipments', scope: 'broad', aliases: [en('wheat shipments'), en('wheat')] },
  { id: 'sanctions', type: 'topic', name: 'Sanctions', scope: 'broad', aliases: [en('sanctions')] },
  { id: 'sdf', type: 'organisation', name: 'Syrian Democratic Forces', scope: 'specific', country: 'sy', aliases: [en('SDF'), en('Syrian Democratic Forces')] },
];
