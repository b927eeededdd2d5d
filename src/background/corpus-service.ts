import type { CorpusSource } from '../corpus/source';
import type { CorpusBundle, Passage } from '../model/corpus-types';
import { corpusProblemOf, type CorpusProblem } from '../model/corpus-problem';
import type { Failure } from '../model/errors';
import type { UserArticleRecord, UserCorpusState } from '../model/user-article';
import { buildSearchIndex, search, searchWith, updateSearchIndex, type SearchIndex, type SerializedSearchIndex } from '../search';
import type { SearchFilters, SearchResponse } from '../search/types';
import { ensureCorpus, storedCorpusBasis } from '../storage/corpus-import';
import { patchCorpus } from '../storage/corpus-patch';
import { readCorpusProblem, writeCorpusProblem } from '../storage/corpus-problem-store';
import { createIdbSource, readStoredBundle } from '../storage/idb-source';
import { readSearchIndex, readStoredSearchIndex, searchIndexOf, writeSearchIndex } from '../storage/search-index-store';
import { corpusBasis } from '../storage/corpus-import';
import { storageFailure } from '../storage/storage-error';
import type { BackstoryDb } from '../storage/schema';
import { activeUserArticlesReusing, userRevision } from '../storage/user-articles';

/**
 * The one owner of the corpus the background serves: which corpus answers now, compiling the seeds with
 * the reader's articles, writing the result to IndexedDB, the search index, and why the last compile
 * failed. Everything it reaches is injected, so the races are unit-tested (test/unit/background).
 *
 * - The served corpus is replaced only by a whole new one (the hand-over): until the recompile is stored
 *   or held in memory, the previous one answers, and `announce` is called only after the switch.
 * - Changes are coalesced: a save during a recompile starts one more recompile when the current one ends,
 *   and every `changed()` resolves once a corpus compiled after it is served.
 * - A worker stopped between a save and its recompile loses nothing: the stored corpus names the user
 *   revision it was compiled from, and a start with another revision compiles again.
 * - Errors are codes kept in the user store, read back by a new worker.
 */

export interface OpenedCorpus {
  source: CorpusSource;
  backend: 'indexeddb' | 'memory';
  /** Why storage is not used (the memory fallback), as a code for the page to say. */
  reason?: Failure;
  /** Present while a corpus is being written whole to IndexedDB; `source` then holds it in memory. */
  importing?: Promise<OpenedCorpus>;
  /** Its version. */
  version: string;
}

export interface CorpusServiceDeps {
  getDb: () => Promise<BackstoryDb>;
  /** The shipped corpus's version, from the package (never a constant in the running script). */
  shippedVersion: () => Promise<string | undefined>;
  /** The shipped corpus: the seeds compiled. */
  loadShipped: () => Promise<CorpusBundle>;
  /** The seeds compiled with the reader's articles (incremental: see src/compiler/incremental.ts). */
  compileWith: (articles: UserArticleRecord[]) => Promise<CorpusBundle>;
  createMemorySource: (bundle: CorpusBundle) => CorpusSource;
  /** The served corpus changed: tell every open tab (their cards ask again). */
  announce: (version: string) => void;
  /** How long after a change the search index follows it when no search asks first (INDEX_DELAY_MS). */
  indexDelayMs?: number;
  /** Keep the worker alive while a long write runs. */
  keepAlive?: (work: Promise<unknown>) => void;
  now?: () => number;
}

