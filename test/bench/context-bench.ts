/**
 * The side panel's comparison (src/corpus/context): a long article (100 KB of text) read against a corpus of the
 * seeds and 10,000 synthetic articles, as the background runs it (in-memory corpus source here; Node). Reports
 * the median of several runs, and the seeds-only figure beside it. Goal: the full comparison within 500 ms.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { compileCorpusFromFiles, readSeedFiles, shippedBundle } from '../../src/corpus/compile';
import { readPageInContext, type PageInput } from '../../src/corpus/context/read-page-in-context';
import { createMemorySource } from '../../src/corpus/memory-source';
import { extractArticle } from '../../src/extract/extract-article';
import { generateSyntheticSeeds } from './synthetic-corpus';

const RUNS = 5;
const PAGE_KB = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** The panel's test page, its article continued with background paragraphs to 100 KB (as a long feature runs). */
function longPage(root: string): PageInput {
  const html = readFileSync(path.join(root, 'test/pages/panel-news.html'), 'utf8');
  const article = extractArticle(parseHTML(html).document as unknown as Document, 'https://example.org/news/panel');
  const filler = generateSyntheticSeeds(40, 7)
    .filter((f) => f.path.startsWith('articles/'))
    .map((f) => f.text.split('\n---\n').pop()!.split('\n').slice(2).join('\n'));
  let text = article.text;
  for (let i = 0; new TextEncoder().encode(text).length < PAGE_KB * 1024; i++) text += `\n\n${filler[i % filler.length]!.trim()}`;
  return { url: article.url, title: article.title!, outlet: article.outlet!, date: article.date!, text, looksLikeArticle: true };
}

export async function benchContext(root: string, articles: number): Promise<string> {
  const seedFiles = await readSeedFiles(path.join(root, 'seeds'));
  const page = longPage(root);
  const measure = async (bundle: ReturnType<typeof shippedBundle>) => {
    const source = createMemorySource(bundle);
    const times: number[] = [];
    let compared = 0;
    let claims = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const ctx = await readPageInContext(page, { seedFiles, source });
      times.push(performance.now() - started);
      compared = ctx.compared.articles;
      claims = ctx.claims.length;
    }
    return { ms: median(times), compared, claims };
  };
  const seeds = await measure(shippedBundle(compileCorpusFromFiles(seedFiles)));
  const big = await measure(shippedBundle(compileCorpusFromFiles([...seedFiles, ...generateSyntheticSeeds(articles)])));
  const kb = Math.round(new TextEncoder().encode(page.text).length / 1024);
  console.log(`page ${kb} KB; seeds: ${seeds.ms.toFixed(0)} ms (${seeds.compared} corpus articles compiled with it, ${seeds.claims} claims); ${articles} articles: ${big.ms.toFixed(0)} ms (${big.compared}, ${big.claims} claims)`);
  return `bench context: page-kb=${kb} compare-seeds-ms=${seeds.ms.toFixed(0)} compare-10k-ms=${big.ms.toFixed(0)} compared-articles=${big.compared} page-claims=${big.claims}`;
}
