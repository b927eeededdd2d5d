import type { Mention } from '../detect/types';
import type { Article, MatcherEntity, Passage } from '../model/corpus-types';
import { withoutWrongSenses } from './facts/entity-sense';

/** Finds the mentions that would be marked in a text: what the content script does on a page. */
export type FindMentions = (text: string) => Mention[];
/** Builds a FindMentions for a gazetteer; the shipped one is `corpusDetector` (src/detect). */
export type MentionDetector = (entities: MatcherEntity[]) => FindMentions;

/** One sentence of the corpus with the entities detected in it; offsets are into `Article.text`. */
export interface SentenceRef {
  article: number;
  /** Index into the compiled passage list. */
  passage: number;
  /** Index of the sentence within its passage; with `passage`, orders sentences in reading order. */
  index: number;
  start: number;
  end: number;
  /** Mentions inside the sentence, offsets into `Article.text`. */
  mentions: Mention[];
}

export interface Links {
  sentences: SentenceRef[];
  /** Entity id → indices of the articles whose passages mention it. */
  articlesByEntity: Map<string, Set<number>>;
}

/**
 * One article's links as a compile made them, to be placed again at another position: its sentences' mentions in
 * reading order with how many each sentence has, and per passage the entities it names. The same for the same
 * text and gazetteer. Flat, not an array per sentence: kept for every article of the corpus, the per-sentence
 * arrays were 13 of the cache's 35 MB of links with 10,000 articles (measured in Node), and the placement's
 * slices live only as long as a compile.
 */
export interface ArticleLinks {
  mentions: Mention[];
  /** Per sentence in reading order: how many of `mentions` are its. */
  counts: Uint32Array;
  entityIds: string[][];
}

/** One array for every sentence that names nothing (most of them), kept with the article's links: frozen, read only. */
const NO_MENTIONS: Mention[] = Object.freeze([]) as unknown as Mention[];

/** Where a compile that keeps per-article results keeps an article's links (`linked`), by article index. */
export type LinksCache = (ai: number) => { linked?: ArticleLinks } | undefined;

/**
 * Detect mentions in each article as a whole (gating looks at the whole page, as in the browser), then
 * hand each mention to the passage and sentence it starts in. Fills `Passage.entityIds` in place.
 * Linear in the text: mentions and sentences are both in order, so one pass pairs them.
 */
export function linkEntities(articles: Article[], passages: Passage[], firstPassage: number[], findMentions: FindMentions, cache?: LinksCache): Links {
  const sentences: SentenceRef[] = [];
  const articlesByEntity = new Map<string, Set<number>>();
  const named = (id: string, ai: number): void => {
    let set = articlesByEntity.get(id);
    if (!set) articlesByEntity.set(id, (set = new Set()));
    set.add(ai);
  };
  articles.forEach((article, ai) => {
    const entry = cache?.(ai);
    const last = ai + 1 < firstPassage.length ? firstPassage[ai + 1]! : passages.length;
    if (entry?.linked) {
      // Linked before: the same sentences and mentions, placed at this compile's positions.
      const { mentions: kept, counts, entityIds } = entry.linked;
      let j = 0;
      let at = 0;
      for (let pi = firstPassage[ai]!; pi < last; pi++) {
        const passage = passages[pi]!;
        passage.entityIds = entityIds[pi - firstPassage[ai]!]!;
        passage.sentences.forEach(([s, e], si) => {
          const count = counts[j++]!;
          const mentions = count === 0 ? NO_MENTIONS : kept.slice(at, (at += count));
          sentences.push({ article: ai, passage: pi, index: si, start: passage.start + s, end: passage.start + e, mentions });
        });
        for (const id of passage.entityIds) named(id, ai);
      }
      return;
    }
    const linkedMentions: Mention[] = [];
    const counts: number[] = [];
    const entityIdsOf: string[][] = [];
    // Senses first: the State Duma (الدوما, Госдума) is never Douma the town.
    let mentions = withoutWrongSenses(article.text, findMentions(article.text));
    // The matcher returns mentions in order; another detector might not, and the pairing below needs it.
    if (mentions.some((x, i) => i > 0 && x.start < mentions[i - 1]!.start)) mentions = mentions.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    let m = 0;
    for (let pi = firstPassage[ai]!; pi < last; pi++) {
      const passage = passages[pi]!;
      const ids = new Set<string>();
      while (m < mentions.length && mentions[m]!.start < passage.start) m++;
      passage.sentences.forEach(([s, e], si) => {
        const start = passage.start + s;
        const end = passage.start + e;
        const inside: Mention[] = [];
        while (m < mentions.length && mentions[m]!.start < end) {
          const mention = mentions[m++]!;
          // A match that runs over a paragraph break joined two paragraphs' words: not a mention.
          if (mention.start >= start && mention.end <= passage.end) {
            inside.push(mention);
            ids.add(mention.entityId);
          }
        }
        const held = inside.length > 0 ? inside : NO_MENTIONS;
        sentences.push({ article: ai, passage: pi, index: si, start, end, mentions: held });
        for (const mention of inside) linkedMentions.push(mention);
        counts.push(inside.length);
      });
      passage.entityIds = [...ids].sort();
      entityIdsOf.push(passage.entityIds);
      for (const id of passage.entityIds) named(id, ai);
    }
    if (entry) entry.linked = { mentions: linkedMentions, counts: Uint32Array.from(counts), entityIds: entityIdsOf };
  });
  return { sentences, articlesByEntity };
}
