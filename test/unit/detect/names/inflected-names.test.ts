/**
 * An inflected given name of the same person confirms the person (given-names.ts), never rejects
 * them; initials and female surname forms tell other people apart. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isOwnGivenName, initialBefore } from '../../../../src/detect/given-names';
import { explainText, marks, DATA, MATCHER } from './real-gazetteer';

const marked = (text: string, id: string): string[] => marks(text).filter(([e]) => e === id).map(([, t]) => t);

describe('Russian given names in all six cases', () => {
  // Each sentence names Syria and Russia, so the page is on topic whatever the person rule says:
  // what is tested is that the person is marked, with the given name, and not rejected.
  const frame = (s: string) => `Россия и Сирия договорились. ${s}`;
  it.each([
    ['nominative', 'Башар Асад живёт в Москве.', 'Башар Асад'],
    ['genitive', 'Судьба Башара Асада решена.', 'Башара Асада'],
    ['dative', 'Убежище предоставили Башару Асаду.', 'Башару Асаду'],
    ['accusative', 'Журналисты видели Башара Асада в Москве.', 'Башара Асада'],
    ['instrumental', 'Встреча с Башаром Асадом не планируется.', 'Башаром Асадом'],
    ['prepositional', 'О Башаре Асаде говорили в Кремле.', 'Башаре Асаде'],
  ])('Bashar al-Assad, %s', (_case, sentence, expected) => {
    expect(marked(frame(sentence), 'bashar-al-assad')).toEqual([expected]);
  });

  it.each([
    ['genitive', 'Визит Ахмеда аш-Шараа в Москву.', 'Ахмеда аш-Шараа'],
    ['dative', 'Путин позвонил Ахмеду аш-Шараа.', 'Ахмеду аш-Шараа'],
    ['instrumental', 'Путин встретился с Ахмедом аш-Шараа.', 'Ахмедом аш-Шараа'],
    ['prepositional', 'В Кремле говорили об Ахмеде аш-Шараа.', 'Ахмеде аш-Шараа'],
  ])('Ahmad al-Sharaa, %s', (_case, sentence, expected) => {
    expect(marked(sentence, 'ahmad-al-sharaa')).toEqual([expected]);
  });

  it.each([
    ['genitive', 'Заявление Сергея Лаврова о Сирии.', 'Сергея Лаврова'],
    ['dative', 'Вопрос Сергею Лаврову о Сирии.', 'Сергею Лаврову'],
    ['instrumental', 'Переговоры с Сергеем Лавровым о Сирии.', 'Сергеем Лавровым'],
    ['prepositional', 'Речь о Сергее Лаврове и Сирии.', 'Сергее Лаврове'],
  ])('Sergei Lavrov (a given name that cuts its й), %s', (_case, sentence, expected) => {
    expect(marked(`Россия и Сирия, Дамаск и Москва. ${sentence}`, 'sergei-lavrov')).toEqual([expected]);
  });

  it('Asaad al-Shaibani in the instrumental is the foreign minister', () => {
    expect(marked('Лавров встретился с Асаадом аш-Шейбани в Москве.', 'asaad-al-shaibani')).toEqual(['Асаадом аш-Шейбани']);
  });

  it('says the given name was inflected, and never calls it another given name', () => {
    const text = 'Россия и Сирия: судьба Башара Асада.';
    const e = explainText(text, MATCHER, DATA);
    const assad = e.accepted.find((a) => a.mention.entityId === 'bashar-al-assad')!;
    expect(assad.why).toMatch(/own given name "Башара" \(inflected\)/);
    expect(e.rejected.map((r) => r.why).join('\n')).not.toMatch(/another given name "Башара"/);
  });

  it('a different given name in an oblique case still rejects the president', () => {
    expect(marked('Россия и Сирия. Судьба Рифата Асада и Махера Асада.', 'bashar-al-assad')).toEqual([]);
  });
});

describe('Arabic attached particles on the given name', () => {
  it.each([
    ['و', 'التقى بوتين وبشار الأسد في موسكو.'],
    ['ب', 'رحبت موسكو ببشار الأسد لاجئا.'],
    ['ل', 'قدمت روسيا لبشار الأسد اللجوء.'],
    ['ف', 'فبشار الأسد يقيم في موسكو منذ سقوطه.'],
  ])('%s before بشار', (_p, text) => {
    expect(marks(text).some(([id]) => id === 'bashar-al-assad')).toBe(true);
  });

  it('the own given name with particles selects الأسد (a common word) as the person', () => {
    expect(isOwnGivenName('وبشار', new Set(['بشار']))).toBe(true);
    expect(isOwnGivenName('لبشار', new Set(['بشار']))).toBe(true);
    expect(isOwnGivenName('ماهر', new Set(['بشار']))).toBe(false);
  });
});

describe('Turkish suffixes after an apostrophe', () => {
  it('finds the name before the suffix and keeps the given name as its own', () => {
    const text = "Rusya, Suriye Cumhurbaşkanı Ahmed Şara'yı Moskova'da ağırladı. Şara'nın heyeti Esad'ın iadesini istedi.";
    const found = marks(text);
    expect(found).toContainEqual(['ahmad-al-sharaa', 'Ahmed Şara']);
    expect(found).toContainEqual(['moscow', 'Moskova']);
    expect(found).toContainEqual(['ahmad-al-sharaa', 'Şara']);
    expect(isOwnGivenName("ahmed'in", new Set(['ahmed']))).toBe(true);
  });
});

describe('initials and female forms', () => {
  it('reads an initial before a family name', () => {
    expect(initialBefore('актёр К.Лаврова', 'актёр К.'.length)).toBe('к');
    expect(initialBefore('В.В. Путин', 'В.В. '.length)).toBe('в');
    expect(initialBefore('Сказал Лавров', 'Сказал '.length)).toBeUndefined();
  });

  it('"К.Лаврова" is the actor Kirill Lavrov, "С. Лавров" the minister', () => {
    const text = 'Россия и Сирия, Москва и Дамаск. В спектакле играли К.Лавров и О.Басилашвили. Министр С. Лавров прилетел в Дамаск.';
    expect(marked(text, 'sergei-lavrov')).toEqual(['Лавров']);
    const e = explainText(text, MATCHER, DATA);
    expect(e.rejected.find((r) => r.mention.entityId === 'sergei-lavrov')!.why).toMatch(/initial "К\." is not Sergei Lavrov's/);
  });

  it('a female surname form is the woman named, not her male relative', () => {
    const text = 'Россия и Сирия, Москва и Дамаск. Елизавета Пескова опубликовала фото. Пескова добавила, что Песковой всё понравилось.';
    expect(marked(text, 'dmitry-peskov')).toEqual([]);
    // Her father, named with his own given name, is still marked.
    expect(marked(text + ' Дмитрий Песков отказался от комментариев.', 'dmitry-peskov')).toEqual(['Дмитрий Песков']);
  });
});
