import type { Article, ArticleMeta } from '../../model/corpus-types';
import type { Fact } from '../../model/fact';
import { createArticleStageCache, type ArticleStageCache } from '../../compiler';
import { contentHash } from '../../model/hash';
import type { ArticleStageStore, StoredArticle } from './stage-store';

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
  /** This article (as handed out) is compiled and read for facts already: preparing it again would add nothing. */
  prepared(article: Article): boolean;
  /**
   * Stores the articles prepared since the last call (compiled and read for facts, not taken from the store) in
   * the memo's store, if it has one; resolves to how many. A worker started again reads them back.
   */
  persist(): Promise<number>;
  /** `persist`, once the current task is done (a read's answer goes first); `CorpusMemo.saved` waits for it. */
  persistLater(): void;
}

interface ArticleEntry {
  /** The record it was read with: a later version serving another record (a title, an event) reads it again. */
  record: string;
  article: Article;
  facts?: Map<string, Fact>;
  /** The corpus version at which the record was last found the same: other versions look again. */
  checkedAt: string;
  /** In the store already (read from it, or stored): not stored again. */
  stored?: boolean;
}

/**
 * What reading pages in context keeps between reads: each corpus article read back from its passages,
 * compiled (its passages, names, statements) and read for facts is the same for every page that leads to it,
 * and doing it again was most of a read's time. A change of the corpus (a save, a removal, an import) does not
 * throw it away: the next read looks at the records of the articles it needs, and only an article that is new
 * or whose record changed is read back, compiled and read for facts again — the rest is kept, so the first page
 * after a change costs what a new page costs. Another gazetteer (a test's, a new build's) forgets everything.
 * The least recently used articles go past `size`, so memory stays bounded however many pages are read.
 *
 * With a `store` (stage-store.ts), what it prepares outlives it: an article it does not hold is looked for there
 * (under the same record, gazetteer and facets) before being compiled, so the first read after the worker starts
 * again costs what a new page costs.
 */
export class CorpusMemo {
  private gazetteer: string | undefined;
  private facets: string | undefined;
  /** The store's scope: the gazetteer and facets the entries were prepared with. */
  private scope = '';
  private readonly entries = new Map<string, ArticleEntry>();
  private stage: ArticleStageCache;
  /** The articles asked of the store in this task, asked in one go. */
  private batch: { scope: string; ids: string[]; loaded: Promise<Map<string, StoredArticle>> } | undefined;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly size = DEFAULT_SIZE,
    private store?: ArticleStageStore,
  ) {
    this.stage = createArticleStageCache(size);
  }

  /** Keeps what it prepares in `store` from now on (the extension's background gives its IndexedDB store). */
  useStore(store: ArticleStageStore): void {
    this.store = store;
  }

  /** The memo for a read of corpus `version`, whose names come from this gazetteer text (and its facets, this facets text). */
  at(version: string, gazetteer: string, facets = ''): VersionMemo {
    if (gazetteer !== this.gazetteer || facets !== this.facets) {
      this.gazetteer = gazetteer;
      this.facets = facets;
      this.scope = contentHash(`${gazetteer}\u0000${facets}`);
      this.entries.clear();
      this.stage = createArticleStageCache(this.size);
      // (said at once, so the compile keeps what a stored entry holds for them rather than clearing it as of another)
      this.stage.gazetteerText = gazetteer;
      this.stage.facetsText = facets;
    }
    const stage = this.stage;
    const persist = () => this.persist(stage);
    return {
      stage,
      article: (id, read) => this.article(version, stage, id, read),
      facts: (article, read) => {
        const entry = this.entries.get(article.id);
        if (entry?.article !== article) return read();
        return (entry.facts ??= read());
      },
      prepared: (article) => this.entries.get(article.id)?.article === article && this.entries.get(article.id)?.facts !== undefined && stage.articles.get(article.id)?.statements !== undefined,
      persist,
      persistLater: () => {
        if (!this.store) return;
        const later = new Promise((resolve) => setTimeout(resolve, 0)).then(persist);
        this.saving = Promise.all([this.saving, later.catch(() => 0)]);
      },
    };
  }

  /**
   * Forgets every prepared article, here and in the store (after the stores asked for so far): the reader removed
   * or edited an article, and no copy of its old text may stay. The next reads and warm-up prepare again.
   */
  async forgetAll(): Promise<void> {
    this.entries.clear();
    this.stage = createArticleStageCache(this.size);
    this.gazetteer = undefined;
    await this.saving.catch(() => undefined);
    await this.store?.clear();
  }

  /** Resolves once the stores asked for so far (`persistLater`) are done. */
  async saved(): Promise<void> {
    await this.saving;
  }

  private async persist(stage: ArticleStageCache): Promise<number> {
    if (!this.store || stage !== this.stage) return 0;
    const out: StoredArticle[] = [];
    for (const [id, entry] of this.entries) {
      const prepared = stage.articles.get(id);
      if (entry.stored || !entry.facts || !prepared?.statements) continue;
      out.push({ id, record: entry.record, stage: prepared, facts: entry.facts });
      entry.stored = true;
    }
    if (out.length > 0) await this.store.save(this.scope, out);
    return out.length;
  }

  /** The stored preparation of article `id`, asked together with the others asked in this task. */
  private fromStore(store: ArticleStageStore, id: string): Promise<StoredArticle | undefined> {
    const scope = this.scope;
    if (this.batch?.scope !== scope) {
      const ids: string[] = [];
      const batch = {
        scope,
        ids,
        loaded: Promise.resolve().then(() => {
          if (this.batch === batch) this.batch = undefined;
          return store.load(scope, ids);
        }),
      };
      this.batch = batch;
    }
    this.batch.ids.push(id);
    // (a store that fails is a store that has nothing: the article is prepared anew)
    return this.batch.loaded.then(
      (found) => found.get(id),
      () => undefined,
    );
  }

  private async article(version: string, stage: ArticleStageCache, id: string, read: ArticleReader): Promise<Article | undefined> {
    const known = this.entries.get(id);
    if (known?.checkedAt === version) return this.keep(id, known).article;
    // Asked at once, so the articles a read needs are asked of the store together, while their records are read.
    const stored = known || !this.store ? undefined : this.fromStore(this.store, id);
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
    const kept = await stored;
    // Another read (the background's preparation, a page) asked for it meanwhile and holds it: one article, kept once.
    const raced = this.entries.get(id);
    if (raced && raced !== still && raced.record === record && stage === this.stage) {
      raced.checkedAt = version;
      return this.keep(id, raced).article;
    }
    // Prepared under this very record, gazetteer and facets: what compiling it again would give.
    if (kept?.record === record && stage === this.stage && !stage.articles.has(id) && !this.entries.has(id)) {
      stage.articles.set(id, kept.stage);
      entry.facts = kept.facts;
      entry.stored = true;
    }
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
