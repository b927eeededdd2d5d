// The catalogues in src/locales/: every language has every message (in the plural forms its language
// needs), no message goes unused, and placeholders agree across languages and with how t() fills them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MessageFile } from '../../../src/shared/i18n';
import { UI_LANGUAGES } from '../../../src/model/user-settings';
import { ENTITY_TYPE_NAMES } from '../../../src/model/entity-types';
import { typeGroupLabel, typeName, useCatalogue } from '../../../src/shared/i18n';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

function catalogue(lang: string): MessageFile {
  return JSON.parse(readFileSync(path.join(root, 'src/locales', lang, 'messages.json'), 'utf8')) as MessageFile;
}
const catalogues = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, catalogue(lang)]));
const en = catalogues.en!;

/** Plain keys, and the plural bases with the categories present. */
function shape(messages: MessageFile) {
  const plain = new Set<string>();
  const plural = new Map<string, Set<string>>();
  for (const key of Object.keys(messages)) {
    const m = PLURAL.exec(key);
    if (m) plural.set(m[1]!, (plural.get(m[1]!) ?? new Set()).add(m[2]!));
    else plain.add(key);
  }
  return { plain, plural };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

describe('the interface catalogues', () => {
  it('are the languages the options page offers, and the folders in src/locales', () => {
    expect(readdirSync(path.join(root, 'src/locales')).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) expect(catalogues[lang]!.meta_locale?.message, lang).toBe(lang);
  });

  it('have every key in every language, each plural in exactly the categories its language uses', () => {
    const reference = shape(en);
    for (const lang of UI_LANGUAGES) {
      const { plain, plural } = shape(catalogues[lang]!);
      expect([...plain].sort(), lang).toEqual([...reference.plain].sort());
      expect([...plural.keys()].sort(), lang).toEqual([...reference.plural.keys()].sort());
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [base, present] of plural) expect([...present].sort(), `${lang} ${base}`).toEqual([...categories].sort());
    }
  });

  it('give every message a description, and a non-empty text', () => {
    for (const lang of UI_LANGUAGES) {
      for (const [key, entry] of Object.entries(catalogues[lang]!)) {
        expect(entry.description?.trim(), `${lang} ${key}`).toBeTruthy();
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(key, `${lang} ${key}: browsers accept letters, digits and _ only`).toMatch(/^[A-Za-z0-9_]+$/);
      }
    }
  });

  it('keep the store listing within the stores\' limits (a name of 45 characters, a description of 132)', () => {
    for (const lang of UI_LANGUAGES) {
      expect(catalogues[lang]!.ext_name!.message.length, lang).toBeLessThanOrEqual(45);
      expect(catalogues[lang]!.ext_description!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('define the same named placeholders in every language, numbered in alphabetical order of their names', () => {
    for (const lang of UI_LANGUAGES) {
      for (const [key, entry] of Object.entries(catalogues[lang]!)) {
        const base = PLURAL.exec(key)?.[1];
        const reference = en[key] ?? en[`${base}_other`];
        const names = Object.keys(entry.placeholders ?? {});
        expect(names.sort(), `${lang} ${key}`).toEqual(Object.keys(reference?.placeholders ?? {}).sort());
        // t() passes values by position in the names' alphabetical order: $1 is the first name.
        names.sort().forEach((name, i) => expect(entry.placeholders![name]!.content, `${lang} ${key} ${name}`).toBe(`$${i + 1}`));
        // Every $name$ in the text is defined (a plural form such as Arabic "one" may leave the number out).
        for (const [, used] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) expect(names, `${lang} ${key} uses $${used}$`).toContain(used);
        // A plain message uses every placeholder it defines.
        if (!base) for (const name of names) expect(entry.message, `${lang} ${key} leaves out $${name}$`).toContain(`$${name}$`);
      }
    }
  });

  it('hold no key that the code and the manifest do not use', () => {
    const code = [...sourceFiles(path.join(root, 'src')).map((f) => readFileSync(f, 'utf8')), readFileSync(path.join(root, 'manifest.json'), 'utf8')].join('\n');
    const literals = new Set([...code.matchAll(/['"`]([a-z][a-z0-9_]*)['"`]/g)].map((m) => m[1]!));
    const manifestKeys = new Set([...code.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!));
    const { plain, plural } = shape(en);
    const unused = [...plain, ...plural.keys()].filter((key) => !literals.has(key) && !manifestKeys.has(key));
    expect(unused).toEqual([]);
  });

  it('name every entity type of the model, alone and as a group heading, in every language', () => {
    for (const lang of UI_LANGUAGES) {
      useCatalogue(lang, catalogues[lang]!);
      for (const type of ENTITY_TYPE_NAMES) {
        expect(typeName(type), `${lang} ${type}`).not.toBe(type);
        expect(typeGroupLabel(type), `${lang} ${type}`).not.toMatch(new RegExp(`^${type}$`, 'i'));
      }
    }
  });

  it('cover every key the code asks for', () => {
    const code = sourceFiles(path.join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const asked = new Set([...code.matchAll(/\btParts?\(\s*'([a-z0-9_]+)'/g), ...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!));
    const { plain, plural } = shape(en);
    expect([...asked].filter((key) => !plain.has(key) && !plural.has(key))).toEqual([]);
  });
});
