/**
 * The side panel's comparison (src/corpus/context): a long article (100 KB of text) read against a corpus of the
 * seeds and 10,000 synthetic articles, as the background runs it (in-memory corpus source here; Node). Goal: the
 * full comparison within 500 ms. Three figures, because a read keeps what the next one can use (corpus-memo.ts):
 * - first: the first page read against this corpus version (the process warm: detector built, code compiled);
 * - new page: the median over other long pages read after it (their corpus articles already read, the page not);
 * - again: the median over the same page read again (a tab switched back to).
 * Each with its CPU time beside the wall time: on a shared machine the wall time measures the neighbours too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { compileCorpusFromFiles, shippedBundle } from '../../src/compiler'
import { readSeedFiles } from '../../src/compiler/compile-fs';
import { pageInputOf, type PageInput } from '../../src/corpus/context/page-input';
import { readPageInContext } from '../../src/corpus/context/read-page-in-context';
import { createMemorySource } from '../../src/corpus/memory-source';
import { extractArticle } from '../../src/extract/extract-article';
import { generateSyntheticSeeds } from './synthetic-corpus';

const RUNS = 5;
const PAGE_KB = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * The panel's test page, its article continued with background paragraphs to 100 KB (as a long feature runs);
 * `variant` starts the background at another paragraph, so each variant is another page on the same story.
 */
function longPage(root: string, variant: number): PageInput {
  const html = readFileSync(path.join(root, 'test/pages/panel-news.html'), 'utf8');
  const article = pageInputOf(extractArticle(parseHTML(html).document as unknown as Document, 'https://example.org/news/panel'));
  const filler = generateSyntheticSeeds(40, 7)
    .filter((f) => f.path.startsWith('articles/'))
    .map((f) => f.text.split('\n---\n').pop()!.split('\n').slice(2).join('\n'));
  let text = article.text;
  for (let i = 0; new TextEncoder().encode(text).length < PAGE_KB * 1024; i++) text += `\n\n${filler[(i + variant) % filler.length]!.trim()}`;
  return { ...article, url: `${article.url}/${variant}`, text, looksLikeArticle: true };
}

interface Timed {
  ms: number;
  cpuMs: number;
  compared: number;
  claims: number;
}

export async function benchContext(root: string, articles: number): Promise<string> {
  const seedFiles = await readSeedFiles(path.join(root, 'seeds'));
  const read = async (source: ReturnType<typeof createMemorySource>, page: PageInput): Promise<Timed> => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const ctx = await readPageInContext(page, { seedFiles, source });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, compared: ctx.compared.articles, claims: ctx.claims.length };
  };
  const measure = async (bundle: ReturnType<typeof shippedBundle>) => {
    const source = createMemorySource(bundle);
    const first = await read(source, longPage(root, 0));
    const fresh: Timed[] = [];
    for (let i = 1; i <= RUNS; i++) fresh.push(await read(source, longPage(root, i)));
    const again: Timed[] = [];
    for (let i = 0; i < RUNS; i++) again.push(await read(source, longPage(root, RUNS)));
    const med = (list: Timed[]) => ({ ms: median(list.map((t) => t.ms)), cpuMs: median(list.map((t) => t.cpuMs)) });
    return { first, fresh: med(fresh), again: med(again), compared: first.compared, claims: first.claims };
  };
  // The process warmed on the seeds first (detector, seed rules, code compiled); then the big corpus, a new version.
  const seeds = await measure(shippedBundle(compileCorpusFromFiles(seedFiles)));
  const big = await measure(shippedBundle(compileCorpusFromFiles([...seedFiles, ...generateSyntheticSeeds(articles)])));
  const kb = Math.round(new TextEncoder().encode(longPage(root, 0).text).length / 1024);
  const f = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(0)} ms (cpu ${t.cpuMs.toFixed(0)})`;
  console.log(`page ${kb} KB; seeds: first ${f(seeds.first)}, new page ${f(seeds.fresh)}, again ${f(seeds.again)} (${seeds.compared} corpus articles compiled with it, ${seeds.claims} claims)`);
  console.log(`${articles} articles: first ${f(big.first)}, new page ${f(big.fresh)}, again ${f(big.again)} (${big.compared}, ${big.claims} claims)`);
  return (
    `bench context: page-kb=${kb} compare-seeds-ms=${seeds.fresh.ms.toFixed(0)} compare-10k-first-ms=${big.first.ms.toFixed(0)} ` +
    `compare-10k-ms=${big.fresh.ms.toFixed(0)} compare-10k-cpu-ms=${big.fresh.cpuMs.toFixed(0)} compare-10k-again-ms=${big.again.ms.toFixed(0)} ` +
    `compared-articles=${big.compared} page-claims=${big.claims}`
  );
}
