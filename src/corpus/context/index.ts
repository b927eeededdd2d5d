/** The page-in-context comparison's public surface: the side panel, the background and the CLI import from here. */
export { readPageInContext, type ContextInputs } from './read-page-in-context';
export { warmPageContext } from './warm-context';
export { pageInputOf, type PageInput } from './page-input';
export type * from './page-context';
export { forgetPreparedArticles, keepPreparedArticlesIn } from './shared-memo';
export type { ArticleStageStore, StoredArticle } from './stage-store';
