import type { Article, Claim, ClaimVariant, DifferenceKind, Passage, SourceRef } from '../model/corpus-types';
import { CLAIM_TUNING } from './claims';
import type { Facet } from './facets';
import type { SentenceRef } from './link-entities';
import type { Statement } from './statements';

export interface ClaimContext {
  articles: Article[];
  passages: Passage[];
  sentences: SentenceRef[];
  /** Entity id → articles that mention or report it. */
  articleTotals: Map<string, number>;
}

/** A source with whom its outlet credits for the sentence, when it credits anyone. */
export function withVia(ref: SourceRef, statement: Statement | undefined): SourceRef {
  return statement?.via ? { ...ref, via: statement.via } : ref;
}

export function sourceRef(ctx: ClaimContext, s: SentenceRef): SourceRef {
  const article = ctx.articles[s.article]!;
  return {
    articleId: article.id,
    passageId: ctx.passages[s.passage]!.id,
    outlet: article.outlet,
    date: article.date,
    quote: article.text.slice(s.start, s.end),
  };
}

/**
 * Curated disputed points (`seeds/facets.yaml`). Each variant's patterns are searched in every article;
 * the first hit per article and variant becomes a source, quoting the sentence it sits in. A facet found in
 * two or more variants is a claim with `variants`: the card's "sources differ" section.
 */
/**
 * Where an article first says a facet's variant (-1: nowhere). `variant` numbers the variants of all facets
 * in order, so a compile that keeps per-article results (incremental.ts) can cache the answer by article.
 */
export type VariantMatch = (article: Article, variant: number, patterns: RegExp[]) => number;
export const matchVariant: VariantMatch = (article, _variant, patterns) => firstMatch(article.text, patterns);

export function facetClaims(
  ctx: ClaimContext,
  facets: Facet[],
  sentencesByArticle: number[][],
  statements: ReadonlyMap<number, Statement>,
  match: VariantMatch = matchVariant,
): Claim[] {
  const claims: Claim[] = [];
  let k = 0;
  for (const facet of facets) {
    const variants: ClaimVariant[] = [];
    const articles = new Set<number>();
    for (const variant of facet.variants) {
      const sources: SourceRef[] = [];
      let count = 0;
      const ordinal = k++;
      ctx.articles.forEach((article, ai) => {
        const at = match(article, ordinal, variant.patterns);
        if (at < 0) return;
        const si = sentenceAt(ctx, sentencesByArticle[ai] ?? [], at);
        if (si < 0) return;
        const sentence = ctx.sentences[si]!;
        count++;
        articles.add(ai);
        if (sources.length < CLAIM_TUNING.MAX_SOURCES) sources.push(withVia(sourceRef(ctx, sentence), statements.get(si)));
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
      difference: { kind: classify(facet, variants), note: facet.note ?? '' },
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

/** Index of the sentence of an article that contains offset `at` (binary search over its sentences, in order), or -1. */
function sentenceAt(ctx: ClaimContext, indices: number[], at: number): number {
  let lo = 0;
  let hi = indices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[indices[mid]!]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return indices[mid]!;
  }
  return -1;
}


/**
 * How the variants of a facet relate: the kind the facet declares; without one, a paraphrase when every
 * variant credits the same agency (one report in other words), else a contradiction.
 */
function classify(facet: Facet, variants: ClaimVariant[]): DifferenceKind {
  if (facet.kind) return facet.kind;
  const credited = variants.map((v) => new Set(v.sources.map((s) => s.via ?? '')));
  const shared = [...(credited[0] ?? [])].filter((name) => name && !name.startsWith('anonymous') && credited.every((set) => set.has(name)));
  return shared.length > 0 && credited.every((set) => set.size === 1) ? 'paraphrase' : 'contradiction';
}
