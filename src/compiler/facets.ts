import type { DifferenceKind } from '../model/corpus-types';
import { asList, asObject, compileRegex, optionalString, requireString } from './fields';
import { SeedError } from './seed-error';
import { parseYamlFile } from './yaml-file';

/** A point on which sources differ (`seeds/facets.yaml`): one question, several answers found by regex. */
export interface Facet {
  id: string;
  entityId: string;
  question: string;
  /** How the variants relate (default: contradiction); a paraphrase of one report is found without it. */
  kind?: DifferenceKind;
  /** One line the card shows under the question: what the difference is. */
  note?: string;
  variants: Array<{ label: string; patterns: RegExp[] }>;
}

export const DIFFERENCE_KINDS = ['contradiction', 'change-over-time', 'later-development', 'precision', 'dates-of-one-act', 'scope', 'paraphrase', 'different-questions', 'attribution'] as const;

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
    const facetOut: Facet = { id, entityId, question, variants };
    const kind = optionalString(y, obj, 'kind', what);
    if (kind !== undefined) {
      if (!(DIFFERENCE_KINDS as readonly string[]).includes(kind)) {
        throw new SeedError(file, y.lineOf(obj, 'kind'), `field "kind" in ${what} must be one of ${DIFFERENCE_KINDS.join(', ')}`);
      }
      facetOut.kind = kind as DifferenceKind;
    }
    const note = optionalString(y, obj, 'note', what);
    if (note !== undefined) facetOut.note = note;
    return facetOut;
  });
}
