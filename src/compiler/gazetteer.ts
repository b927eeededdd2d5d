import { foldKey } from '../model/fold';
import type { Alias, Entity, Lang } from '../model/corpus-types';
import { ENTITY_TYPE_NAMES } from '../model/entity-types';
import { asList, asObject, compileRegex, optionalStringList, requireDate, requireString, type YamlObject } from './fields';
import { checkIdentification, parseFacts, type DescriptionFact } from './description-facts';
import { parseIdentification } from './identification';
import { SeedError } from './seed-error';
import { parseYamlFile, type YamlFile } from './yaml-file';
import { commonWordCollisions } from '../detect/gazetteer-check';
import { addPhraseForms } from './phrase-forms';

const LANGS: readonly Lang[] = ['en', 'ar', 'ru', 'de', 'fr', 'es', 'tr'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Gazetteer {
  entities: Entity[];
  /** Build-only regexes per event id that find reports of the event which do not name it. */
  cues: Map<string, RegExp[]>;
  /** Description facts per entity id, with their citations, resolved against the articles by the compiler. */
  facts: Map<string, DescriptionFact[]>;
}

function oneOf<T extends string>(y: YamlFile, obj: YamlObject, key: string, allowed: readonly T[], what: string): T {
  const value = requireString(y, obj, key, what);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SeedError(y.file, y.lineOf(obj, key), `field "${key}" in ${what} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function parseAliases(y: YamlFile, obj: YamlObject, what: string): Alias[] {
  const list = asList(y, obj['aliases'] ?? [], obj, 'aliases', `"aliases" of ${what}`);
  return list.map((item, i) => {
    const a = asObject(y, item, list, i, `an alias of ${what}`);
    const alias: Alias = { text: requireString(y, a, 'text', `an alias of ${what}`), lang: oneOf(y, a, 'lang', LANGS, `an alias of ${what}`) };
    if (a['ambiguous'] === true) alias.ambiguous = true;
    if (a['family'] === true) alias.family = true;
    if (a['cue'] === true) alias.cue = true;
    const commonIn = optionalStringList(y, a, 'commonIn', `an alias of ${what}`);
    if (commonIn) {
      commonIn.forEach((l, li) => {
        if (!/^[a-z]{2}$/.test(l)) throw new SeedError(y.file, y.lineOf(a['commonIn'], li), `"commonIn" of an alias of ${what} lists "${l}": use two-letter language codes`);
      });
      alias.commonIn = commonIn;
    }
    return alias;
  });
}

/** Parse and validate `seeds/gazetteer.yaml`: field shapes, unique ids, known related ids, alias ownership. */
export function parseGazetteer(file: string, text: string): Gazetteer {
  const y = parseYamlFile(file, text);
  const root = asObject(y, y.data, y.data, 0, 'the gazetteer');
  const list = asList(y, root['entities'], root, 'entities', '"entities"');
  const entities: Entity[] = [];
  const cues = new Map<string, RegExp[]>();
  const facts = new Map<string, DescriptionFact[]>();
  const objects: YamlObject[] = [];
  const idLine = new Map<string, number>();

  list.forEach((item, i) => {
    const obj = asObject(y, item, list, i, 'an entity');
    const id = requireString(y, obj, 'id', 'an entity');
    const what = `entity "${id}"`;
    if (!ID.test(id)) throw new SeedError(file, y.lineOf(obj, 'id'), `entity id "${id}" must be kebab-case`);
    if (idLine.has(id)) throw new SeedError(file, y.lineOf(obj, 'id'), `duplicate entity id "${id}" (first on line ${idLine.get(id)})`);
    idLine.set(id, y.lineOf(obj, 'id'));
    const entity: Entity = {
      id,
      type: oneOf(y, obj, 'type', ENTITY_TYPE_NAMES, what),
      name: requireString(y, obj, 'name', what),
      description: requireString(y, obj, 'description', what),
      scope: oneOf(y, obj, 'scope', ['specific', 'broad'] as const, what),
      aliases: parseAliases(y, obj, what),
    };
    checkIdentification(y, obj, entity);
    const identification = parseIdentification(y, obj, entity);
    if (identification) entity.identification = identification;
    const label = parseIdentification(y, obj, entity, 'label');
    if (label) entity.label = label;
    facts.set(id, parseFacts(y, obj, what));
    if ('country' in obj) entity.country = oneOf(y, obj, 'country', ['sy', 'ru'] as const, what);
    if (entity.type === 'event' || 'date' in obj) entity.date = requireDate(y, obj, 'date', what);
    const related = optionalStringList(y, obj, 'related', what);
    if (related) entity.related = related;
    const cueList = optionalStringList(y, obj, 'cues', what);
    if (cueList) {
      const arr = obj['cues'] as unknown[];
      cues.set(id, cueList.map((c, ci) => compileRegex(y, c, 'gu', arr, ci)));
    }
    entities.push(entity);
    objects.push(obj);
  });

  entities.forEach((entity, i) => {
    const obj = objects[i]!;
    (entity.related ?? []).forEach((rid, ri) => {
      if (!idLine.has(rid)) {
        throw new SeedError(file, y.lineOf(obj['related'], ri), `unknown entity "${rid}" in "related" of entity "${entity.id}"`);
      }
    });
  });
  checkAliasOwnership(y, entities, objects);
  // An alias that is an ordinary word of some language must say how it is told apart (gazetteer-check.ts).
  const [collision] = commonWordCollisions(entities);
  if (collision) {
    const i = entities.findIndex((e) => e.id === collision.entity);
    const line = y.lineOf(objects[i]!['aliases'], entities[i]!.aliases.indexOf(collision.alias));
    throw new SeedError(
      file,
      line,
      `alias "${collision.alias.text}" of entity "${collision.entity}" is an ordinary word in ${collision.langs.join(', ')}: mark it ambiguous, cue or commonIn, or give its senses in src/detect/data/common-senses.json`,
    );
  }
  // Declined and re-ordered forms of multi-word names, from rules (phrase-forms.ts), after the checks of the gazetteer's own.
  addPhraseForms(entities);
  return { entities, cues, facts };
}

/**
 * An alias (compared after `foldKey`) may name two entities only if every entity that has it marks it
 * ambiguous; otherwise the matcher could not tell which entity a page means.
 */
function checkAliasOwnership(y: YamlFile, entities: Entity[], objects: YamlObject[]): void {
  const owners = new Map<string, { entity: string; ambiguous: boolean; line: number }>();
  entities.forEach((entity, i) => {
    const aliasList = objects[i]!['aliases'];
    entity.aliases.forEach((alias, ai) => {
      const key = foldKey(alias.text);
      const line = y.lineOf(aliasList, ai);
      const prev = owners.get(key);
      if (prev && prev.entity !== entity.id && !(prev.ambiguous && alias.ambiguous)) {
        throw new SeedError(
          y.file,
          line,
          `duplicate alias "${alias.text}": entity "${entity.id}" and entity "${prev.entity}" (line ${prev.line}) both use it; mark it ambiguous in both or remove one`,
        );
      }
      if (!prev) owners.set(key, { entity: entity.id, ambiguous: alias.ambiguous === true, line });
    });
  });
}
