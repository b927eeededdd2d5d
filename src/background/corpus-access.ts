import browser from 'webextension-polyfill';
import { createMemorySource } from '../corpus/memory-source';
import type { CorpusSource } from '../corpus/source';
import type { CorpusBundle } from '../corpus/types';
import { openCorpusSource } from '../storage/open-corpus';

export interface OpenedCorpus {
  source: CorpusSource;
  backend: 'indexeddb' | 'memory';
  reason?: string;
}

let corpus: Promise<OpenedCorpus> | undefined;
let bundle: Promise<CorpusBundle> | undefined;

/** The corpus file shipped in the extension package (read from the package, never from a server). */
export function loadBundledCorpus(): Promise<CorpusBundle> {
  bundle ??= fetch(browser.runtime.getURL('corpus.json')).then((res) => res.json() as Promise<CorpusBundle>);
  return bundle;
}

/**
 * The corpus as every handler reads it: IndexedDB when it works (imported on first use after an
 * install or update), else the bundled file in memory. One shared promise per worker lifetime.
 */
export function getCorpus(): Promise<OpenedCorpus> {
  corpus ??= openCorpusSource(loadBundledCorpus, createMemorySource).catch((err: unknown) => {
    corpus = undefined; // let the next request try again
    throw err;
  });
  return corpus;
}
