import type { CorpusSource } from '../corpus/source';
import type { CorpusBundle } from '../model/corpus-types';
import { ensureCorpus, storedCorpusBasis } from './corpus-import';
import { activeUserArticles, userRevision } from './user-articles';
import type { UserArticleRecord } from '../model/user-article';
import { SchemaTooNewError, StorageBlockedError, StorageUnavailableError, getDb as sharedGetDb } from './db';
import { createIdbSource } from './idb-source';
import type { BackstoryDb } from './schema';

/**
 * Opens the corpus for the background context: IndexedDB when it works, else the bundled corpus held
 * in memory. The extension keeps working either way; `reason` says (in words the popup can show)
 * why storage was not used. Nothing is deleted on the way, whatever went wrong.
 *
 * A start whose stored corpus is the shipped one reads nothing else: the package says which corpus it
 * ships (`shippedVersion`, corpus-meta.json), so the bundle is not even loaded. When the stored corpus is missing or
 * older, the bundle is written to IndexedDB in the background and answers come from the same bundle
 * in memory until the write commits (`importing`): a card asked for just after an install or update
 * does not wait for the write, which takes ~80 ms for the seeds and tens of seconds, in short chunks
 * (corpus-import.ts), for 10,000 articles.
 */

export interface OpenedCorpus {
  source: CorpusSource;
  backend: 'indexeddb' | 'memory';
  /** Why the memory fallback was used. */
  reason?: string;
  /**
   * Present while the shipped corpus is being written to IndexedDB (`source` is then the bundle in
   * memory, the same corpus); settles with what to use once the write has committed or failed.
   */
  importing?: Promise<OpenedCorpus>;
}

export interface OpenCorpusOptions {
  getDb?: () => Promise<BackstoryDb>;
  /**
   * Reads the shipped corpus's version from the package (not from a constant in the running script,
   * which a browser may keep from an older build). Without it, or when it fails, the bundle is loaded
   * to learn it.
   */
  shippedVersion?: () => Promise<string | undefined>;
  /**
   * Compiles the seeds with the reader's articles (the background passes the compiler and the shipped
   * seed files). Without it the shipped corpus is served alone, whatever the user stores hold.
   */
  compileWithUserArticles?: (articles: UserArticleRecord[]) => Promise<CorpusBundle>;
}

/** The basis (`CorpusMeta.basis`) of the corpus to serve: the shipped one, plus the reader's articles at a revision. */
export function corpusBasis(shippedVersion: string, userRevision: number): string {
  return userRevision === 0 ? shippedVersion : `${shippedVersion}+r${userRevision}`;
}

/** A short, user-facing explanation of a storage failure. */
export function describeStorageError(error: unknown): string {
  if (error instanceof SchemaTooNewError) {
    return `Saved data comes from a newer version of Backstory (database version ${error.storedVersion ?? '?'}, this version reads ${error.knownVersion}); it was kept as it is and the built-in corpus is used instead.`;
  }
  if (error instanceof StorageBlockedError) {
    return 'Another Backstory window kept the database busy; the built-in corpus is used until it closes.';
  }
  if (error instanceof StorageUnavailableError) {
    return 'The browser does not allow storage here (for example in a private window); the built-in corpus is used.';
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Not enough storage space to save the corpus; the built-in corpus is used.';
  }
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return 'The browser does not allow storage here (for example in a private window); the built-in corpus is used.';
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Storage failed (${detail.slice(0, 200)}); the built-in corpus is used.`;
}

export async function openCorpusSource(
  loadBundle: () => Promise<CorpusBundle>,
  createMemorySource: (bundle: CorpusBundle) => CorpusSource,
  options: OpenCorpusOptions = {},
): Promise<OpenedCorpus> {
  const getDb = options.getDb ?? sharedGetDb;
  // Loaded at most once, used by either path. If the bundle itself cannot be loaded there is nothing
  // to fall back to, so that error propagates.
  let bundle: Promise<CorpusBundle> | undefined;
  const load = () => (bundle ??= loadBundle());
  const fallback = async (error: unknown): Promise<OpenedCorpus> => ({
    source: createMemorySource(await load()),
    backend: 'memory',
    reason: describeStorageError(error),
  });
  const compile = options.compileWithUserArticles;
  let db: BackstoryDb;
  let revision: number;
  let shipped: string | undefined;
  try {
    db = await getDb();
    const [shippedVersion, stored, rev] = await Promise.all([
      options.shippedVersion?.().catch(() => undefined),
      storedCorpusBasis(db),
      compile ? userRevision(db) : 0,
    ]);
    revision = rev;
    shipped = shippedVersion;
    if (shipped !== undefined && stored === corpusBasis(shipped, revision)) {
      return { source: createIdbSource(getDb), backend: 'indexeddb' };
    }
  } catch (error) {
    return fallback(error);
  }
  // The revision was read before the articles: what is compiled is never older than the basis it is stored under.
  let loaded: CorpusBundle;
  try {
    const articles = compile && revision > 0 ? await activeUserArticles(db) : [];
    loaded = articles.length > 0 ? await compile!(articles) : await load();
  } catch (error) {
    return fallback(error);
  }
  const basis = corpusBasis(shipped ?? (await load()).version, revision);
  const memory = createMemorySource(loaded);
  const importing = ensureCorpus(db, loaded, { basis }).then(
    (): OpenedCorpus => ({ source: createIdbSource(getDb), backend: 'indexeddb' }),
    (error: unknown): OpenedCorpus => ({ source: memory, backend: 'memory', reason: describeStorageError(error) }),
  );
  return { source: memory, backend: 'memory', importing };
}
