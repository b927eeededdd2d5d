import browser from 'webextension-polyfill';
// Not the compile index, which also holds the Node-only seed-folder reader.
import { compileCorpusFromFiles, type SeedFile } from '../corpus/compile/compile-corpus';
import { shippedBundle } from '../corpus/compile/shipped-bundle';
import type { CorpusBundle } from '../model/corpus-types';
import type { UserArticleRecord } from '../model/user-article';
import { createLogger } from '../model/log';

const log = createLogger('background');

let seedFiles: Promise<SeedFile[]> | undefined;
let last: CorpusBundle | undefined;

/** The seed files as the package ships them (seed-files.json, written by the build from seeds/). */
export function loadSeedFiles(): Promise<SeedFile[]> {
  seedFiles ??= fetch(browser.runtime.getURL('seed-files.json')).then((res) => res.json() as Promise<SeedFile[]>);
  return seedFiles;
}

/**
 * The seeds compiled with the reader's articles, by the compiler that built the shipped corpus: one
 * code path for passages, entity links, claims and timeline. It runs in the background (a worker, or
 * Firefox's event page), never on a page or in the popup.
 */
export async function compileUserCorpus(articles: UserArticleRecord[]): Promise<CorpusBundle> {
  const files = await loadSeedFiles();
  const started = performance.now();
  const bundle = shippedBundle(compileCorpusFromFiles(files, { userArticles: articles }));
  log.debug(`compiled the corpus with ${articles.length} of your articles in ${Math.round(performance.now() - started)} ms`);
  last = bundle;
  return bundle;
}

/** The bundle this worker compiled last, if any (the search index is built from the one served). */
export function lastCompiledBundle(): CorpusBundle | undefined {
  return last;
}
