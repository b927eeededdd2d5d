/**
 * The spellings the build generates (src/detect/variants.ts), against the shipped gazetteer: each is
 * found as its entity, none is another entity's name or a common word of the three languages (or of
 * Estonian, German and French, whose pages Backstory meets), and none is found inside another word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAliasKey } from '../../../../src/detect/char-table';
import { VARIANT, compileMatcherData } from '../../../../src/detect/compile';
import { inflectionOf } from '../../../../src/detect/russian';
import { aliasVariants } from '../../../../src/detect/variants';
import { DATA, ENTITIES, MATCHER } from './real-gazetteer';
import { ARABIC, ENGLISH, OTHER, RUSSIAN } from './word-lists';

const RUNS = { seed: 20261130, numRuns: 300 };

/** Every generated spelling kept by the build, with the entity and alias it came from. */
const generated = (() => {
  const out: Array<{ text: string; key: string; entity: string; alias: string }> = [];
  const kept = new Set(DATA.keys.filter((k) => k[3] & VARIANT).map((k) => `${k[1]}:${k[0]}`));
  ENTITIES.forEach((e, ei) => {
    for (const a of e.aliases) {
      for (const v of aliasVariants(a, e)) {
        const key = inflectionOf(foldAliasKey(v)).key;
        if (kept.has(`${ei}:${key}`)) out.push({ text: v, key, entity: e.id, alias: a.text });
      }
    }
  });
  return out;
})();

describe('generated spellings', () => {
  it('exist for the classes issue 14 names', () => {
    const texts = new Set(generated.map((g) => g.text));
    for (const t of ['Ahmed el-Sharaa', 'Ahmad Sharaa', 'Ahmad al-Charaa', 'Ahmad al-Scharaa', 'Kamishli', 'Qamishly', 'Bashar Asad', 'Hafez Assad', 'Abu Mohammad al-Djolani', 'Abu Mohammad al-Dscholani', 'Шараа', 'Ахмед Шараа', 'الكريملين']) {
      expect(texts.has(t) || [...texts].some((x) => foldAliasKey(x) === foldAliasKey(t)) || ENTITIES.some((e) => e.aliases.some((a) => foldAliasKey(a.text) === foldAliasKey(t))), t).toBe(true);
    }
    expect(generated.length).toBeGreaterThan(500);
  });

  it('each is found as its own entity in a sentence', () => {
    for (const g of generated) {
      const text = g.text.match(/[\u0600-\u06ff]/) ? `وقال ${g.text} أمس` : g.text.match(/[\u0400-\u04ff]/) ? `Вчера ${g.text} заявил` : `Yesterday ${g.text} said.`;
      const found = MATCHER.findAll(text).map((m) => m.entityId);
      expect(found, `${g.text} (${g.alias})`).toContain(g.entity);
    }
  });

  it("none is another entity's alias", () => {
    const owner = new Map<string, string>();
    for (const [key, ei, , flags] of DATA.keys) if (!(flags & VARIANT)) owner.set(key, ENTITIES[ei]!.id);
    for (const g of generated) {
      const other = owner.get(g.key);
      expect(other === undefined || other === g.entity, `${g.text} is ${other}'s`).toBe(true);
    }
    // And no two entities generate the same spelling.
    const byKey = new Map<string, string>();
    for (const g of generated) {
      const prev = byKey.get(g.key);
      expect(prev === undefined || prev === g.entity, `${g.text}: ${prev} and ${g.entity}`).toBe(true);
      byKey.set(g.key, g.entity);
    }
  });

  it('none is a common word of the word lists', () => {
    const words = new Set([...ENGLISH, ...RUSSIAN, ...ARABIC, ...OTHER].filter(Boolean).map((w) => inflectionOf(foldAliasKey(w)).key));
    // Measured: how many list words the generated keys would have hit without the build's check.
    const hits = generated.filter((g) => words.has(g.key));
    expect(hits.map((g) => g.text)).toEqual([]);
  });

  it('never matches inside another word', () => {
    const latin = generated.filter((g) => /^[A-Za-z\s'-]+$/.test(g.text));
    const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...latin), letters, fc.boolean(), (g, glue, before) => {
        const text = before ? `x ${glue}${g.text} y` : `x ${g.text}${glue} y`;
        const inside = MATCHER.findAll(text).filter((m) => m.entityId === g.entity && (before ? m.start < 2 + glue.length && m.end > 2 : m.end > 2 + g.text.length));
        expect(inside, text).toEqual([]);
      }),
      RUNS,
    );
    const cyrillic = generated.filter((g) => /[\u0400-\u04ff]/.test(g.text));
    const cyr = fc.string({ unit: fc.constantFrom(...'бвгдзклмнпрстфхцчшщ'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.constantFrom(...cyrillic), cyr, (g, glue) => {
        const text = `x ${glue}${g.text} y`;
        expect(MATCHER.findAll(text).filter((m) => m.entityId === g.entity && m.start < 2 + glue.length), text).toEqual([]);
      }),
      RUNS,
    );
  });

  it('can be turned off, leaving the gazetteer alone', () => {
    const plain = compileMatcherData(ENTITIES, { variants: false });
    expect(plain.keys.some((k) => k[3] & VARIANT)).toBe(false);
    expect(plain.keys.length).toBeLessThan(DATA.keys.length);
  });
});
