/**
 * An entity's identification in Arabic and Russian (`identification: { ar: …, ru: … }` in the gazetteer), written
 * by Backstory like the English `description`: the card shows it to a reader of that language, and falls back to
 * the English one, marked `lang="en"`, where a language has none. Checked like the English one: a bare
 * identification (no digits, one sentence), in the script of its language. An event's `label: { ar: …, ru: … }`
 * (its name, which a claim set in it is headed with) is read and checked the same way.
 */
import type { Entity, IdentificationLang } from '../model/corpus-types';
import { asObject, type YamlObject } from './fields';
import { SeedError } from './seed-error';
import type { YamlFile } from './yaml-file';

const SCRIPT: Record<IdentificationLang, { letters: RegExp; name: string }> = {
  ar: { letters: /\p{Script=Arabic}/u, name: 'Arabic' },
  ru: { letters: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
};
const LANGS = Object.keys(SCRIPT) as IdentificationLang[];

/** The identification's other languages, validated; a malformed one fails with its file, line and reason. */
export function parseIdentification(y: YamlFile, obj: YamlObject, entity: Entity, key: 'identification' | 'label' = 'identification'): Entity['identification'] {
  if (!(key in obj) || obj[key] === null) return undefined;
  const what = `"${key}" of entity "${entity.id}"`;
  const map = asObject(y, obj[key], obj, key, what);
  const out: NonNullable<Entity['identification']> = {};
  for (const [lang, value] of Object.entries(map)) {
    const line = y.lineOf(map, lang);
    if (!(LANGS as string[]).includes(lang)) throw new SeedError(y.file, line, `${what} has a language "${lang}": use ${LANGS.join(' or ')} (English is "description")`);
    const script = SCRIPT[lang as IdentificationLang];
    if (typeof value !== 'string' || value.trim() === '') throw new SeedError(y.file, line, `${what}: "${lang}" must be a non-empty string`);
    const text = value.trim();
    if (!script.letters.test(text)) throw new SeedError(y.file, line, `${what}: "${lang}" must be written in ${script.name} script`);
    const other = LANGS.find((l) => l !== lang && SCRIPT[l].letters.test(text));
    if (other) throw new SeedError(y.file, line, `${what}: "${lang}" mixes in ${SCRIPT[other].name} script`);
    if (/\p{Nd}/u.test(text) || /[.!?؟]\s+\S/u.test(text)) {
      throw new SeedError(y.file, line, `${what}: "${lang}" must be a bare identification, one sentence without numbers, like the English description`);
    }
    out[lang as IdentificationLang] = text;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
