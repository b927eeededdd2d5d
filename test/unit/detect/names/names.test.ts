/**
 * Names on pages, against the shipped gazetteer: texts written for these tests (none copied from a
 * publisher), in English, Arabic and Russian, one block per class of issue 14, each with texts that
 * must be marked and texts that must not.
 */
import { describe, expect, it } from 'vitest';
import { DATA, MATCHER, explainText, ids, marks } from './real-gazetteer';

const has = (text: string, id: string, lang?: string) => expect(ids(text, lang), text).toContain(id);
const hasNot = (text: string, id: string, lang?: string) => expect(ids(text, lang), text).not.toContain(id);

describe('another person with the same family name', () => {
  it('relatives and namesakes the gazetteer knows get their own card', () => {
    const text =
      'Damascus, Syria: Former vice-president Farouk al-Sharaa was seen in public. Maher al-Sharaa, a brother of the president, ' +
      'chaired the meeting. Hafez al-Assad ruled Syria for three decades; Maher al-Assad commanded an army division. Russia hosted talks in Moscow.';
    const found = marks(text).map(([id]) => id);
    expect(found).toContain('farouk-al-sharaa');
    expect(found).toContain('maher-al-sharaa');
    expect(found).toContain('hafez-al-assad');
    expect(found).toContain('maher-al-assad');
    expect(found).not.toContain('ahmad-al-sharaa');
    expect(found).not.toContain('bashar-al-assad');
  });

  it('a given name the gazetteer does not know, or a kinship word, keeps the family name off the president', () => {
    const text = 'In Hmeimim, Bushra al-Assad was not seen. His brother al-Assad stayed away. Ahmed al-Sharaa spoke; Yasser al-Sharaa did not.';
    const m = marks(text);
    expect(m.filter(([id]) => id === 'bashar-al-assad')).toEqual([]);
    expect(m.filter(([id]) => id === 'ahmad-al-sharaa').map(([, t]) => t)).toEqual(['Ahmed al-Sharaa']);
  });

  it("a namesake's title before the family name means the namesake", () => {
    hasNot('In 2006 Vice-President al-Sharaa visited Tartus and praised Russia.', 'ahmad-al-sharaa');
    has('President al-Sharaa visited Tartus and praised Russia.', 'ahmad-al-sharaa');
  });

  it('Asaad al-Shaibani is the foreign minister, never Assad', () => {
    const text = 'Syrian Foreign Minister Asaad al-Shaibani met Sergei Lavrov in Moscow; al-Shaibani said Hmeimim was discussed.';
    const found = marks(text);
    expect(found.map(([id]) => id)).toEqual(['asaad-al-shaibani', 'sergei-lavrov', 'moscow', 'asaad-al-shaibani', 'hmeimim-air-base']);
  });

  it('a family name followed by another name is part of that name', () => {
    hasNot('Novak Djokovic played in Moscow while Russia and Syria talked about Hmeimim.', 'alexander-novak');
    hasNot('Daniil Medvedev beat a rival in Moscow; Russia and Syria discussed Tartus.', 'dmitry-medvedev');
    has('Dmitry Medvedev said Russia would keep Hmeimim in Syria. Medvedev added more.', 'dmitry-medvedev');
  });

  it('works the same in Russian', () => {
    const ru = 'Бывший вице-президент Фарук аш-Шараа вернулся в Дамаск. Хафез Асад правил Сирией. Брат Асада Махер Асад бежал в Россию.';
    const found = ids(ru);
    expect(found).toContain('farouk-al-sharaa');
    expect(found).toContain('hafez-al-assad');
    expect(found).toContain('maher-al-assad');
    expect(found).not.toContain('ahmad-al-sharaa');
    expect(found).not.toContain('bashar-al-assad');
    has('Президент Сирии Ахмед аш-Шараа прилетел в Москву. Шараа встретился с Путиным в Кремле.', 'ahmad-al-sharaa');
    expect(marks('Президент Сирии Ахмед Шараа прилетел в Москву. Шараа встретился с Путиным.').filter(([id]) => id === 'ahmad-al-sharaa').length).toBe(2);
  });

  it('works the same in Arabic', () => {
    const ar = 'عاد فاروق الشرع إلى دمشق، والتقى ماهر الشرع بمسؤولين في حميميم. وحكم حافظ الأسد سوريا طويلا.';
    const found = ids(ar);
    expect(found).toContain('farouk-al-sharaa');
    expect(found).toContain('maher-al-sharaa');
    expect(found).toContain('hafez-al-assad');
    expect(found).not.toContain('ahmad-al-sharaa');
    expect(found).not.toContain('bashar-al-assad');
  });
});

