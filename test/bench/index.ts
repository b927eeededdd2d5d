/**
 * `npm run bench`: every benchmark in one run, each figure measured side by side with its baseline on
 * the same machine at the same time (ratios, not absolute times, are what to compare across runs).
 * Ends with one summary line per area.
 */
import { toMatcherEntities } from '../../src/tooling/build-corpus';
import { sharedPagesDir } from '../../src/tooling/project-root.mjs';
import { root } from '../e2e/harness/paths';
import { benchCard } from './card-bench';
import { benchContext } from './context-bench';
import { benchCorpus } from './corpus-bench';
import { benchDetect } from './detect-bench';
import { benchExtractSuites } from './extract-suites-bench';
import { benchImport } from './import-bench';
import { benchMatcher, realPageText } from './matcher-bench';
import { benchPopup } from './popup-bench';
import { benchSearch } from './search-bench';
import { benchUserCorpus } from './user-corpus-bench';
import { benchLargeCorpus } from './large-corpus-bench';
import { spawnSync } from 'node:child_process';

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const articles = Number(process.env.BACKSTORY_BENCH_ARTICLES ?? 10_000);
/** `BACKSTORY_BENCH_ONLY=user,card`: run only these areas (to try one quickly); all of them when unset. */
const only = process.env.BACKSTORY_BENCH_ONLY?.split(',').map((s) => s.trim()).filter((s) => s !== '');

/**
 * Runs one area; a benchmark that cannot measure prints its failure on its own summary line and the
 * run carries on, so one broken area never hides the others' figures.
 */
async function area(summary: string[], name: string, run: () => Promise<string>): Promise<void> {
  if (only && !only.includes(name)) return;
  try {
    summary.push(await run());
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`${name} failed:`, err);
    summary.push(`bench ${name}: failed (${reason.split('\n')[0]})`);
  }
}

export async function runBenchmarks(): Promise<void> {
  const summary: string[] = [];
  let corpus: Awaited<ReturnType<typeof benchCorpus>> | undefined;
  let matcherRatio = NaN;

  await area(summary, 'corpus', async () => {
    console.log(`\n== corpus (seeds and ${articles} synthetic articles) ==`);
    corpus = await benchCorpus(articles);
    for (const f of corpus.figures) {
      console.log(
        `${f.name}: ${f.articles} articles, compile ${fmt(f.compileMs, 0)} ms, bundle ${fmt(f.rawKiB, 0)} KiB (gzip ${fmt(f.gzipKiB, 0)} KiB), ` +
          `IndexedDB import ${fmt(f.importMs, 0)} ms (Chromium), card query median ${fmt(f.cardQueryMedianMs, 2)} ms`,
      );
    }
    const [seeds, big] = corpus.figures;
    return (
      `bench corpus: compile-seeds-ms=${fmt(seeds?.compileMs ?? NaN, 0)} compile-10k-ms=${fmt(big?.compileMs ?? NaN, 0)} ` +
        `bundle-10k-gzip-kb=${fmt(big?.gzipKiB ?? NaN, 0)} import-10k-ms=${fmt(big?.importMs ?? NaN, 0)} card-query-10k-ms=${fmt(big?.cardQueryMedianMs ?? NaN, 2)}`
    );
  });

  await area(summary, 'import', async () => {
    console.log('\n== import while answering (Chromium, 3,000 articles) ==');
    return benchImport();
  });

  await area(summary, 'user', async () => {
    console.log('\n== the reader\'s articles: save a long page, import a pack (Chromium) ==');
    return benchUserCorpus();
  });

  await area(summary, 'large', async () => {
    console.log('\n== with 10,000 of the reader\'s articles: save, remove, restart (Chromium) ==');
    return benchLargeCorpus();
  });

  await area(summary, 'compile-memory', async () => {
    console.log('\n== the background compiler\'s memory with 10,000 of the reader\'s articles (Node) ==');
    const child = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=1024', '--max-semi-space-size=1024', 'test/bench/compile-memory.mjs'], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr.trim().split('\n').pop() ?? `exit ${child.status}`);
    const line = child.stdout.trim().split('\n').pop()!;
    console.log(line);
    return line;
  });

  await area(summary, 'detect', async () => {
    if (corpus) {
      console.log('\n== matcher (Node, 1 MB of real page text) ==');
      const text = await realPageText(sharedPagesDir(root));
      const matcher = await benchMatcher(toMatcherEntities(corpus.seeds), text);
      matcherRatio = matcher.ratioToLoop;
      console.log(`matcher ${fmt(matcher.mbPerSec, 0)} MB/s, ${fmt(matcher.ratioToLoop, 2)}x a bare character loop`);
    }
    console.log('\n== detection in Chromium ==');
    // benchDetect returns its per-page lines and one `bench detect:` summary line.
    const detectLines = (await benchDetect()).split('\n');
    const detect = detectLines.find((l) => l.startsWith('bench detect')) ?? 'bench detect: no summary';
    console.log(detectLines.filter((l) => l !== detect).join('\n'));
    return detect.includes('matcher/loop') ? detect : `${detect} matcher/loop=${fmt(matcherRatio, 2)}`;
  });

  await area(summary, 'card', async () => {
    console.log('\n== context card ==');
    return benchCard();
  });

  await area(summary, 'search', async () => {
    if (!corpus) throw new Error('no corpus to search: the corpus benchmark failed');
    console.log('\n== search ==');
    const search = await benchSearch(corpus.synthetic, corpus.seeds);
    console.log(search.comparison);
    const popup = await benchPopup();
    return (
      `bench search: p50-10k-ms=${fmt(search.p50Ms10k, 2)} p95-10k-ms=${fmt(search.p95Ms10k, 2)} ` +
        `p50-seeds-ms=${fmt(search.p50MsSeeds, 2)} build-10k-ms=${fmt(search.buildMs10k, 0)} popup-ms=${fmt(popup.popupMs, 0)}`
    );
  });

  await area(summary, 'extract', async () => {
    console.log('\n== "Save to Backstory" on the public extraction suites (htmldate dates, scrapinghub bodies) ==');
    return benchExtractSuites();
  });

  await area(summary, 'context', async () => {
    console.log(`\n== side panel: a 100 KB article against the seeds and ${articles} articles (Node) ==`);
    return benchContext(root, articles);
  });

  console.log(`\n${summary.join('\n')}`);
}
