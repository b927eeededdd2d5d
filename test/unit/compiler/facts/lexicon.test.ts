import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../../../src/compiler/gazetteer';
import data from '../../../../src/compiler/facts/action-lexicon.json';
import { LANGS, languageOf, lexicon } from '../../../../src/compiler/facts/lexicon';
import { fileText, seedFiles } from '../seed-files';

type Words = Record<string, string[]>;
const raw = data as unknown as { actions: Array<Words & { id: string; rank: number; cameo: string }>; describedActors: Array<{ entity: string }>; senses: Array<{ entity: string }> };

describe('the action lexicon (data)', () => {
  it('names every action once, with a CAMEO family, a rank and words in English, Arabic and Russian', () => {
    const ids = raw.actions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of raw.actions) {
      expect(a.cameo, a.id).toMatch(/^\d{2,4}$/);
      expect([0, 1, 2, 3], a.id).toContain(a.rank);
      for (const lang of LANGS) {
        expect(a[lang]?.length, `${a.id} ${lang}`).toBeGreaterThan(0);
        for (const w of a[lang]!) {
          expect(w, `${a.id} ${lang}`).toBe(w.toLowerCase());
          if (w.trim()) expect(languageOf(w), `${a.id}: “${w}” is not ${lang}`).toBe(lang);
        }
      }
    }
    expect(ids).toEqual(expect.arrayContaining(['meet', 'call', 'ask', 'propose', 'demand', 'agree', 'sign', 'deploy', 'withdraw', 'supply', 'extradite', 'grant-asylum', 'impose-sanctions', 'lift-sanctions', 'strike', 'capture', 'say', 'deny']));
  });

  it('compiles, and each action finds its own words in each language', () => {
    const lex = lexicon();
    for (const a of lex.actions) {
      const words = raw.actions.find((x) => x.id === a.id)!;
      for (const lang of LANGS) {
        const w = words[lang]![0]!;
        a.re[lang].lastIndex = 0;
        expect(a.re[lang].test(` ${w}`), `${a.id} ${lang} “${w}”`).toBe(true);
      }
    }
  });

  it('refers only to entities of the gazetteer', async () => {
    const { entities } = parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'));
    const ids = new Set(entities.map((e) => e.id));
    for (const d of [...raw.describedActors, ...raw.senses]) expect(ids.has(d.entity), d.entity).toBe(true);
  });

  it('matches stems at the start of a word only, and Arabic stems after attached particles', () => {
    const withdraw = lexicon().actions.find((a) => a.id === 'withdraw')!;
    withdraw.re.ru.lastIndex = 0;
    expect(withdraw.re.ru.test('Россия завершила вывод войск')).toBe(true);
    withdraw.re.ar.lastIndex = 0;
    expect(withdraw.re.ar.test('وبالانسحاب من القاعدة')).toBe(true);
    const say = lexicon().actions.find((a) => a.id === 'say')!;
    say.re.ar.lastIndex = 0;
    expect(say.re.ar.test('الانتقال السياسي')).toBe(false);
  });
});
