import { describe, expect, it } from 'vitest';
import { VARIANT, compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { FIXTURE_ENTITIES } from './fixture-entities';

const data = compileMatcherData(FIXTURE_ENTITIES);
const matcher = createMatcher(data);

/** [matched substring, entity id] for each mention, in order. */
const found = (text: string): Array<[string, string]> =>
  matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('compileMatcherData', () => {
  it('is plain JSON that survives a round trip', () => {
    const again = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(again).toEqual(data);
    const text = 'Putin met al-Sharaa; Tartus naval base, وبالأسد, в Хмеймиме.';
    expect(createMatcher(again).findAll(text)).toEqual(matcher.findAll(text));
  });

  it('folds alias keys and cuts Russian stems', () => {
    const keyOf = (alias: string): string => data.keys.find((k) => !(k[3] & VARIANT) && data.entities[k[1]]!.aliases[k[2]]!.text === alias)![0];
    expect(keyOf('al-Sharaa')).toBe('al sharaa');
    expect(keyOf('الأسد')).toBe('الاسد');
    expect(keyOf('Сирия')).toBe('сири');
    expect(keyOf('Путин')).toBe('путин');
  });
});

describe('createMatcher: English', () => {
  it('prefers the longest alias at a start', () => {
    expect(found('ships left the Tartus naval base at dawn')).toEqual([['Tartus naval base', 'tartus-naval-base']]);
    expect(found('Bashar al-Assad fled; Assad was gone')).toEqual([
      ['Bashar al-Assad', 'bashar-al-assad'],
      ['Assad', 'bashar-al-assad'],
    ]);
    expect(found('Abu Mohammad al-Jolani, now al-Sharaa')).toEqual([
      ['Abu Mohammad al-Jolani', 'al-sharaa'],
      ['al-Sharaa', 'al-sharaa'],
    ]);
  });

  it('falls back to a shorter alias when the longer one does not complete', () => {
    expect(found('Tartus naval forces')).toEqual([['Tartus', 'tartus']]);
    expect(found('al-Sharaa and al-Shara')).toEqual([
      ['al-Sharaa', 'al-sharaa'],
      ['al-Shara', 'al-sharaa'],
    ]);
  });

  it('ignores case and diacritics, with offsets into the original text', () => {
    const text = 'At ḤMEIMIM and Ṭarṭūs, then hmeymim.';
    const ms = matcher.findAll(text);
    expect(ms.map((m) => [m.start, m.end, m.alias])).toEqual([
      [3, 10, 'Hmeimim'],
      [15, 21, 'Tartus'],
      [28, 35, 'Hmeymim'],
    ]);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['ḤMEIMIM', 'Ṭarṭūs', 'hmeymim']);
    // Decomposed accents (NFD) are skipped inside the word and kept in the span.
    const nfd = 'In Ṭarṭūs.'.normalize('NFD');
    expect(found(nfd)).toEqual([[nfd.slice(3, -1), 'tartus']]);
  });

  it('needs Unicode word boundaries on both sides', () => {
    expect(found('Tartu is in Estonia; Tartuse ülikool; the Sharia courts; Russian; Syrians; Putinism')).toEqual([]);
    expect(found('xTartus Tartus2 Tartusé')).toEqual([]);
    expect(found('Hmeimim’s runway; Assad\'s palace; (Tartus)')).toEqual([
      ['Hmeimim', 'hmeimim'],
      ['Assad', 'bashar-al-assad'],
      ['Tartus', 'tartus'],
    ]);
  });

  it('treats hyphen and space variants in an alias as one', () => {
    for (const v of ['al-Sharaa', 'al Sharaa', 'al\u2011Sharaa', 'Al\u00A0Sharaa', 'al – Sharaa', 'al\n  Sharaa']) {
      expect(found(`President ${v} said`), v).toEqual([[v, 'al-sharaa']]);
    }
    expect(found('alSharaa')).toEqual([]);
  });

  it('matches short capitalised acronyms in capitals only', () => {
    expect(found('the SDF withdrew')).toEqual([['SDF', 'sdf']]);
    expect(found('sdf asdf')).toEqual([]);
  });

  it('skips invisible characters inside a name', () => {
    const text = 'Tar\u00ADtus and Hmei\u200Dmim';
    expect(found(text)).toEqual([
      ['Tar\u00ADtus', 'tartus'],
      ['Hmei\u200Dmim', 'hmeimim'],
    ]);
  });
});