describe('Arabic family names that are common words need a person cue', () => {
  it('a page on religious law, and one about a zoo, mark nothing', () => {
    expect(marks('ناقش المؤتمر أحكام الشرع الإسلامي وتطبيق الشرع في المحاكم، وحضره علماء من روسيا وسوريا.')).toEqual([]);
    expect(marks('زار الأطفال حديقة الحيوان وشاهدوا الأسد واللبؤة، وقدموا الطعام للأسد. وفي سوريا وروسيا حدائق كثيرة.')).toEqual([]);
  });

  it('a title, a verb of speech or an earlier full mention is a cue', () => {
    const ar = 'استقبل بوتين الرئيس أحمد الشرع في الكرملين. وقال الشرع إن قاعدة حميميم نوقشت. وأكد الرئيس الشرع أن العلاقات جيدة.';
    expect(marks(ar).filter(([id]) => id === 'ahmad-al-sharaa').map(([, t]) => t)).toEqual(['أحمد الشرع', 'الشرع', 'الشرع']);
    has('فر الرئيس المخلوع بشار الأسد إلى موسكو، وقال الأسد إنه لن يعود. وتحدثت روسيا عن حميميم.', 'bashar-al-assad');
    // "للأسد" (to Assad) after a full mention earlier in the section.
    const later = 'منحت روسيا بشار الأسد حق اللجوء في موسكو، وسمحت للأسد بالبقاء قرب قاعدة حميميم.';
    expect(marks(later).filter(([id]) => id === 'bashar-al-assad').length).toBe(2);
  });
});

describe('a Syrian name that is an ordinary word in another language', () => {
  it('Estonian "Tartus" (in Tartu) is not the Syrian port', () => {
    const et = 'Tartus toimus eile suur kontsert ja see oli väga populaarne. Tartus on ka ülikool, mis on vana. Venemaa ja Süüria kohta ei räägitud.';
    expect(marks(et)).toEqual([]);
    expect(marks('Tartus on ilus linn ja seal on palju tudengeid.', 'et')).toEqual([]);
  });

  it('the port in an English or Russian text is still found', () => {
    has('Russia wants to keep its naval facility at Tartus, Syria officials said.', 'tartus-naval-base');
    has('Russian warships left Tartus as Syria and Russia negotiated in Damascus and Moscow.', 'tartus');
    has('Российские корабли покинули Тартус, сообщили в Сирии.', 'tartus');
  });
});

describe('spellings outlets use', () => {
  it.each([
    ['Kamishly airport saw Russian troops arrive, Syria said.', 'qamishli'],
    ['Kurdish officials in Qamishlo met Russian officers from Hmeimim.', 'qamishli'],
    ['أعلنت الإدارة الكردية في قامشلو وصول قوات روسية إلى حميميم.', 'qamishli'],
    ['قال الكريملين إن بوتين ناقش مع الشرع مستقبل قاعدة حميميم.', 'kremlin'],
    ['Ахмед Шараа прилетел в Москву на переговоры о Хмеймиме.', 'ahmad-al-sharaa'],
    ['Как сообщило агентство SANA, делегация Сирии прибыла в Москву для переговоров о Хмеймиме.', 'sana'],
    ['Hayat Tahrir-al-Sham fighters entered Aleppo as Russia watched from Hmeimim.', 'hayat-tahrir-al-sham'],
    ['Hayat-Tahrir al Sham took Idlib; Russian jets from Hmeimim struck.', 'hayat-tahrir-al-sham'],
    ['HTS took Homs; Russian jets from Hmeimim struck.', 'hayat-tahrir-al-sham'],
    ['Ahmed el-Sharaa met Vladimir Putin in Moscow.', 'ahmad-al-sharaa'],
    ['Le président Ahmed al-Charaa a rencontré Vladimir Poutine au sujet de Hmeimim.', 'ahmad-al-sharaa'],
    ['Präsident Ahmed al-Scharaa traf Wladimir Putin wegen Hmeimim.', 'ahmad-al-sharaa'],
    ['The Caesar Act sanctions were lifted, Syria and Russia welcomed it in Damascus and Moscow.', 'caesar-act'],
    ['Лавров заявил, что Россия поддерживает Сирию. Сергей Лавров встретился с Шейбани в Москве по вопросу Хмеймима.', 'sergei-lavrov'],
    ['Песков сообщил, что Путин и аш-Шараа обсудили базу Хмеймим.', 'dmitry-peskov'],
    ['قال المتحدث باسم الكرملين دميتري بيسكوف إن بوتين بحث مع الشرع قاعدة حميميم.', 'dmitry-peskov'],
    ['Russian jets struck Idleb and Alepo, near Hmeimim.', 'idlib'],
  ])('%s → %s', (text, id) => has(text, id));
});

