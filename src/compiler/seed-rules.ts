import type { Entity } from '../model/corpus-types';
import { parseChromeRules, type ChromeRule } from './chrome-rules';
import type { DescriptionFact } from './description-facts';
import { parseFacets, type Facet } from './facets';
import { parseGazetteer } from './gazetteer';

/** The seed files that are not articles, parsed: what every compile of the same seeds reads again. */
export interface SeedRules {
  entities: Entity[];
  cues: Map<string, RegExp[]>;
  facts: Map<string, DescriptionFact[]>;
  rules: ChromeRule[];
  facets: Facet[];
}

let last: { texts: readonly [string, string | undefined, string | undefined]; parsed: SeedRules } | undefined;

/**
 * The gazetteer, chrome rules and facets parsed, from the last parse when the texts are the same. Parsing and
 * checking the YAML cost ~130 ms, a quarter of the side panel's comparison, which compiles a page with the
 * corpus at every read. The compile writes into entities (articles counted, facts resolved), so each caller gets
 * its own copy of them; the rest is only read. A file with an error is not remembered, so it throws every time.
 */
export function parseSeedRules(files: { gazetteer: [string, string]; chromeRules?: [string, string]; facets?: [string, string] }): SeedRules {
  const texts = [files.gazetteer[1], files.chromeRules?.[1], files.facets?.[1]] as const;
  if (!last || last.texts.some((t, i) => t !== texts[i])) {
    const { entities, cues, facts } = parseGazetteer(...files.gazetteer);
    const rules = files.chromeRules ? parseChromeRules(...files.chromeRules) : [];
    const facets = files.facets ? parseFacets(...files.facets, new Set(entities.map((e) => e.id))) : [];
    last = { texts, parsed: { entities, cues, facts, rules, facets } };
  }
  return { ...last.parsed, entities: structuredClone(last.parsed.entities) };
}
