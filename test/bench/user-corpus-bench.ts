/**
 * The reader's own articles, in Chromium with the real build:
 * - "Save to Backstory" on a long news page (~90 KB of text): the content script's extraction, then the
 *   time from sending `saveArticle` until a card for a name the page mentions cites it as saved (the
 *   background recompiles the seeds with the article and serves the result). Side by side, the same
 *   compile in Node: seeds alone, and seeds with that article.
 * - A pack of 10,000 articles imported on the options page: time until the page says "Imported", then
 *   until the recompiled corpus is served and search finds a phrase only one pack article holds; the
 *   peak JS heap of the options page and of the service worker meanwhile, and the same compile in Node.
 *
 * Chromium only: the heap figures come from the DevTools protocol, which Firefox does not offer for
 * extension pages and the background (WebDriver BiDi has no heap reading).
 */
import path from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom';
import type { Page } from 'playwright-core';
import { extractArticleFromSnapshot } from '../../src/extract/extract-article';
import type { PageSnapshot } from '../../src/extract/page-snapshot';
import { compileCorpusFromFiles, type SeedFile } from '../../src/compiler'
import { readSeedFiles } from '../../src/compiler/compile-fs';
import type { CardData } from '../../src/model/corpus-types';
import { toUserArticleRecord, type ArticleInput, type ExtractedArticle } from '../../src/model/user-article';
import { buildPack } from '../../src/pack/write-pack';
import { sendRaw } from '../e2e/harness/extension-page';
import { launch, type BrowserDriver, type TestPage } from '../e2e/harness/lifecycle';
import { root } from '../e2e/harness/paths';
import { startServer } from '../e2e/harness/server';
import { callContentInPage, findTabIdInPage } from '../e2e/popup-helpers';
import { heapProbe, sampleHeaps, toMb } from './heap-probe';
import { longNewsPage, PACK_MARKER, packArticles, type LongPage } from './user-corpus-inputs';

const PACK_ARTICLES = Number(process.env.BACKSTORY_BENCH_PACK_ARTICLES ?? 10_000);
const SAVE_ROUNDS = Number(process.env.BACKSTORY_BENCH_SAVE_ROUNDS ?? 3);
const PACK_INPUT = 'input[type=file][accept*=".backstory"]';
// Every long page names it (with Tartus, Latakia, al-Sharaa and Putin); compiled in Node, its card cites each page.
const CARD_ENTITY = 'hmeimim-air-base';
const POLL_MS = 20;

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ok<T>(page: TestPage, message: unknown): Promise<T> {
  const reply = (await sendRaw(page, message)) as { result?: T; error?: string };
  if (reply.error !== undefined) throw new Error(`${(message as { type: string }).type}: ${reply.error}`);
  return reply.result as T;
}