describe('topic per section', () => {
  it('a short Russian report naming both countries and a person is on topic', () => {
    const ru = 'Вице-премьер Новак заявил, что Россия и Сирия обсуждают поставки нефти.\nПереговоры продолжатся в следующем месяце.';
    expect(ids(ru)).toEqual(['alexander-novak', 'russia', 'syria']);
  });

  it('a long page on another subject marks its one Syria–Russia section, and nothing far from it', () => {
    const filler = 'The league season opened with a close match and the coach praised the young players for their defence. ';
    const before = 'Putin watched the final in the stands, a spokesman said. ' + filler.repeat(30);
    const section = '\nLavrov said Russia and Syria would sign a grain deal soon.\n';
    const text = before + section + filler.repeat(30) + 'Putin left early.';
    expect(marks(text).map(([, t]) => t)).toEqual(['Lavrov', 'Russia', 'Syria']);
    // With two signals of each side the page is on topic as a whole, as before: the section is marked with it.
    const rich = before + '\nRussia and Syria signed a grain deal in Damascus. Moscow will ship wheat to Syria.\n' + filler.repeat(30);
    expect(marks(rich).map(([, t]) => t)).toEqual(['Putin', 'Russia', 'Syria', 'Damascus', 'Moscow', 'Syria']);
  });

  it('every existing trap stays clean', () => {
    expect(marks('Novak Djokovic won in Paris. Djokovic said Novak never doubted. Новак Джокович выиграл.')).toEqual([]);
    expect(marks('Tartu is Estonia’s second city. The Tartu Ülikool and Tartuse linn host visitors from Russia.')).toEqual([]);
    expect(marks('Scholars debated Sharia law and the history of sharia courts in Russia.')).toEqual([]);
    expect(marks('This English mixture is heavy on Latakia. Latakia leaf is fire-cured; Assad Tobacco sells it in Moscow and Russia.')).toEqual([]);
    expect(marks('Vladimir Putin met advisers in the Kremlin. Russia pressed its offensive in Ukraine as Moscow faced new sanctions. Putin said Russia would not yield.')).toEqual([]);
    expect(marks('Putin addressed the Duma. Russia and the Kremlin... Moscow sanctions...\nRelated: Syria ceasefire holds\nPutin later travelled.')).toEqual([]);
  });
});

describe('the notice of organisations banned in Russia', () => {
  // Russian news sites print this notice at the foot of every page, whatever the page is about
  // (written for this test in that style, not copied).
  const notice =
    'Запрещены в России: «Исламское государство» (ИГИЛ), Джабхат ан-Нусра, «Аль-Каида», «Движение Талибан».';
  it('does not make a page about Syria, nor mark the capital and the president on a local report', () => {
    expect(ids(`Губернатор открыл новую школу в Рязани. Путин поздравил учителей из Москвы. ${notice}`)).toEqual([]);
  });
  it('a report that is about Syria is still marked, its notice included', () => {
    const found = ids(`Путин встретился в Москве с президентом Сирии Ахмедом аш-Шараа. ${notice}`);
    expect(found).toContain('ahmad-al-sharaa');
    expect(found).toContain('vladimir-putin');
  });
});

describe('entities with no report yet', () => {
  it('are recognised all the same', () => {
    has('Syrian Foreign Minister Asaad al-Shaibani flew to Moscow.', 'asaad-al-shaibani');
  });
});

describe('explain', () => {
  it('says why each mention was marked and why the others were not', () => {
    const text = 'Farouk al-Sharaa and his brother al-Assad. Tartus on ilus linn ja see on vana.';
    const e = explainText(text, MATCHER, DATA);
    expect(e.accepted.map((a) => a.mention.entityId)).toEqual(['farouk-al-sharaa']);
    expect(e.accepted[0]!.why).toMatch(/alias "Farouk al-Sharaa" \(en\); topic: the page/);
    const why = Object.fromEntries(e.rejected.map((r) => [text.slice(r.mention.start, r.mention.end), r.why]));
    expect(why['al-Assad']).toMatch(/kinship word "brother"/);
    expect(why['Tartus']).toMatch(/ordinary word in et/);
  });
});
