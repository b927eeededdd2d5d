import type { Article } from '../model/corpus-types';
import type { SentenceRef } from './link-entities';

/**
 * Which sentences are read as statements. Reading one costs tens of microseconds (attribution, reference,
 * time), and a 10,000-article corpus has 450,000 sentences, so the work is bounded the way the card is: per
 * entity, its most recent mentions; per event, the most recent articles that report it, whole; and before each
 * chosen sentence the few that precede it, so "He …" and "The order …" can be resolved. On a small corpus
 * (the seeds) every sentence is read.
 */
export const SELECT_TUNING = {
  /** Sentences per entity, newest articles first. */
  PER_ENTITY: 120,
  /** Articles per event read in full, newest first. */
  ARTICLES_PER_EVENT: 12,
  /** Preceding sentences read for context before a chosen one. */
  CONTEXT: 2,
};

export function selectSentences(
  articles: Article[],
  sentences: SentenceRef[],
  sentencesByArticle: number[][],
  candidates: Map<string, number[]>,
): number[] {
  const recency = articleRecency(articles);
  const keep = new Uint8Array(sentences.length);
  const mark = (si: number): void => {
    const article = sentences[si]!.article;
    for (let k = si; k >= 0 && k >= si - SELECT_TUNING.CONTEXT && sentences[k]!.article === article; k--) keep[k] = 1;
  };
  for (const list of candidates.values()) {
    for (const si of newestFirst(sentences, list, recency).slice(0, SELECT_TUNING.PER_ENTITY)) mark(si);
  }
  const reporting = new Map<string, number[]>();
  articles.forEach((a, ai) => {
    if (a.event === undefined) return;
    const list = reporting.get(a.event);
    if (list) list.push(ai);
    else reporting.set(a.event, [ai]);
  });
  for (const list of reporting.values()) {
    list.sort((a, b) => recency[a]! - recency[b]!);
    for (const ai of list.slice(0, SELECT_TUNING.ARTICLES_PER_EVENT)) for (const si of sentencesByArticle[ai] ?? []) keep[si] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < keep.length; i++) if (keep[i]) out.push(i);
  return out;
}

/** Ranks already made, per compile's article list (sentence selection and claim grouping both ask; dates never change within a compile). */
const recencyOf = new WeakMap<readonly Article[], { length: number; rank: Int32Array }>();

/** Rank of each article, newest first (ties in corpus order). */
export function articleRecency(articles: Article[]): Int32Array {
  const known = recencyOf.get(articles);
  if (known?.length === articles.length) return known.rank;
  const rank = rankByRecency(articles);
  recencyOf.set(articles, { length: articles.length, rank });
  return rank;
}

function rankByRecency(articles: Article[]): Int32Array {
  const order = articles.map((_, i) => i).sort((a, b) => (articles[a]!.date < articles[b]!.date ? 1 : articles[a]!.date > articles[b]!.date ? -1 : a - b));
  const rank = new Int32Array(articles.length);
  order.forEach((ai, r) => (rank[ai] = r));
  return rank;
}

/**
 * Newest articles first, then reading order. Candidates arrive in reading order, one run per article:
 * sorting the runs is much cheaper than sorting every sentence of a broad entity.
 */
function newestFirst(sentences: SentenceRef[], candidates: number[], recency: Int32Array): number[] {
  const runs: Array<[rank: number, from: number, to: number]> = [];
  for (let i = 0; i < candidates.length; ) {
    const article = sentences[candidates[i]!]!.article;
    let j = i + 1;
    while (j < candidates.length && sentences[candidates[j]!]!.article === article) j++;
    runs.push([recency[article]!, i, j]);
    i = j;
  }
  runs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [, from, to] of runs) {
    for (let i = from; i < to; i++) out.push(candidates[i]!);
    if (out.length >= SELECT_TUNING.PER_ENTITY) break;
  }
  return out;
}