/** The passages a search answers with, read by id from the corpus served (one missing is left out). */
async function readPassages(source: CorpusSource, ids: string[]): Promise<Map<string, Passage>> {
  const read = await Promise.all(ids.map((id) => source.getPassage(id).catch(() => undefined)));
  return new Map(read.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

/** After a change, the search index is updated this long after the new corpus is announced (see `handOver`). */
const INDEX_DELAY_MS = 2000;

export class CorpusService {
  private served: Promise<OpenedCorpus> | undefined;
  /** What `served` resolved to, to tell synchronously whether an import's corpus is still the one served. */
  private current: OpenedCorpus | undefined;
  /** The last open's write to IndexedDB: the next one waits for it, so two writes never interleave. */
  private writing: Promise<unknown> = Promise.resolve();
  private requested = 0;
  private completed = 0;
  private loop: Promise<void> | undefined;
  private readonly waiters: Array<{ ticket: number; resolve: () => void }> = [];
  private problem: Promise<CorpusProblem | undefined> | undefined;
  /** The bundle this worker compiled or read last, kept for the search index of that version. */
  private bundle: { version: string; bundle: Promise<CorpusBundle> } | undefined;
  private index: { version: string; index: Promise<SearchIndex> } | undefined;
  /** The stored index as read at a worker's first search (see `search`). */
  private storedIndex: Promise<SerializedSearchIndex | undefined> | undefined;
  /**
   * The reader's records the last compile read, by id, so the next reads only the new ones (their texts are
   * held anyway, by the compiler's per-article passages). Any change not known to touch only some ids forgets
   * them all (an edit keeps its id); `recordsTurn` tells a compile that a change came while it was reading.
   */
  private records = new Map<string, UserArticleRecord>();
  private recordsTurn = 0;

  constructor(private readonly deps: CorpusServiceDeps) {}

  /** The corpus as every request reads it; opened on first use. */
  corpus(): Promise<OpenedCorpus> {
    this.served ??= this.open(true).then(
      (opened) => (this.current ??= opened),
    ).catch((error: unknown) => {
      this.served = undefined; // the next request tries again
      throw error;
    });
    return this.served;
  }

  /** True while a recompile asked for is not served yet. */
  get pending(): boolean {
    return this.completed < this.requested;
  }

  /**
   * The reader's articles changed (the change is committed in the user store). Resolves once a corpus
   * compiled after this call is served, or the attempt failed (then the previous one keeps answering and
   * the problem is kept). `touched`: the ids of the only records the change added or deleted (a save, a
   * removal), whose other records are then reused as read before; without it every record is read again.
   */
  changed(touched?: readonly string[]): Promise<void> {
    this.recordsTurn++;
    if (touched) for (const id of touched) this.records.delete(id);
    else this.records = new Map();
    const ticket = ++this.requested;
    const done = new Promise<void>((resolve) => this.waiters.push({ ticket, resolve }));
    this.loop ??= this.recompileWhileAsked().finally(() => (this.loop = undefined));
    return done;
  }

  /** For the popup and "Your articles": recompiling, and why the last recompile failed. */
  async state(articles: number): Promise<UserCorpusState> {
    const state: UserCorpusState = { articles, pending: this.pending };
    const problem = await this.lastProblem();
    if (problem) state.problem = problem;
    return state;
  }

  /**
   * Search answers from the corpus served, through the index of its version: read from IndexedDB after a
   * restart (never rebuilt from the whole corpus when it is stored), else brought up from the previous
   * version's index (update.ts), else built. Results read their passages from the corpus by id.
   */
  async search(query: string, limit: number, filters?: SearchFilters): Promise<SearchResponse> {
    // A worker's first search reads the stored index while the corpus opens; its version is checked after.
    if (!this.index) this.storedIndex ??= this.deps.getDb().then(readStoredSearchIndex).catch(() => undefined);
    const opened = await this.corpus().catch(() => undefined);
    if (!opened) {
      const shipped = await this.deps.loadShipped();
      return { ...search(buildSearchIndex(shipped), query, { limit, filters }), corpusVersion: shipped.version };
    }
    const index = await this.searchIndex(opened);
    const response = await searchWith(index, query, { limit, filters }, (ids) => readPassages(opened.source, ids));
    return { ...response, corpusVersion: index.version };
  }

  /** The index of the corpus `opened`, made once per version (see `search`). */
  private searchIndex(opened: OpenedCorpus): Promise<SearchIndex> {
    if (this.index?.version === opened.version) return this.index.index;
    const previous = this.index?.index;
    const entry = {
      version: opened.version,
      index: this.makeSearchIndex(opened, previous).catch((error: unknown) => {
        if (this.index === entry) this.index = undefined; // the next search tries again
        throw error;
      }),
    };
    this.index = entry;
    return entry.index;
  }

  private async makeSearchIndex(opened: OpenedCorpus, previous: Promise<SearchIndex> | undefined): Promise<SearchIndex> {
    if (opened.backend === 'indexeddb') {
      const early = this.storedIndex;
      this.storedIndex = undefined; // read once: later versions are made here, not read
      const stored = searchIndexOf(await early, opened.version) ?? (await this.deps.getDb().then((db) => readSearchIndex(db, opened.version)).catch(() => undefined));
      if (stored) return stored;
    }
    const bundle = await this.servedBundle();
    const prior = await previous?.catch(() => undefined);
    if (prior?.version === bundle.version) return prior; // a newer corpus was served meanwhile: already made
    const index = prior ? updateSearchIndex(prior, bundle) : buildSearchIndex(bundle);
    // The texts stay in the corpus (results read theirs by id): the index must not keep the bundle alive.
    delete index.passage;
    const stored = this.deps.getDb().then((db) => writeSearchIndex(db, index)).catch(() => undefined);
    this.deps.keepAlive?.(stored);
    return index;
  }

  /** The bundle of the corpus served: held from the last compile, else read from IndexedDB (never recompiled). */
  async servedBundle(): Promise<CorpusBundle> {
    const opened = await this.corpus().catch(() => undefined);
    if (!opened) return this.deps.loadShipped();
    if (this.bundle?.version === opened.version) return this.bundle.bundle;
    // Served from memory (storage refused, or a newer build took the database): the database is not read.
    const stored = opened.backend === 'memory' ? Promise.resolve(undefined) : readStoredBundle(this.deps.getDb).catch(() => undefined);
    const read = stored.then((bundle) => (bundle?.version === opened.version ? bundle : this.deps.loadShipped()));
    this.bundle = { version: opened.version, bundle: read };
    return read;
  }

  private async lastProblem(): Promise<CorpusProblem | undefined> {
    this.problem ??= this.deps.getDb().then(readCorpusProblem, () => undefined);
    return this.problem;
  }

  private async keepProblem(problem: CorpusProblem | undefined): Promise<void> {
    this.problem = Promise.resolve(problem);
    await this.deps.getDb().then((db) => writeCorpusProblem(db, problem)).catch(() => undefined);
  }

  private async recompileWhileAsked(): Promise<void> {
    while (this.completed < this.requested) {
      const target = this.requested;
      try {
        await this.handOver(await this.open(), target);
        await this.keepProblem(undefined);
      } catch (error) {
        await this.keepProblem(corpusProblemOf(error, 'compile'));
      }
      this.completed = target;
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i]!.ticket <= target) this.waiters.splice(i, 1)[0]!.resolve();
      }
    }
  }

  /** The new corpus answers from now on; tabs are told only after the switch. */
  private async handOver(opened: OpenedCorpus, target: number): Promise<void> {
    const previous = this.served ? await this.served.catch(() => undefined) : undefined;
    this.current = opened;
    this.served = Promise.resolve(opened);
    if (previous?.version !== opened.version) {
      this.deps.announce(opened.version);
      // The search index follows the change (and is stored for a restart) once the tabs had time to ask for
      // their cards: updating and storing it takes the worker's thread for a second with 10,000 articles.
      // A search before then makes it at once. Not when a newer change is already asked for: that recompile
      // would wait while the thread updates and stores the index of a corpus about to go, and its own hand-over
      // schedules the index of the corpus that stays.
      const follow = new Promise<void>((resolve) =>
        setTimeout(() => {
          if (this.current === opened && this.requested <= target) void this.searchIndex(opened).catch(() => undefined);
          resolve();
        }, this.deps.indexDelayMs ?? INDEX_DELAY_MS),
      );
      this.deps.keepAlive?.(follow);
    }
  }

  /**
   * Opens the corpus to serve: the stored one when it was compiled from the shipped corpus and the
   * reader's articles as they are now; otherwise compiles them and stores the result (changed records
   * only when it can, corpus-patch.ts). Compile failures throw; storage failures fall back to memory.
   */
  private async open(initial = false): Promise<OpenedCorpus> {
    await this.writing;
    // Loaded at most once per open, whichever path needs it.
    let shippedBundle: Promise<CorpusBundle> | undefined;
    const loadShipped = () => (shippedBundle ??= this.deps.loadShipped());
    let db: BackstoryDb;
    let basis: string;
    try {
      db = await this.deps.getDb();
      const [shipped, stored, revision] = await Promise.all([this.deps.shippedVersion().catch(() => undefined), storedCorpusBasis(db), userRevision(db)]);
      basis = corpusBasis(shipped ?? (await loadShipped()).version, revision);
      if (stored === basis) {
        const source = createIdbSource(this.deps.getDb);
        return { source, backend: 'indexeddb', version: (await source.meta()).version };
      }
    } catch (error) {
      const bundle = await loadShipped();
      return { source: this.deps.createMemorySource(bundle), backend: 'memory', reason: storageFailure(error), version: bundle.version };
    }
    // The corpus compiled last (the one stored, if their versions agree): the patch compares with it in memory.
    const previous = this.bundle;
    // The basis was read before the articles: what is compiled is never older than the basis it is stored under.
    let bundle: CorpusBundle;
    try {
      const turn = this.recordsTurn;
      const articles = basis.includes('+r') ? await activeUserArticlesReusing(db, this.records) : [];
      // A change while reading may have been read as it was before: trust none of it next time.
      this.records = turn === this.recordsTurn ? new Map(articles.map((r) => [r.id, r])) : new Map();
      bundle = articles.length > 0 ? await this.deps.compileWith(articles) : await loadShipped();
    } catch (error) {
      if (!initial) throw error;
      // A start must answer: the corpus stored before (or the shipped one), with the problem kept for the popup.
      await this.keepProblem(corpusProblemOf(error, 'compile'));
      const stale = createIdbSource(this.deps.getDb);
      const meta = await stale.meta().catch(() => undefined);
      if (meta) return { source: stale, backend: 'indexeddb', version: meta.version };
      const shipped = await loadShipped();
      return { source: this.deps.createMemorySource(shipped), backend: 'memory', version: shipped.version };
    }
    this.bundle = { version: bundle.version, bundle: Promise.resolve(bundle) };
    const idb = (): OpenedCorpus => ({ source: createIdbSource(this.deps.getDb), backend: 'indexeddb', version: bundle.version });
    // Indexing the bundle in memory costs a tenth of a second and tens of MB with 10,000 articles: only when memory answers.
    let memorySource: CorpusSource | undefined;
    const memory = (): CorpusSource => (memorySource ??= this.deps.createMemorySource(bundle));
    const fallback = (error: unknown): OpenedCorpus => ({ source: memory(), backend: 'memory', reason: storageFailure(error), version: bundle.version });
    const stored = await previous?.bundle.catch(() => undefined);
    const patched = await patchCorpus(db, bundle, { basis, now: this.deps.now, ...(stored ? { stored } : {}) }).catch((error: unknown) => error);
    if (patched === 'patched' || patched === 'current') return idb();
    if (patched !== 'full') {
      await this.keepProblem(corpusProblemOf(patched, 'store'));
      return fallback(patched);
    }
    // A large change (a pack, a new shipped corpus): written whole into the other slot, in chunks, while memory answers.
    const opened: OpenedCorpus = { source: memory(), backend: 'memory', version: bundle.version };
    const importing = ensureCorpus(db, bundle, { basis, now: this.deps.now })
      .then(idb, (error: unknown) => {
        void this.keepProblem(corpusProblemOf(error, 'store'));
        return fallback(error);
      })
      .then((settled) => {
        // IndexedDB answers from here on, unless a newer corpus was served meanwhile.
        if (this.current === opened) {
          this.current = settled;
          this.served = Promise.resolve(settled);
        }
        return settled;
      });
    opened.importing = importing;
    this.writing = importing;
    this.deps.keepAlive?.(importing);
    return opened;
  }
}
