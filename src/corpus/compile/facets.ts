import { asList, asObject, compileRegex, requireString } from './fields';
import { SeedError } from './seed-error';
import { parseYamlFile } from './yaml-file';

/** A point on which sources differ (`seeds/facets.yaml`): one question, several answers found by regex. */
export interface Facet {
  id: string;
  entityId: string;
  question: string;
  variants: Array<{ label: string; patterns: RegExp[] }>;
}

export function parseFacets(file: string, text: string, entityIds: ReadonlySet<string>): Facet[] {
  const y = parseYamlFile(file, text);
  const root = asObject(y, y.data, y.data, 0, 'the facets file');
  const list = asList(y, root['facets'], root, 'facets', '"facets"');
  const seen = new Set<string>();
  return list.map((item, i) => {
    const obj = asObject(y, item, list, i, 'a facet');
    const id = requireString(y, obj, 'id', 'a facet');
    if (seen.has(id)) throw new SeedError(file, y.lineOf(obj, 'id'), `duplicate facet id "${id}"`);
    seen.add(id);
    const what = `facet "${id}"`;
    const entityId = requireString(y, obj, 'entity', what);
    if (!entityIds.has(entityId)) throw new SeedError(file, y.lineOf(obj, 'entity'), `unknown entity "${entityId}" in ${what}`);
    const question = requireString(y, obj, 'question', what);
    const variantList = asList(y, obj['variants'], obj, 'variants', `"variants" of ${what}`);
    if (variantList.length < 2) throw new SeedError(file, y.lineOf(obj, 'variants'), `${what} needs at least two variants`);
    const variants = variantList.map((v, vi) => {
      const vo = asObject(y, v, variantList, vi, `a variant of ${what}`);
      const label = requireString(y, vo, 'label', `a variant of ${what}`);
      const patterns = asList(y, vo['patterns'], vo, 'patterns', `"patterns" of variant "${label}"`);
      if (patterns.length === 0) throw new SeedError(file, y.lineOf(vo, 'patterns'), `variant "${label}" of ${what} has no patterns`);
      return {
        label,
        patterns: patterns.map((p, pi) => {
          if (typeof p !== 'string') throw new SeedError(file, y.lineOf(patterns, pi), `patterns of variant "${label}" must be strings`);
          return compileRegex(y, p, 'gu', patterns, pi);
        }),
      };
    });
    return { id, entityId, question, variants };
  });
}
