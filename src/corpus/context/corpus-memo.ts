import type { Article, ArticleMeta } from '../../model/corpus-types';
import type { Fact } from '../../model/fact';
import { createArticleStageCache, type ArticleStageCache } from '../../compiler';

/** Corpus articles kept: a few pages' worth (60 at most per page), with their compile stage and facts. */
const DEFAULT_SIZE = 300;

/** How to read one corpus article back: its record (cheap), and its text (its passages: read only when needed). */
export interface ArticleReader {
  meta(): Promise<ArticleMeta | undefined>;
  text(): Promise<string | undefined>;
}

/** What one read sees of the memo, at the corpus version it reads. */
export interface VersionMemo {
  /**
   * A corpus article as this version serves it. Kept from an earlier read when its record is unchanged (an
   * article's text is fixed by its id: a seed's by the shipped seeds, a reader's article's id is its text's
   * hash); read back whole when it is new or its record changed. A read still under way or one that failed (a
   * database closed or rewritten under it) is never handed to a later page.
   */
  article(id: string, read: ArticleReader): Promise<Article | undefined>;
  /** The facts of a corpus article this memo handed out, `read` once and kept with the article. */
  facts(article: Article, read: () => Map<string, Fact>): ReadonlyMap<string, Fact>;
  /** The compiler's per-article cache: passages, mentions, statements and their facts. */
  stage: ArticleStageCache;
}

interface ArticleEntry {
  /** The record it was read with: a later version serving another record (a title, an event) reads it again. */
  record: string;
  article: Article;
  facts?: Map<string, Fact>;
  /** The corpus version at which the record was last found the same: other versions look again. */
  checkedAt: string;
}

/**
 * What reading pages in context keeps between reads: each corpus article read back from its passages,
 * compiled (its passages, names, statements) and read for facts is the same for every page that leads to it,
 * and doing it again was most of a read's time. A change of the corpus (a save, a removal, an import) does not
 * throw it away: the next read looks at the records of the articles it needs, and only an article that is new
 * or whose record changed is read back, compiled and read for facts again — the rest is kept, so the first page
 * after a change costs what a new page costs. Another gazetteer (a test's, a new build's) forgets everything.
 * The least recently used articles go past `size`, so memory stays bounded however many pages are read.
 */
export class CorpusMemo {
  private gazetteer: string | undefined;
  private readonly entries = new Map<string, ArticleEntry>();
  private stage: ArticleStageCache;

  constructor(private readonly size = DEFAULT_SIZE) {
    this.stage = createArticleStageCache(size);
  }

  /** The memo for a read of corpus `version`, whose names come from this gazetteer text. */
  at(version: string, gazetteer: string): VersionMemo {
    if (gazetteer !== this.gazetteer) {
      this.gazetteer = gazetteer;
      this.entries.clear();
      this.stage = createArticleStageCache(this.size);
    }
    const stage = this.stage;
    return {
      stage,
      article: (id, read) => this.article(version, stage, id, read),
      facts: (article, read) => {
        const entry = this.entries.get(article.id);
        if (entry?.article !== article) return read();
        return (entry.facts ??= read());
      },
    };
  }

  private async article(version: string, stage: ArticleStageCache, id: string, read: ArticleReader): Promise<Article | undefined> {
    const known = this.entries.get(id);
    if (known?.checkedAt === version) return this.keep(id, known).article;
    const meta = await read.meta();
    if (!meta) return this.forget(stage, id);
    const record = recordKey(meta);
    const still = this.entries.get(id);
    if (still && still.record === record) {
      // (a read at another version may have stored it meanwhile: the same record, the same article)
      if (still.checkedAt !== version) still.checkedAt = version;
      return this.keep(id, still).article;
    }
    const text = await read.text();
    // Its compile stage was of another record (a date or an event the statements were read with): read it again.
    if (still) stage.articles.delete(id);
    if (text === undefined) return this.forget(stage, id);
    const entry: ArticleEntry = { record, article: { ...meta, text }, checkedAt: version };
    return this.keep(id, entry).article;
  }

  /** An article this version does not serve (removed, or its passages gone): nothing of it is kept. */
  private forget(stage: ArticleStageCache, id: string): undefined {
    this.entries.delete(id);
    stage.articles.delete(id);
    return undefined;
  }

  /** Sets `entry` as the most recently used; the least recently used go past `size`. */
  private keep(id: string, entry: ArticleEntry): ArticleEntry {
    this.entries.delete(id);
    this.entries.set(id, entry);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

/** Every field of an article's record, in one order (a stored record may list them in another). */
function recordKey(meta: ArticleMeta): string {
  const fields = meta as unknown as Record<string, unknown>;
  return JSON.stringify(Object.keys(fields).sort().map((k) => [k, fields[k]]));
}
