import type { CorpusSource } from '../corpus/source';
import type { ArticleView } from '../shared/messaging/background-request';

/** One article for the reader page: its paragraphs in order and the entities they name. */
export async function getArticleView(source: CorpusSource, articleId: string): Promise<ArticleView | null> {
  const article = await source.getArticle(articleId);
  if (!article) return null;
  const [meta, passages] = await Promise.all([source.meta(), source.getPassagesForArticle(articleId)]);
  const ids = new Set([...(article.event ? [article.event] : []), ...passages.flatMap((p) => p.entityIds)]);
  const entities = (await Promise.all([...ids].map((id) => source.getEntity(id))))
    .filter((e) => e !== undefined)
    .map(({ id, name, type, date }) => ({ id, name, type, date }));
  return { article, passages: [...passages].sort((a, b) => a.index - b.index), entities, asOf: meta.asOf };
}
