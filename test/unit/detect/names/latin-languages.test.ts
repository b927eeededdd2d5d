/**
 * German, French, Spanish and Turkish coverage: exonyms, transliterations, suffixes, under the same
 * evidence rules. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { commonWordCollisions, commonWordLanguages } from '../../../../src/detect/gazetteer-check';
import { parseGazetteer } from '../../../../src/compiler/gazetteer';
import { ENTITIES, ids, marks } from './real-gazetteer';

describe('names in other Latin-script languages', () => {
  it('German', () => {
    const de = 'Kremlchef Wladimir Putin hat den syrischen Übergangspräsidenten Ahmed al-Scharaa in Moskau empfangen. Es ging um Russlands Stützpunkte in Syrien und um Baschar al-Assad. Außenminister Lawrow sagte, Putins Angebot stehe.';
    expect(ids(de)).toEqual(expect.arrayContaining(['vladimir-putin', 'ahmad-al-sharaa', 'moscow', 'russia', 'syria', 'bashar-al-assad', 'sergei-lavrov']));
    expect(marks(de).map(([, t]) => t)).toEqual(expect.arrayContaining(['Moskau', 'Russlands', 'Syrien', 'Lawrow', 'Putins']));
  });

  it('French', () => {
    const fr = 'Vladimir Poutine a reçu à Moscou le président syrien Ahmed al-Charaa. La Russie veut garder la base aérienne de Hmeimim, près de Lattaquié. Bachar al-Assad vit à Moscou.';
    const found = marks(fr);
    expect(found.map(([id]) => id)).toEqual(expect.arrayContaining(['vladimir-putin', 'moscow', 'ahmad-al-sharaa', 'russia', 'hmeimim-air-base', 'latakia', 'bashar-al-assad']));
    // The French adjective "syrien" is not the German name of Syria.
    expect(found.map(([, t]) => t)).not.toContain('syrien');
  });

  it('Spanish', () => {
    const es = 'Vladímir Putin recibió en Moscú al presidente de Siria, Ahmed al Sharaa. Rusia quiere conservar sus bases; Bashar al Asad vive en Moscú.';
    expect(ids(es)).toEqual(expect.arrayContaining(['vladimir-putin', 'moscow', 'syria', 'russia', 'bashar-al-assad']));
  });

  it('Turkish, capitals and apostrophe suffixes included', () => {
    const tr = "Rusya Devlet Başkanı Vladimir PUTİN, Suriye Cumhurbaşkanı Ahmed Şara'yı Moskova'da kabul etti. Esad'ın iadesi de görüşüldü; Hmeymim Hava Üssü ve Kamışlı gündemdeydi.";
    const found = marks(tr);
    expect(found).toContainEqual(['vladimir-putin', 'Vladimir PUTİN']);
    expect(found.map(([id]) => id)).toEqual(expect.arrayContaining(['russia', 'syria', 'ahmad-al-sharaa', 'moscow', 'bashar-al-assad', 'hmeimim-air-base', 'qamishli']));
  });

  it('the same evidence rules: a German page on Moscow alone, and "Sara" in English, mark nothing', () => {
    expect(marks('Moskau im Winter: Russland feiert, Putin hält eine Rede im Kreml. Moskaus Bürgermeister lädt ein.')).toEqual([]);
    expect(marks('Sara said the Syria trip was long; Sara and Damascus friends met in Moscow with Russia experts.').filter(([id]) => id === 'ahmad-al-sharaa')).toEqual([]);
  });
});

describe('the gazetteer build check: aliases that are ordinary words', () => {
  it('every alias of the shipped gazetteer that is an ordinary word says so', () => {
    expect(commonWordCollisions(ENTITIES)).toEqual([]);
  });

  it('finds an alias that is an ordinary word and says nothing of it', () => {
    expect(commonWordLanguages('Poutine')).toEqual(['en', 'fr']);
    const entity = { id: 'x', aliases: [{ text: 'Turkey', lang: 'en' as const }, { text: 'Humus', lang: 'tr' as const, commonIn: ['de'] }] };
    expect(commonWordCollisions([entity]).map((c) => [c.alias.text, c.langs])).toEqual([
      ['Turkey', ['en']],
      ['Humus', ['en', 'tr']],
    ]);
    const guarded = { id: 'y', aliases: [{ text: 'Turkey', lang: 'en' as const, ambiguous: true }] };
    expect(commonWordCollisions([guarded])).toEqual([]);
  });
});

describe('the build stops on such an alias', () => {
  it('with the file, the line and what to do', () => {
    const yaml = [
      'entities:',
      '  - id: turkey-bird',
      '    type: place',
      '    name: "Turkey"',
      "    description: 'A country.'",
      '    scope: broad',
      '    aliases:',
      '      - { text: "Turkey", lang: en }',
      '',
    ].join('\n');
    let error: unknown;
    try {
      parseGazetteer('gazetteer.yaml', yaml);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/^gazetteer\.yaml:8: alias "Turkey" of entity "turkey-bird" is an ordinary word in en: mark it ambiguous, cue or commonIn/);
    expect(() => parseGazetteer('gazetteer.yaml', yaml.replace('lang: en }', 'lang: en, ambiguous: true }'))).not.toThrow();
  });
});
