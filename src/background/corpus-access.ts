import browser from 'webextension-polyfill';
import { createMemorySource } from '../corpus/memory-source';
import type { CorpusBundle } from '../model/corpus-types';
import type { UserCorpusState } from '../model/user-article';
import { createLogger } from '../model/log';
import { openCorpusSource, type OpenedCorpus } from '../storage/open-corpus';
import { getDb } from '../storage/db';
import { activeUserArticles } from '../storage/user-articles';
import { compileUserCorpus, lastCompiledBundle } from './user-corpus';
import { broadcastCorpusChanged } from './broadcast';

export type { OpenedCorpus };

const log = createLogger('background');

/** Chrome stops an idle extension worker after 30 s; an extension API call resets that clock. */
const KEEP_ALIVE_MS = 20_000;

/** What handlers read: the corpus served now. A refresh replaces it only once the next one is ready. */
let served: Promise<OpenedCorpus> | undefined;
/** Opens run one after another, each with its import settled, so two imports never share a slot. */
let queue: Promise<unknown> = Promise.resolve();
let latest: Promise<OpenedCorpus> | undefined;
let refreshes = 0;
let problem: string | undefined;
let bundle: Promise<CorpusBundle> | undefined;

/**
 * Which corpus the package ships, from corpus-meta.json: a few bytes, read at every start, so a
 * corpus changed on disk is imported even by a worker script the browser kept from an older build.
 */
async function loadShippedVersion(): Promise<string | undefined> {
  const meta: unknown = await (await fetch(browser.runtime.getURL('corpus-meta.json'))).json();
  const version = typeof meta === 'object' && meta !== null ? (meta as { version?: unknown }).version : undefined;
  return typeof version === 'string' && version !== '' ? version : undefined;
}

/** The corpus file shipped in the extension package (read from the package, never from a server). */
export function loadBundledCorpus(): Promise<CorpusBundle> {
  bundle ??= fetch(browser.runtime.getURL('corpus.json')).then((res) => res.json() as Promise<CorpusBundle>);
  return bundle;
}

/**
 * Opens the corpus to serve: the shipped one, or the seeds compiled with the reader's articles when they
 * have any (storage/open-corpus.ts decides, from the stored basis). Queued behind the previous open and
 * its import; when this open's import settles and nothing newer was asked for, it is what is served.
 */
function startOpen(): Promise<OpenedCorpus> {
  const opened = queue.then(() =>
    openCorpusSource(loadBundledCorpus, createMemorySource, { shippedVersion: loadShippedVersion, compileWithUserArticles: compileUserCorpus }),
  );
  latest = opened;
  queue = opened.then(
    async (o) => {
      if (!o.importing) return;
      keepAliveUntil(o.importing);
      const settled = await o.importing;
      if (latest === opened) served = Promise.resolve(settled);
      problem = settled.reason;
    },
    () => undefined,
  );
  return opened;
}

/**
 * The corpus as every handler reads it: IndexedDB when it works, else a bundle in memory. After an
 * install, an update or a change to the reader's articles, the new bundle answers from memory while
 * it is written to IndexedDB, and IndexedDB answers from the moment the write commits.
 */
export function getCorpus(): Promise<OpenedCorpus> {
  served ??= startOpen().catch((err: unknown) => {
    served = undefined; // let the next request try again
    throw err;
  });
  return served;
}

/**
 * The reader's articles changed: compile the corpus again. Until the new one is compiled the previous one
 * keeps answering; resolves once the new one is served (from memory, its import under way).
 */
export async function refreshCorpus(): Promise<void> {
  refreshes++;
  try {
    const next = startOpen();
    const opened = await next;
    if (latest === next) served = next;
    void broadcastCorpusChanged();
    problem = opened.reason;
  } catch (err) {
    problem = `Your articles could not be compiled into the corpus (${String(err).slice(0, 200)}); cards show the corpus as it was.`;
    log.warn(problem);
  } finally {
    refreshes--;
  }
}

/** For "Your articles" and the popup: is the corpus being recompiled, and did the last attempt fail? */
export function userCorpusState(articles: number): UserCorpusState {
  const state: UserCorpusState = { articles, pending: refreshes > 0 };
  if (problem) state.problem = problem;
  return state;
}

/**
 * The bundle behind the corpus served now, for the search index: the shipped one, or the seeds compiled
 * with the reader's articles (compiled again if this worker has not done it yet: the same articles give
 * the same corpus, byte for byte; should their store have become unreadable, the shipped one).
 */
export async function servedBundle(): Promise<CorpusBundle> {
  // When storage has gone away under us (a newer build took the database), search still answers from
  // the shipped bundle, and its response says which snapshot that is.
  const version = await getCorpus()
    .then((corpus) => corpus.source.meta())
    .then((meta) => meta.version, () => undefined);
  const shipped = await loadBundledCorpus();
  if (version === undefined || shipped.version === version) return shipped;
  const compiled = lastCompiledBundle();
  if (compiled?.version === version) return compiled;
  return getDb()
    .then(activeUserArticles)
    .then(compileUserCorpus, () => shipped);
}

/**
 * Keep the worker from being stopped for idleness while `work` runs (the pattern Chrome's
 * service-worker lifecycle guide gives). A 10,000-article import is written in short chunks and a
 * stopped one resumes where it left off (corpus-import.ts), but finishing in one go is still faster.
 */
export function keepAliveUntil(work: Promise<unknown>): void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  void work.finally(() => clearInterval(timer));
}
