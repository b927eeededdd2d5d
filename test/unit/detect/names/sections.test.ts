/**
 * Pages about several things (digests, press-conference transcripts, live blogs, "most read" lists)
 * are marked only in their on-topic sections; bare family names take the person of their fullest
 * earlier mention in the section. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { sectionStarts } from '../../../../src/detect/sections';
import { DATA, MATCHER, explainText, marks } from './real-gazetteer';


/** The marked texts, each with the section heading it falls under. */
function marksBySection(text: string): Array<[string, string]> {
  const starts = sectionStarts(text);
  const out: Array<[string, string]> = [];
  let from = 0;
  for (const [, t] of marks(text)) {
    const at = text.indexOf(t, from);
    from = at + t.length;
    const s = starts.filter((x) => x <= at).pop()!;
    out.push([text.slice(s, text.indexOf('\n', s)).trim(), t]);
  }
  return out;
}

const englishDigest = [
  'Morning briefing',
  'Moscow markets slip as rouble weakens',
  'Shares in Moscow fell on Monday as the rouble lost ground, traders told TASS. The Kremlin declined to comment on the central bank.',
  'Kremlin names new culture minister',
  'Putin signed a decree naming a new culture minister, the Kremlin said. Moscow theatres welcomed the choice, TASS reported.',
  'Syria and Russia talk about Hmeimim',
  'Putin met Ahmad al-Sharaa in the Kremlin to discuss the future of the Hmeimim air base in Syria.',
  'Moscow metro opens two stations',
  'The mayor of Moscow opened two metro stations; the Kremlin praised the builders, TASS said.',
  'Weather',
  'Snow is expected in Moscow and across Russia on Tuesday.',
].join('\n');

describe('a digest with one Syria item', () => {
  it('marks the Syria item only, in English', () => {
    const found = marksBySection(englishDigest);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map(([h]) => h))).toEqual(new Set(['Syria and Russia talk about Hmeimim']));
    expect(found.map(([, t]) => t)).toEqual(expect.arrayContaining(['Putin', 'Ahmad al-Sharaa', 'the Kremlin', 'Hmeimim air base', 'Syria']));
  });

  it('marks the Syria item only, in Russian', () => {
    const ru = [
      'Главное за день',
      'Биржа в Москве упала',
      'Торги в Москве закрылись снижением, сообщает ТАСС. В Кремле ситуацию не комментировали.',
      'Путин назначил министра культуры',
      'Путин подписал указ, сообщили в Кремле. Театры Москвы приветствовали решение, пишет ТАСС.',
      'Россия и Сирия обсудили базу Хмеймим',
      'Путин встретился в Кремле с Ахмедом аш-Шараа и обсудил будущее базы Хмеймим в Сирии.',
      'В Москве открыли две станции метро',
      'Мэр Москвы открыл станции; в Кремле похвалили строителей, передаёт ТАСС.',
    ].join('\n');
    const found = marksBySection(ru);
    expect(new Set(found.map(([h]) => h))).toEqual(new Set(['Россия и Сирия обсудили базу Хмеймим']));
  });

  it('marks the Syria item only, in Arabic', () => {
    const ar = [
      'موجز الأخبار',
      'تراجع البورصة في موسكو',
      'تراجعت الأسهم في موسكو اليوم بحسب وكالة تاس، ولم يعلق الكرملين.',
      'بوتين يعين وزيرا للثقافة',
      'وقع بوتين مرسوما بتعيين وزير جديد للثقافة، وفق الكرملين.',
      'روسيا وسوريا تبحثان مستقبل قاعدة حميميم',
      'التقى بوتين الرئيس السوري أحمد الشرع في الكرملين وبحثا مستقبل قاعدة حميميم في سوريا.',
      'افتتاح محطتين للمترو في موسكو',
      'افتتح عمدة موسكو محطتين جديدتين، وأشاد الكرملين بالعمال بحسب تاس.',
    ].join('\n');
    const found = marksBySection(ar);
    expect(new Set(found.map(([h]) => h))).toEqual(new Set(['روسيا وسوريا تبحثان مستقبل قاعدة حميميم']));
  });

  it('a "most read" list and a press conference on many subjects mark only their Syria parts', () => {
    const page = [
      'Putin answers questions at his annual press conference',
      'Q: What about the economy?',
      'Putin said growth in Russia would reach two percent, and that Moscow would cut taxes for families. The Kremlin will publish the plan.',
      'Q: Will you run again?',
      'Putin said he had not decided, and that the Kremlin would say more in Moscow next year.',
      'Q: What will happen to the Russian bases in Syria?',
      'Putin said Russia and the new government of Ahmad al-Sharaa were talking about Hmeimim and Tartus.',
      'Q: What about sport?',
      'Putin said Moscow would host a tournament and that Russia would build new stadiums, the Kremlin added.',
      'Most read',
      'Moscow traffic jams reach record',
      'Kremlin Christmas tree lit',
      'Putin visits a Moscow school',
    ].join('\n');
    const found = marksBySection(page);
    expect(new Set(found.map(([h]) => h))).toEqual(new Set(['Q: What will happen to the Russian bases in Syria?']));
  });

  it('a report on Syria and Russia with an aside on Moscow is marked throughout', () => {
    const report = [
      'Russia and Syria discuss bases',
      'Putin met Ahmad al-Sharaa in the Kremlin. Syria wants Russian wheat; Russia wants Hmeimim and Tartus.',
      'Wheat',
      'Moscow will ship wheat to Syria, officials in Damascus said.',
      'Context',
      'Moscow backed Assad for a decade.',
    ].join('\n');
    expect(marks(report).map(([, t]) => t)).toContain('Assad');
  });

  it('explain gives the evidence of each section', () => {
    const e = explainText(englishDigest, MATCHER, DATA);
    expect(e.page).toMatch(/on topic in 1 of \d+ sections/);
    const syria = e.sections.find((s) => s.title.startsWith('Syria and Russia'))!;
    expect(syria.onTopic).toBe(true);
    expect(syria.reason).toMatch(/core cast/);
    const markets = e.sections.find((s) => s.title.startsWith('Moscow markets'))!;
    expect(markets.onTopic).toBe(false);
    expect(markets.reason).toMatch(/0 signals of Syria/);
    expect(e.rejected.some((r) => /off topic: its section "Moscow markets/.test(r.why))).toBe(true);
  });
});