describe('createMatcher: Arabic', () => {
  it('normalises alef forms, ta marbuta, harakat and tatweel', () => {
    expect(found('في اللاذقيّة')).toEqual([['اللاذقيّة', 'latakia']]);
    expect(found('اللاذقيه')).toEqual([['اللاذقيه', 'latakia']]);
    expect(found('حـمـيـمـيـم')).toEqual([['حـمـيـمـيـم', 'hmeimim']]);
    expect(found('بشار الاسد')).toEqual([['بشار الاسد', 'bashar-al-assad']]);
    // Persian yeh (ی) typed for Arabic yeh (ي).
    expect(found('سوریا')).toEqual([['سوریا', 'syria']]);
  });

  it('strips attached particles and keeps only the name in the span', () => {
    expect(found('وبالأسد')).toEqual([['الأسد', 'bashar-al-assad']]);
    expect(found('بقاعدة حميميم')).toEqual([['حميميم', 'hmeimim']]);
    expect(found('بحميميم وطرطوس')).toEqual([
      ['حميميم', 'hmeimim'],
      ['طرطوس', 'tartus'],
    ]);
    expect(found('كسوريا ولروسيا')).toEqual([
      ['سوريا', 'syria'],
      ['روسيا', 'russia'],
    ]);
    // ل + الأسد is written للأسد: the article's alef is dropped, the span starts at its lam.
    expect(found('للأسد')).toEqual([['لأسد', 'bashar-al-assad']]);
    // An alias written without the article still matches after one.
    expect(found('والحميميم')).toEqual([['حميميم', 'hmeimim']]);
  });

  it('does not strip letters that belong to the name, nor match inside longer words', () => {
    expect(found('بوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('وبوتين')).toEqual([['بوتين', 'putin']]);
    expect(found('السوريين طرطوسي')).toEqual([]);
  });
});

describe('createMatcher: Russian', () => {
  it('accepts case endings after a Cyrillic alias', () => {
    expect(found('в Хмеймиме и Тартусе')).toEqual([
      ['Хмеймиме', 'hmeimim'],
      ['Тартусе', 'tartus'],
    ]);
    expect(found('Путина, Путину, Путиным, Асадом, аш-Шараа, Новаком')).toEqual([
      ['Путина', 'putin'],
      ['Путину', 'putin'],
      ['Путиным', 'putin'],
      ['Асадом', 'bashar-al-assad'],
      ['аш-Шараа', 'al-sharaa'],
      ['Новаком', 'alexander-novak'],
    ]);
    expect(found('Сирии, Сирию, России, Москву, Москве, Кремля, Кремлём, Дамаске')).toEqual([
      ['Сирии', 'syria'],
      ['Сирию', 'syria'],
      ['России', 'russia'],
      ['Москву', 'moscow'],
      ['Москве', 'moscow'],
      ['Кремля', 'kremlin'],
      ['Кремлём', 'kremlin'],
      ['Дамаске', 'damascus'],
    ]);
  });

  it('rejects derived words and unknown endings', () => {
    expect(found('путинский режим, сирийский, российский, Путинизм, Асадовщина, Москвич, Сири')).toEqual([]);
  });

  it('inflects only the last word of a multi-word alias', () => {
    expect(found('с Александром Новаком')).toEqual([['Новаком', 'alexander-novak']]);
    expect(found('Александр Новак')).toEqual([['Александр Новак', 'alexander-novak']]);
  });
});

describe('createMatcher: output shape', () => {
  it('returns sorted, non-overlapping mentions with the alias as written in the gazetteer', () => {
    const text = 'Putin and Путин and بوتين met Tartous officials in Moscow over wheat shipments and sanctions.';
    const ms = matcher.findAll(text);
    expect(ms.map((m) => m.alias)).toEqual(['Putin', 'Путин', 'بوتين', 'Tartous', 'Moscow', 'wheat shipments', 'sanctions']);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('handles empty text and text with no alias', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(matcher.findAll('nothing to see here')).toEqual([]);
    expect(createMatcher(compileMatcherData([])).findAll('Putin')).toEqual([]);
  });
});
