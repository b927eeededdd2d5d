import type { Article, Claim } from '../../model/corpus-types';
import { compileCorpusFromFiles, SEED_PATHS, toMatcherEntity } from '../../compiler';
import type { FactEntity } from '../../compiler/facts';
import { articlesBehindClaims } from './corpus-articles';
import { corpusAgencies } from './corpus-agencies';
import { cachedDetector } from './detector-cache';
import { articleFactsByQuote } from './page-facts';
import { sharedMemo } from './shared-memo';
import { ruleText, type ContextInputs } from './read-page-in-context';

export const WARM_LIMITS = {
  /** Corpus articles prepared: the most cited, within the 300 the memo keeps. */
  ARTICLES: 200,
  /** Articles compiled in one go: a quarter of a second or so, after which a card's or a page's request is served. */
  CHUNK: 8,
};

/**
 * Prepares, while the reader reads nothing, what the first page read after a corpus change would otherwise do
 * itself: the corpus articles most cited by the corpus's claims are read back, compiled (their passages, names,
 * statements) and read for facts into the memo the reads share, a few at a time. A page whose names lead to
 * them then costs what a new page costs; with a store, they are kept for a worker started again, and those kept
 * there already are read back, not compiled. Nothing is shown, and nothing a read shows depends on it:
 * a read that comes meanwhile finds less prepared. Returns how many articles were prepared.
 */
export async function warmPageContext(inputs: Pick<ContextInputs, 'seedFiles' | 'source' | 'memo'>, limits = WARM_LIMITS): Promise<number> {
  const rules = inputs.seedFiles.filter((f) => !f.path.replace(/\\/g, '/').startsWith(SEED_PATHS.articles));
  const gazetteer = ruleText(rules, SEED_PATHS.gazetteer);
  const meta = await inputs.source.meta();
  const memo = (inputs.memo ?? sharedMemo).at(meta.version, gazetteer, ruleText(rules, SEED_PATHS.facets));
  const entities = await inputs.source.listEntities();
  const claims: Claim[] = (await Promise.all(entities.map((e) => inputs.source.getClaimsForEntity(e.id)))).flat();
  const articles = await articlesBehindClaims(inputs.source, claims, memo, undefined, limits.ARTICLES);
  const detector = cachedDetector(gazetteer);
  const find = detector(entities.map(toMatcherEntity));
  const agencyNames = corpusAgencies(inputs.seedFiles);
  // Those prepared already (kept from before the change, or read back from the store) are not compiled again.
  const toPrepare = articles.filter((a) => !memo.prepared(a));
  for (let i = 0; i < toPrepare.length; i += limits.CHUNK) {
    const chunk: Article[] = toPrepare.slice(i, i + limits.CHUNK);
    const compiled = compileCorpusFromFiles([...rules], { detector, corpusArticles: chunk, articleStage: memo.stage, agencyNames });
    const factEntities = new Map<string, FactEntity>(compiled.entities.map((e) => [e.id, e]));
    for (const a of chunk) memo.facts(a, () => articleFactsByQuote(a, find, factEntities));
    // Kept for a worker started again (those read back from the store above are not stored again); a store that
    // fails loses only that.
    await memo.persist().catch(() => 0);
    await new Promise((resolve) => setTimeout(resolve, 0)); // (another request may run between chunks)
  }
  return articles.length;
}