describe('sectionStarts', () => {
  it('starts a section at each short line that ends no sentence', () => {
    const text = 'Heading one\nA paragraph that ends.\nAnother one, also ending.\nHeading two\n12:45\nText here.';
    expect(sectionStarts(text).map((s) => text.slice(s, text.indexOf('\n', s) >= 0 ? text.indexOf('\n', s) : undefined))).toEqual([
      'Heading one',
      'Heading two',
      '12:45',
    ]);
  });
});

describe('a bare family name after a relative’s or namesake’s full name', () => {
  it('"Farouk al-Sharaa … Al Shara\'a said" is Farouk, in English', () => {
    const text = 'Russia and Syria: an interview.\nFormer vice-president Farouk al-Sharaa spoke in Damascus. "We never trusted Moscow," Al Shara\'a said.';
    const found = marks(text);
    expect(found.filter(([id]) => id === 'ahmad-al-sharaa')).toEqual([]);
    expect(found.filter(([id]) => id === 'farouk-al-sharaa').map(([, t]) => t)).toEqual(['Farouk al-Sharaa', 'Al Shara']);
  });

  it('in Russian and Arabic too', () => {
    const ru = 'Россия и Сирия. Бывший вице-президент Фарук аш-Шараа выступил в Дамаске. Шараа заявил, что Москва ошиблась.';
    expect(marks(ru).filter(([id]) => id === 'ahmad-al-sharaa')).toEqual([]);
    const ar = 'روسيا وسوريا. تحدث فاروق الشرع في دمشق. وقال الشرع إن موسكو أخطأت.';
    expect(marks(ar).filter(([id]) => id === 'ahmad-al-sharaa')).toEqual([]);
  });

  it('a later full mention of the president gives the family name back to him', () => {
    const text =
      'Russia and Syria.\nFarouk al-Sharaa spoke first. President Ahmad al-Sharaa then met Putin; al-Sharaa said the talks went well.';
    const found = marks(text).filter(([id]) => id === 'ahmad-al-sharaa').map(([, t]) => t);
    expect(found).toEqual(['Ahmad al-Sharaa', 'al-Sharaa']);
  });
});
