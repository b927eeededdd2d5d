import browser from 'webextension-polyfill';
import { createMemorySource } from '../corpus/memory-source';
import type { CorpusBundle } from '../model/corpus-types';
import { openCorpusSource, type OpenedCorpus } from '../storage/open-corpus';

export type { OpenedCorpus };

/** Chrome stops an idle extension worker after 30 s; an extension API call resets that clock. */
const KEEP_ALIVE_MS = 20_000;

let corpus: Promise<OpenedCorpus> | undefined;
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
 * The corpus as every handler reads it: IndexedDB when it works, else the bundled file in memory.
 * One shared promise per worker lifetime. After an install or update the bundle answers from memory
 * while it is written to IndexedDB, and IndexedDB answers from the moment the write commits.
 */
export function getCorpus(): Promise<OpenedCorpus> {
  corpus ??= openCorpusSource(loadBundledCorpus, createMemorySource, { shippedVersion: loadShippedVersion }).then(
    (opened) => {
      if (opened.importing) {
        const settled = opened.importing;
        keepAliveUntil(settled);
        void settled.then((next) => {
          corpus = Promise.resolve(next);
        });
      }
      return opened;
    },
    (err: unknown) => {
      corpus = undefined; // let the next request try again
      throw err;
    },
  );
  return corpus;
}

/**
 * Keep the worker from being stopped for idleness while `work` runs (the pattern Chrome's
 * service-worker lifecycle guide gives). A 10,000-article import is written in short chunks and a
 * stopped one resumes where it left off (corpus-import.ts), but finishing in one go is still faster.
 */
function keepAliveUntil(work: Promise<unknown>): void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  void work.finally(() => clearInterval(timer));
}
