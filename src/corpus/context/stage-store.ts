import type { ArticleStageCache } from '../../compiler';
import type { Fact } from '../../model/fact';

/** One article's entry of the compiler's per-article cache. */
export type ArticleStage = NonNullable<ReturnType<ArticleStageCache['articles']['get']>>;

/**
 * One corpus article as the side panel prepared it: its compile stage (passages, names, statements and their
 * facts) and the facts the fact reader reads in it. Plain data (maps, typed arrays, objects): IndexedDB stores it
 * as it is.
 */
export interface StoredArticle {
  id: string;
  /** The article's record it was prepared with (corpus-memo.ts `recordKey`): another record prepares it again. */
  record: string;
  stage: ArticleStage;
  facts: Map<string, Fact>;
}

/**
 * Where the prepared corpus articles outlive the worker (src/background/panel-stage-db.ts in the extension). A
 * worker started again reads the few a page needs instead of compiling them anew, which was most of the first
 * read's time. `scope` names what the preparation depends on besides the article (the gazetteer and facets text;
 * the store adds the code that prepared it): entries of another scope are never handed out.
 */
export interface ArticleStageStore {
  /** The articles of `ids` stored under `scope` (any missing is simply absent). */
  load(scope: string, ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** Stores these under `scope`; entries of another scope may go. */
  save(scope: string, articles: readonly StoredArticle[]): Promise<void>;
  /** Forgets everything: an article removed or edited leaves no copy of its text behind. */
  clear(): Promise<void>;
}

/**
 * A store in memory that copies on the way in and out as IndexedDB does (a structured clone): tests and the
 * benchmark see what a worker started again sees, nothing shared with the memo that stored it.
 */
export function memoryStageStore(): ArticleStageStore & { size(): number } {
  const kept = new Map<string, Map<string, StoredArticle>>();
  return {
    size: () => [...kept.values()].reduce((n, m) => n + m.size, 0),
    load: async (scope, ids) => {
      const out = new Map<string, StoredArticle>();
      const of = kept.get(scope);
      for (const id of ids) {
        const a = of?.get(id);
        if (a) out.set(id, structuredClone(a));
      }
      return out;
    },
    clear: async () => kept.clear(),
    save: async (scope, articles) => {
      for (const other of kept.keys()) if (other !== scope) kept.delete(other);
      const of = kept.get(scope) ?? new Map<string, StoredArticle>();
      kept.set(scope, of);
      for (const a of articles) of.set(a.id, structuredClone(a));
    },
  };
}
