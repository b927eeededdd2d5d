import type { CorpusBundle } from '../model/corpus-types';
import type { UserArticleRecord } from '../model/user-article';
import { compileCorpusFromFiles, createArticleStageCache, type ArticleStageCache, type SeedFile } from './compile-corpus';
import { shippedBundle } from './shipped-bundle';

export interface IncrementalCompiler {
  /** The seeds compiled with these articles (none: the shipped corpus), as the extension serves it. */
  compile(articles: readonly UserArticleRecord[]): Promise<CorpusBundle>;
}

/**
 * The background's compiler: the seeds, loaded once, compiled with the reader's articles by the same
 * code as the build, keeping each article's per-article stage (passages and mentions) between compiles,
 * so a save scans only the new article. The shipped corpus (no articles) is compiled once and kept
 * (without touching that cache).
 */
export function createIncrementalCompiler(loadSeeds: () => Promise<SeedFile[]>): IncrementalCompiler {
  let seeds: Promise<SeedFile[]> | undefined;
  let shipped: Promise<CorpusBundle> | undefined;
  const articleStage = createArticleStageCache();
  const run = async (articles: readonly UserArticleRecord[], stage?: ArticleStageCache): Promise<CorpusBundle> => {
    seeds ??= loadSeeds().catch((error: unknown) => {
      seeds = undefined;
      throw error;
    });
    return shippedBundle(compileCorpusFromFiles(await seeds, { userArticles: articles, articleStage: stage }));
  };
  return {
    compile(articles) {
      if (articles.length > 0) return run(articles, articleStage);
      shipped ??= run([]).catch((error: unknown) => {
        shipped = undefined;
        throw error;
      });
      return shipped;
    },
  };
}
