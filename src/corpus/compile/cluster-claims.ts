import type { Article, Claim, Passage, SourceRef } from '../../model/corpus-types';
import { contentTerms, wordCount } from './claim-terms';
import { contentHash } from './hash';
import type { SentenceRef } from './link-entities';

/**
 * Claims: what the sources say about an entity, grouped so that one statement reported by four outlets is
 * one claim "reported by 4 of 5". Per entity, the sentences that mention it are clustered by their content
 * terms; the cost is bounded per entity (MAX_SENTENCES), never quadratic in the corpus.
 */
export const CLAIM_TUNING = {
  /** Sentences considered per entity, most recent articles first: bounds the per-entity O(n²) clustering. */
  MAX_SENTENCES: 240,
  /** Shorter sentences are headings or fragments, not statements. */
  MIN_WORDS: 6,
  /** Weighted Jaccard at or above which two sentences state the same thing. */
  THRESHOLD: 0.3,
  /** Shared entities say more about sameness than shared words. */
  ENTITY_WEIGHT: 2,
  MAX_CLAIMS: 8,
  /** Source references kept per claim; `agreement` still counts them all. */
  MAX_SOURCES: 12,
};

export interface ClaimContext {
  articles: Article[];
  passages: Passage[];
  sentences: SentenceRef[];
  /** Entity id → number of articles that mention it: the denominator of `agreement`. */
  articleTotals: Map<string, number>;
}

/** A sentence's terms as sorted interned ids, with their summed weight, for a merge-based Jaccard. */
interface Terms {
  ids: Int32Array;
  weights: Float64Array;
  total: number;
}

/** Interns term strings to ints so set comparisons are merges of sorted int arrays, not string hashing. */
export class TermTable {
  private readonly ids = new Map<string, number>();
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }
}

function weighted(terms: Set<string>, self: string, table: TermTable): Terms {
  const pairs: Array<[number, number]> = [];
  for (const t of terms) if (t !== self) pairs.push([table.intern(t), t.startsWith('@') ? CLAIM_TUNING.ENTITY_WEIGHT : 1]);
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    ids: Int32Array.from(pairs, (p) => p[0]),
    weights: Float64Array.from(pairs, (p) => p[1]),
    total: pairs.reduce((sum, p) => sum + p[1], 0),
  };
}

function similarity(a: Terms, b: Terms): number {
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      inter += a.weights[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.total + b.total - inter;
  return union === 0 ? 0 : inter / union;
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

/** Shared across entities during one compile: term sets per sentence, interned terms, article recency. */
export interface ClaimCache {
  terms: Map<number, Set<string>>;
  table: TermTable;
  /** Rank of each article, newest first (ties in corpus order). */
  recency: Int32Array;
}

export function createClaimCache(articles: Article[]): ClaimCache {
  const order = articles.map((_, i) => i).sort((a, b) => {
    const da = articles[a]!.date;
    const db = articles[b]!.date;
    return da < db ? 1 : da > db ? -1 : a - b;
  });
  const recency = new Int32Array(articles.length);
  order.forEach((ai, rank) => (recency[ai] = rank));
  return { terms: new Map(), table: new TermTable(), recency };
}

/**
 * Newest articles first, then reading order. Candidates arrive in reading order, so they form one run per
 * article: sorting the runs (one per article) is much cheaper than sorting every sentence of a broad entity.
 */
function byRecency(ctx: ClaimContext, candidates: number[], recency: Int32Array): number[] {
  const runs: Array<[rank: number, from: number, to: number]> = [];
  for (let i = 0; i < candidates.length; ) {
    const article = ctx.sentences[candidates[i]!]!.article;
    let j = i + 1;
    while (j < candidates.length && ctx.sentences[candidates[j]!]!.article === article) j++;
    runs.push([recency[article]!, i, j]);
    i = j;
  }
  runs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [, from, to] of runs) for (let i = from; i < to; i++) out.push(candidates[i]!);
  return out;
}

export function clusterEntityClaims(ctx: ClaimContext, entityId: string, candidates: number[], cache: ClaimCache): Claim[] {
  const self = `@${entityId}`;
  const termCache = cache.terms;
  const ordered = byRecency(ctx, candidates, cache.recency);
  const picked: Array<{ ref: SentenceRef; terms: Terms }> = [];
  for (const key of ordered) {
    if (picked.length >= CLAIM_TUNING.MAX_SENTENCES) break;
    const ref = ctx.sentences[key]!;
    const text = ctx.articles[ref.article]!.text;
    if (wordCount(text, ref.start, ref.end) < CLAIM_TUNING.MIN_WORDS) continue;
    let terms = termCache.get(key);
    if (!terms) termCache.set(key, (terms = contentTerms(text, ref.start, ref.end, ref.mentions)));
    picked.push({ ref, terms: weighted(terms, self, cache.table) });
  }

  // Greedy single-link clustering in recency order: join the cluster holding the most similar sentence.
  const clusters: number[][] = [];
  const sim: number[][] = picked.map(() => []);
  picked.forEach((p, i) => {
    let best = -1;
    let bestSim = CLAIM_TUNING.THRESHOLD;
    clusters.forEach((members, ci) => {
      for (const j of members) {
        const s = similarity(p.terms, picked[j]!.terms);
        sim[i]![j] = s;
        sim[j]![i] = s;
        if (s >= bestSim && (s > bestSim || best < 0)) {
          bestSim = s;
          best = ci;
        }
      }
    });
    if (best >= 0) clusters[best]!.push(i);
    else clusters.push([i]);
  });

  const total = ctx.articleTotals.get(entityId) ?? 0;
  const claims = clusters.map((members) => toClaim(ctx, entityId, members, picked, sim, total));
  claims.sort((a, b) => rank(b) - rank(a) || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
  return claims.slice(0, CLAIM_TUNING.MAX_CLAIMS).map((c) => c.claim);

  function rank(c: { claim: Claim; others: number }): number {
    return c.claim.agreement.count * 1000 + Math.min(c.others, 999);
  }
}

function toClaim(
  ctx: ClaimContext,
  entityId: string,
  members: number[],
  picked: Array<{ ref: SentenceRef; terms: Terms }>,
  sim: number[][],
  total: number,
): { claim: Claim; others: number } {
  // The most central member (highest summed similarity) speaks for the cluster; ties keep recency order.
  const centrality = (i: number): number => members.reduce((sum, j) => sum + (i === j ? 0 : sim[i]![j] ?? 0), 0);
  const byCentrality = members.slice().sort((a, b) => centrality(b) - centrality(a) || a - b);
  const centre = picked[byCentrality[0]!]!.ref;
  const seen = new Set<number>();
  const sources: SourceRef[] = [];
  for (const i of byCentrality) {
    const ref = picked[i]!.ref;
    if (seen.has(ref.article)) continue;
    seen.add(ref.article);
    if (sources.length < CLAIM_TUNING.MAX_SOURCES) sources.push(sourceRef(ctx, ref));
  }
  sources.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.articleId < b.articleId ? -1 : 1));
  const text = ctx.articles[centre.article]!.text.slice(centre.start, centre.end);
  const others = new Set(centre.mentions.map((m) => m.entityId).filter((id) => id !== entityId)).size;
  return {
    claim: {
      id: `${entityId}:${contentHash(text).slice(0, 10)}`,
      entityId,
      text,
      sources,
      agreement: { count: seen.size, total: Math.max(total, seen.size) },
    },
    others,
  };
}
