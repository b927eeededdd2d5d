import browser from 'webextension-polyfill';
// Not the compile index, which also holds the Node-only seed-folder reader.
import { createIncrementalCompiler } from '../compiler';
import type { SeedFile } from '../compiler';
import { createMemorySource } from '../corpus/memory-source';
import type { CorpusBundle } from '../model/corpus-types';
import { createLogger } from '../model/log';
import { schedulePanelWarm } from './panel-warm';
import { getDb } from '../storage/db';
import { broadcastCorpusChanged } from './broadcast';
import { CorpusService, type OpenedCorpus } from './corpus-service';

export type { OpenedCorpus };

const log = createLogger('background');

/** Chrome stops an idle extension worker after 30 s; an extension API call resets that clock. */
const KEEP_ALIVE_MS = 20_000;

/** Reads a file of the package (never from a server). */
const packaged = <T>(file: string): Promise<T> => fetch(browser.runtime.getURL(file)).then((res) => res.json() as Promise<T>);

/**
 * Which corpus the package ships, from corpus-meta.json: a few bytes, read at every start, so a
 * corpus changed on disk is imported even by a worker script the browser kept from an older build.
 */
async function loadShippedVersion(): Promise<string | undefined> {
  const meta: unknown = await packaged('corpus-meta.json');
  const version = typeof meta === 'object' && meta !== null ? (meta as { version?: unknown }).version : undefined;
  return typeof version === 'string' && version !== '' ? version : undefined;
}

/**
 * The seeds ship once, as seed-files.json: the shipped corpus is the seeds compiled, by the compiler
 * that compiles them with the reader's articles, whose per-article results it keeps.
 */
let seedFiles: Promise<SeedFile[]> | undefined;
/** The seed files as the package ships them, read once per worker (the side panel compiles a page with them too). */
export function loadSeedFiles(): Promise<SeedFile[]> {
  seedFiles ??= packaged<SeedFile[]>('seed-files.json');
  return seedFiles;
}
const compiler = createIncrementalCompiler(loadSeedFiles);

/**
 * Keep the worker from being stopped for idleness while `work` runs (the pattern Chrome's
 * service-worker lifecycle guide gives). A 10,000-article import is written in short chunks and a
 * stopped one resumes where it left off (corpus-import.ts), but finishing in one go is still faster.
 */
export function keepAliveUntil(work: Promise<unknown>): void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  void work.finally(() => clearInterval(timer));
}

/** The background's one corpus service (corpus-service.ts), wired to the browser. */
export const corpusService = new CorpusService({
  getDb,
  shippedVersion: loadShippedVersion,
  loadShipped: () => compiler.compile([]),
  compileWith: async (articles) => {
    const started = performance.now();
    const bundle = await compiler.compile(articles);
    log.debug(`compiled the corpus with ${articles.length} of your articles in ${Math.round(performance.now() - started)} ms`);
    return bundle;
  },
  createMemorySource,
  announce: () => {
    void broadcastCorpusChanged();
    // (the side panel's first read of the new corpus, prepared once the background is left alone)
    schedulePanelWarm(async () => ({ seedFiles: await loadSeedFiles(), source: (await getCorpus()).source }));
  },
  keepAlive: keepAliveUntil,
});

/** The shipped corpus (the seeds compiled). */
export function loadBundledCorpus(): Promise<CorpusBundle> {
  return compiler.compile([]);
}

export const getCorpus = (): Promise<OpenedCorpus> => corpusService.corpus();
