import type { Article, Entity, Passage, SourceRef } from '../model/corpus-types';
import { asList, asObject, requireString, type YamlObject } from './fields';
import { SeedError } from './seed-error';
import type { YamlFile } from './yaml-file';

/**
 * Entity descriptions that say only what the corpus supports. `description` is a bare identification
 * ("Russian deputy prime minister"), Backstory's own words, shown as such; anything more is a `fact` that
 * cites the passages behind it by article id and a verbatim quote:
 *
 *   facts:
 *     - text: Said Russian and Syrian officials discussed energy cooperation.
 *       cites:
 *         - { article: 000_765fff5e320db609, quote: 'officials discussed potential energy cooperation' }
 *
 * The build fails on a description that reports something (a date, a number, a clause such as "who …",
 * "since …", a superlative such as "first"), on a fact without a citation, and on a quote its article lacks.
 * A fact whose cited articles are all absent from the corpus being compiled is left out: that corpus does
 * not support it (the synthetic benchmark corpus compiles with the real gazetteer).
 */
const REPORTS =
  /\d|;|\b(?:who|which|whose|whom|where|when|since|after|before|until|while|said|says|asked|received|discussed|first|only|largest|main|January|February|March|April|June|July|August|September|October|November|December)\b/i;

export interface FactCite {
  article: string;
  quote: string;
  line: number;
}

export interface DescriptionFact {
  text: string;
  line: number;
  cites: FactCite[];
}

/** Check `description` is a bare identification; throws at its line if it reports something. */
export function checkIdentification(y: YamlFile, obj: YamlObject, entity: Entity): void {
  const d = entity.description;
  const m = REPORTS.exec(d) ?? (/[.!?]\s+\S/.test(d) ? ['a second sentence'] : null);
  if (m) {
    throw new SeedError(
      y.file,
      y.lineOf(obj, 'description'),
      `description of entity "${entity.id}" must be a bare identification; it reports something ("${m[0]}"): move that to "facts" with the passages it cites, or cut it`,
    );
  }
}

export function parseFacts(y: YamlFile, obj: YamlObject, what: string): DescriptionFact[] {
  if (!('facts' in obj) || obj['facts'] === null) return [];
  const list = asList(y, obj['facts'], obj, 'facts', `"facts" of ${what}`);
  return list.map((item, i) => {
    const f = asObject(y, item, list, i, `a fact of ${what}`);
    const text = requireString(y, f, 'text', `a fact of ${what}`);
    const line = y.lineOf(list, i);
    const cites = 'cites' in f && f['cites'] !== null ? asList(y, f['cites'], f, 'cites', `"cites" of a fact of ${what}`) : [];
    if (cites.length === 0) throw new SeedError(y.file, line, `fact "${text}" of ${what} cites nothing: cite the passages that support it, or cut it`);
    return {
      text,
      line,
      cites: cites.map((c, ci) => {
        const co = asObject(y, c, cites, ci, `a citation of ${what}`);
        return { article: requireString(y, co, 'article', `a citation of ${what}`), quote: requireString(y, co, 'quote', `a citation of ${what}`), line: y.lineOf(cites, ci) };
      }),
    };
  });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** Resolve each fact's citations to source references; throws at the citation's line when its quote is not in its article. */
export function resolveFacts(file: string, facts: Map<string, DescriptionFact[]>, entities: Entity[], articles: Article[], passages: Passage[]): void {
  const byId = new Map(articles.map((a, i) => [a.id, i]));
  // Only the cited articles' passages are grouped (a few seed articles, not the reader's 10,000).
  const cited = new Set<string>();
  for (const list of facts.values()) for (const fact of list) for (const cite of fact.cites) cited.add(cite.article);
  const passagesOf = new Map<string, Passage[]>();
  for (const p of passages) {
    if (!cited.has(p.articleId)) continue;
    const list = passagesOf.get(p.articleId);
    if (list) list.push(p);
    else passagesOf.set(p.articleId, [p]);
  }
  for (const entity of entities) {
    const list = facts.get(entity.id);
    if (!list || list.length === 0) continue;
    const resolved = list.flatMap((fact) => {
      const sources = fact.cites.flatMap((cite): SourceRef[] => {
        const ai = byId.get(cite.article);
        if (ai === undefined) return [];
        const article = articles[ai]!;
        const passage = (passagesOf.get(article.id) ?? []).find((p) => squash(p.text).includes(squash(cite.quote)));
        if (!passage) throw new SeedError(file, cite.line, `fact of entity "${entity.id}": article "${cite.article}" does not contain the quote "${cite.quote}"`);
        return [{ articleId: article.id, passageId: passage.id, outlet: article.outlet, date: article.date, quote: cite.quote }];
      });
      return sources.length > 0 ? [{ text: fact.text, sources }] : [];
    });
    if (resolved.length > 0) entity.facts = resolved;
  }
}
