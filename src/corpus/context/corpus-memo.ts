import { createArticleStageCache, type ArticleStageCache } from '../../compiler';

/** Entries kept: the articles and facts of a few pages' worth of corpus articles (60 at most per page). */
const DEFAULT_SIZE = 600;

/** What is remembered for one corpus version. */
export interface VersionMemo {
  /** The value of `key`: `compute`d at its first use, then remembered. */
  get<T>(key: string, compute: () => T): T;
  /**
   * The value of `key`, `read` at its first use and remembered once it arrives: a read still under way or one
   * that failed (a database closed or rewritten under it) is never handed to a later page.
   */
  remember<T>(key: string, read: () => Promise<T>): Promise<T>;
  /** The compiler's per-article cache: passages, mentions, statements and their facts. */
  stage: ArticleStageCache;
}

/**
 * What reading pages in context keeps between reads of one corpus version: each corpus article read back from
 * its passages, compiled (its passages, names, statements) and read for facts is the same for every page that
 * leads to it, and doing it again was most of a read's time. Everything is forgotten when the corpus changes
 * (a save, an import, a new version), and the least recently used entries go past `size`, so memory stays
 * bounded however many pages are read.
 */
export class CorpusMemo {
  private version: string | undefined;
  private current: VersionMemo | undefined;

  constructor(private readonly size = DEFAULT_SIZE) {}

  at(version: string): VersionMemo {
    if (version !== this.version || !this.current) {
      this.version = version;
      this.current = versionMemo(this.size);
    }
    return this.current;
  }
}

function versionMemo(size: number): VersionMemo {
  const entries = new Map<string, unknown>();
  const keep = (key: string, value: unknown): void => {
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value!);
  };
  return {
    stage: createArticleStageCache(size / 2),
    get<T>(key: string, compute: () => T): T {
      const value = entries.has(key) ? (entries.get(key) as T) : compute();
      keep(key, value);
      return value;
    },
    async remember<T>(key: string, read: () => Promise<T>): Promise<T> {
      if (entries.has(key)) {
        const value = entries.get(key) as T;
        keep(key, value);
        return value;
      }
      const value = await read();
      keep(key, value);
      return value;
    },
  };
}
