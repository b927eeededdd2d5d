import { CorpusMemo } from './corpus-memo';
import type { ArticleStageStore } from './stage-store';

/** The extension's reads share one memo (the background serves one corpus at a time; the memo checks what a change touched). */
export const sharedMemo = new CorpusMemo();

/** The shared memo keeps what it prepares in `store` too, so a worker started again reads it back (panel-stage-db.ts). */
export function keepPreparedArticlesIn(store: ArticleStageStore): void {
  sharedMemo.useStore(store);
}

/** The reader removed or edited an article: the shared memo and its store keep no copy of what it was. */
export function forgetPreparedArticles(): Promise<void> {
  return sharedMemo.forgetAll();
}
