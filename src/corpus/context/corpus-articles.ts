import type { Article, Claim } from '../../model/corpus-types';
import { PARAGRAPH_SEPARATOR } from '../../compiler';
import type { CorpusSource } from '../source';
import type { VersionMemo } from './corpus-memo';

/** Articles compiled again with a page: enough to recompile the claims compared, few enough to stay fast. */
export const CONTEXT_LIMITS = {
  /** Entities of the page whose corpus claims are compared (most named first). */
  MAX_ENTITIES: 12,
  /** Corpus articles compiled with the page: the 500 ms budget on a 10,000-article corpus holds with this many. */
  MAX_ARTICLES: 60,
  /** Left-out claims shown per main entity. */
  LEFT_OUT_PER_ENTITY: 3,
  /** Main entities: the page's event and the most-named people and organisations. */
  MAX_MAIN: 3,
};

/**
 * The articles behind the corpus claims of the given entities, most cited first, read back from their
 * passages (a compiled article's text is its passages joined as the compiler split them, so passage ids and
 * offsets come out the same). A page compiled with them meets exactly the statements the cards show.
 */
export async function articlesBehindClaims(
  source: CorpusSource,
  claims: readonly Claim[],
  memo: VersionMemo,
  /** The page's own id: once saved it is cited too, but it is never its own source, so it takes no place. */
  pageId?: string,
  limit = CONTEXT_LIMITS.MAX_ARTICLES,
): Promise<Article[]> {
  const cited = new Map<string, number>();
  for (const c of claims) {
    for (const s of [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)]) if (s.articleId !== pageId) cited.set(s.articleId, (cited.get(s.articleId) ?? 0) + 1);
  }
  const ids = [...cited].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
  const read = await Promise.all(ids.map((id) => memo.article(id, { meta: () => source.getArticle(id), text: () => articleText(source, id) })));
  return read.filter((a): a is Article => a !== undefined);
}

async function articleText(source: CorpusSource, id: string): Promise<string | undefined> {
  const passages = await source.getPassagesForArticle(id);
  if (passages.length === 0) return undefined;
  return passages
    .slice()
    .sort((a, b) => a.index - b.index)
    .map((p) => p.text)
    .join(PARAGRAPH_SEPARATOR);
}