/** Calls `check` every `everyMs` until it returns something other than undefined; throws after `timeoutMs`. */
async function pollFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number, everyMs = POLL_MS): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Does the card cite the article, as one of the reader's saved ones (claims, differences, timeline)? */
function citesSaved(card: CardData | null, articleId: string): boolean {
  const sources = [...(card?.claims ?? []), ...(card?.differences ?? []), ...(card?.timeline ?? [])].flatMap((c) => c.sources);
  return sources.some((s) => s.articleId === articleId && s.origin === 'saved');
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/** The fields the popup's preview would save, with the outlet and date the page gives (or the ones it was written with). */
function toInput(extracted: ExtractedArticle, page: LongPage): ArticleInput {
  const input: ArticleInput = {
    url: extracted.url,
    title: extracted.title ?? 'Untitled long read',
    outlet: extracted.outlet ?? page.outlet,
    date: extracted.date ?? page.date,
    text: extracted.text,
  };
  if (extracted.author) input.author = extracted.author;
  if (extracted.language) input.language = extracted.language;
  return input;
}

interface SaveRound {
  extractMs: number;
  extractInPageMs: number;
  saveReplyMs: number;
  cardMs: number;
  chars: number;
}

async function saveLongArticle(browser: BrowserDriver, ext: TestPage, probe: TestPage, url: string, page: LongPage): Promise<SaveRound & { input: ArticleInput }> {
  const tab = await browser.open(url);
  const tabId = await pollFor('the content script on the long page', async () => (await ext.evaluate(findTabIdInPage, url)) ?? undefined, 20_000, 100);
  let started = performance.now();
  // The page's snapshot, as the popup asks for it; the extractor then runs outside the page (here with linkedom, as
  // an extension page runs it with DOMParser): see src/shared/extraction/extract-from-tab.ts.
  const reply = (await ext.evaluate(callContentInPage, { tabId, message: { type: 'snapshotPage' } })) as { result?: PageSnapshot; error?: string };
  await tab.close();
  if (!reply.result) throw new Error(`snapshotPage: ${reply.error ?? 'no reply'}`);
  const extracted = extractArticleFromSnapshot(reply.result, (html) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document);
  const extractMs = performance.now() - started;
  const input = toInput(extracted, page);
  const articleId = toUserArticleRecord(input, 'saved', 0).id;

  started = performance.now();
  let saveReplyMs = NaN;
  const saved = ok<{ status: string }>(ext, { type: 'saveArticle', article: input }).then((r) => {
    saveReplyMs = performance.now() - started;
    return r;
  });
  const cardMs = await pollFor(
    `the ${CARD_ENTITY} card to cite the saved article`,
    async () => (citesSaved(await ok<CardData | null>(probe, { type: 'getCard', entityId: CARD_ENTITY }), articleId) ? performance.now() - started : undefined),
    60_000,
  );
  const { status } = await saved;
  if (status !== 'added') throw new Error(`saveArticle answered ${status}: the long article was already saved`);
  // The next round saves another article to a corpus that holds only the seeds again.
  await ok(ext, { type: 'removeUserArticle', id: articleId });
  return { extractMs, extractInPageMs: extracted.ms, saveReplyMs, cardMs, chars: input.text.length, input };
}

const statusText = (page: TestPage) => page.evaluate(() => Array.from(document.querySelectorAll('[role=status]')).map((e) => e.textContent ?? '').join('\n'));
const alertText = (page: TestPage) => page.evaluate(() => Array.from(document.querySelectorAll('[role=alert]')).map((e) => e.textContent ?? '').join('\n'));

/** Waits until the extension serves the seeds from IndexedDB (a fresh install imports them first). */
async function corpusReady(ext: TestPage): Promise<void> {
  await pollFor(
    'the corpus to be imported',
    async () => {
      const s = await ok<{ backend: string; importing?: boolean }>(ext, { type: 'getStatus' });
      return s.backend === 'indexeddb' && !s.importing ? true : undefined;
    },
    60_000,
    200,
  );
}

async function benchSave(browser: BrowserDriver, serverUrl: string, pages: LongPage[], seeds: SeedFile[]): Promise<string[]> {
  const ext = await browser.openExtensionPage('options.html', PACK_INPUT);
  const probe = await browser.openExtensionPage('options.html', PACK_INPUT);
  await corpusReady(ext);
  const rounds: SaveRound[] = [];
  const inputs: ArticleInput[] = [];
  for (const page of pages) {
    const round = await saveLongArticle(browser, ext, probe, serverUrl + page.path, page);
    rounds.push(round);
    inputs.push(round.input);
    console.log(
      `save ${page.path}: ${fmt(round.chars / 1024, 1)} KiB of text, extract ${fmt(round.extractMs)} ms (snapshot from the page, then ${fmt(round.extractInPageMs)} ms of extraction outside it), ` +
        `saveArticle answered in ${fmt(round.saveReplyMs)} ms, card cites it after ${fmt(round.cardMs)} ms`,
    );
  }
  await ext.close();
  await probe.close();

  // The baseline: the same compiler in Node, on this machine, now; one compile first, so neither figure pays for warming up.
  compileCorpusFromFiles(seeds);
  const seedsOnly = median(inputs.map(() => timed(() => compileCorpusFromFiles(seeds)).ms));
  const withArticle = median(inputs.map((input) => timed(() => compileCorpusFromFiles(seeds, { userArticles: [toUserArticleRecord(input, 'saved', 0)] })).ms));
  const saveToCard = median(rounds.map((r) => r.cardMs));
  console.log(`node: compile seeds ${fmt(seedsOnly)} ms, seeds with one long article ${fmt(withArticle)} ms (medians of ${inputs.length}, after a warm-up)`);
  return [
    `save-to-card-ms=${fmt(saveToCard)}`,
    `save-reply-ms=${fmt(median(rounds.map((r) => r.saveReplyMs)))}`,
    `extract-ms=${fmt(median(rounds.map((r) => r.extractMs)))}`,
    `long-article-kb=${fmt(median(rounds.map((r) => r.chars)) / 1024)}`,
    `compile-seeds-ms=${fmt(seedsOnly)}`,
    `compile-with-article-ms=${fmt(withArticle)}`,
    `save-to-card/node-compile=${fmt(saveToCard / withArticle, 2)}`,
  ];
}

async function benchPack(browser: BrowserDriver, seeds: SeedFile[]): Promise<string[]> {
  const label = PACK_ARTICLES % 1000 === 0 ? `${PACK_ARTICLES / 1000}k` : String(PACK_ARTICLES);
  const { articles, markedIndex } = packArticles(PACK_ARTICLES);
  const built = timed(() => buildPack({ name: 'Bench bulletins', corpusVersion: 'bench' }, articles));
  const pack = built.value;
  const nodeCompile = timed(() => compileCorpusFromFiles(seeds, { userArticles: articles.map((a) => toUserArticleRecord(a, 'pack', 0)) })).ms;
  console.log(
    `pack: ${PACK_ARTICLES} articles, ${fmt(articles.reduce((n, a) => n + a.text.length, 0) / 1024 / 1024, 1)} MiB of text, ` +
      `${fmt(pack.length / 1024)} KiB zipped (built in ${fmt(built.ms)} ms); node compiles the seeds with it in ${fmt(nodeCompile)} ms`,
  );

  const native = browser.native;
  if (native.name !== 'chromium') throw new Error('the pack benchmark reads heaps through CDP: Chromium only');
  const options = await browser.openExtensionPage('options.html', PACK_INPUT);
  const probe = await heapProbe(native.context, (options.native as { page: Page }).page);
  const idle = { page: toMb(await probe.page()), worker: toMb(await probe.worker()) };
  const sampler = sampleHeaps(probe);
  const started = performance.now();
  await options.setInputFile(PACK_INPUT, { name: 'bench.backstory', mimeType: 'application/zip', bytes: pack });
  // Phases as the page shows them: "Checking …" (the whole file validated), "Importing: n of N" (chunks written), "Imported …".
  let writingMs = NaN;
  const importMs = await pollFor(
    'the options page to say Imported',
    async () => {
      const text = await statusText(options);
      if (Number.isNaN(writingMs) && /Importing: /.test(text)) writingMs = performance.now() - started;
      if (/Imported [\d,]+ articles/.test(text)) return performance.now() - started;
      const alert = await alertText(options);
      if (alert.trim() !== '') throw new Error(`the import failed: ${alert.trim().slice(0, 300)}`);
      return undefined;
    },
    30 * 60_000,
    100,
  );
  const markedUrl = articles[markedIndex]!.url;
  let servedMs = NaN;
  const compiledMs = await pollFor(
    'the recompiled corpus, with the pack, to be served and searched',
    async () => {
      const status = await ok<{ user?: { pending: boolean; articles: number } }>(options, { type: 'getStatus' });
      if (status.user?.pending !== false) return undefined;
      if (Number.isNaN(servedMs)) servedMs = performance.now() - started;
      const search = await ok<{ results: Array<{ passage: string }> }>(options, { type: 'search', query: PACK_MARKER });
      return search.results.some((r) => r.passage.includes(PACK_MARKER)) ? performance.now() - started : undefined;
    },
    30 * 60_000,
    250,
  );
  const peaks = await sampler.stop();
  await probe.close();
  const status = await statusText(options);
  await options.close();
  console.log(
    `pack import: checked by ${fmt(writingMs)} ms, "${status.replace(/\s+/g, ' ').trim().slice(0, 120)}" after ${fmt(importMs)} ms; ` +
      `recompiled corpus served (not pending) after ${fmt(servedMs)} ms, ${markedUrl} found by search after ${fmt(compiledMs)} ms`,
  );
  console.log(
    `heap (JS, used): options page ${fmt(idle.page, 1)} MB idle, ${fmt(peaks.pageMb, 1)} MB peak; service worker ${fmt(idle.worker, 1)} MB idle, ` +
      `${fmt(peaks.workerMb, 1)} MB peak (${peaks.samples} samples every 250 ms, ${peaks.missed} readings missed)`,
  );
  return [
    `pack-articles=${PACK_ARTICLES}`,
    `pack-${label}-kb=${fmt(pack.length / 1024)}`,
    `pack-${label}-check-ms=${fmt(writingMs)}`,
    `pack-${label}-import-ms=${fmt(importMs)}`,
    `pack-${label}-served-ms=${fmt(servedMs)}`,
    `pack-${label}-compiled-ms=${fmt(compiledMs)}`,
    `node-compile-pack-${label}-ms=${fmt(nodeCompile)}`,
    `peak-heap-options-mb=${fmt(peaks.pageMb, 1)}`,
    `peak-heap-worker-mb=${fmt(peaks.workerMb, 1)}`,
    `baseline-heap-options-mb=${fmt(idle.page, 1)}`,
    `baseline-heap-worker-mb=${fmt(idle.worker, 1)}`,
  ];
}

export async function benchUserCorpus(): Promise<string> {
  const seeds = await readSeedFiles(path.join(root, 'seeds'));
  const pages = Array.from({ length: SAVE_ROUNDS }, (_, round) => longNewsPage(round));
  const server = await startServer({ generated: Object.fromEntries(pages.map((p) => [p.path, p.html])) });
  const browser = await launch('chromium');
  try {
    const save = await benchSave(browser, server.url, pages, seeds);
    const pack = await benchPack(browser, seeds);
    return `bench user: ${[...save, ...pack].join(' ')}`;
  } finally {
    await browser.close();
    await server.close();
  }
}
