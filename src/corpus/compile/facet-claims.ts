import type { Claim, ClaimVariant, SourceRef } from '../../model/corpus-types';
import { CLAIM_TUNING, sourceRef, type ClaimContext } from './cluster-claims';
import type { Facet } from './facets';
import type { SentenceRef } from './link-entities';

/**
 * Curated disputed points (`seeds/facets.yaml`). Each variant's patterns are searched in every article;
 * the first hit per article and variant becomes a source, quoting the sentence it sits in. A facet found in
 * two or more variants is a claim with `variants`: the card's "sources differ" section.
 */
export function facetClaims(ctx: ClaimContext, facets: Facet[], sentencesByArticle: number[][]): Claim[] {
  const claims: Claim[] = [];
  for (const facet of facets) {
    const variants: ClaimVariant[] = [];
    const articles = new Set<number>();
    for (const variant of facet.variants) {
      const sources: SourceRef[] = [];
      let count = 0;
      ctx.articles.forEach((article, ai) => {
        const at = firstMatch(article.text, variant.patterns);
        if (at < 0) return;
        const sentence = sentenceAt(ctx, sentencesByArticle[ai] ?? [], at);
        if (!sentence) return;
        count++;
        articles.add(ai);
        if (sources.length < CLAIM_TUNING.MAX_SOURCES) sources.push(sourceRef(ctx, sentence));
      });
      if (count > 0) variants.push({ label: variant.label, sources });
    }
    if (variants.length < 2) continue;
    const seen = new Set<string>();
    const sources = variants.flatMap((v) => v.sources).filter((s) => !seen.has(s.articleId) && seen.add(s.articleId));
    const total = Math.max(ctx.articleTotals.get(facet.entityId) ?? 0, articles.size);
    claims.push({
      id: `${facet.entityId}:facet:${facet.id}`,
      entityId: facet.entityId,
      text: `${facet.question}: ${variants.map((v) => v.label).join(' / ')}`,
      sources: sources.slice(0, CLAIM_TUNING.MAX_SOURCES),
      agreement: { count: articles.size, total },
      variants,
      facet: facet.question,
    });
  }
  return claims;
}

function firstMatch(text: string, patterns: RegExp[]): number {
  let best = -1;
  for (const re of patterns) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** The sentence of an article that contains offset `at` (binary search over its sentences, in order). */
function sentenceAt(ctx: ClaimContext, indices: number[], at: number): SentenceRef | undefined {
  let lo = 0;
  let hi = indices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[indices[mid]!]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
