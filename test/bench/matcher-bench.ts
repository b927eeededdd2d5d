/**
 * Matcher throughput against a bare character loop over the same text, on the same machine, in the
 * same process: the ratio is what to watch, since absolute numbers move with the load of a shared box.
 *
 * Run standalone (reads real pages from ../shared/pages and, when present, seeds/gazetteer.yaml):
 *   npx esbuild test/bench/matcher-bench.ts --bundle --platform=node --format=esm --outfile=/tmp/mb.mjs
 *   BACKSTORY_BENCH_MAIN=1 node /tmp/mb.mjs
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { MatcherEntity } from '../../src/model/corpus-types';
import { compileMatcherData } from '../../src/detect/compile';
import { createMatcher } from '../../src/detect/matcher';
import { collectText, NEVER_YIELD } from '../../src/detect/text-collector';
import { FIXTURE_ENTITIES } from '../unit/detect/fixture-entities';
import { findProjectRoot, sharedPagesDir } from '../../src/tooling/project-root.mjs';

export interface BenchResult {
  /** Matcher speed, in millions of UTF-16 units per second (the text is mostly Latin, ~1 byte a unit). */
  mbPerSec: number;
  /** Median matcher time over median bare-loop time. */
  ratioToLoop: number;
  matcherMs: number;
  loopMs: number;
  mentions: number;
}

/** The baseline: the cheapest useful pass over every unit. */
function bareLoop(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x41) n++;
  return n;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

export async function benchMatcher(entities: MatcherEntity[], text: string, reps = 21): Promise<BenchResult> {
  const matcher = createMatcher(compileMatcherData(entities));
  let sink = 0;
  // Warm both paths so the JIT and the lazy character tables are settled before timing.
  for (let i = 0; i < 5; i++) sink += bareLoop(text) + matcher.findAll(text).length;
  const loop: number[] = [];
  const match: number[] = [];
  let mentions = 0;
  for (let r = 0; r < reps; r++) {
    // Interleaved, so a burst of load from another process hits both series alike.
    let t = performance.now();
    sink += bareLoop(text);
    loop.push(performance.now() - t);
    t = performance.now();
    mentions = matcher.findAll(text).length;
    match.push(performance.now() - t);
  }
  if (sink < 0) console.log(sink);
  const matcherMs = median(match);
  const loopMs = median(loop);
  return { mbPerSec: text.length / 1e6 / (matcherMs / 1000), ratioToLoop: matcherMs / loopMs, matcherMs, loopMs, mentions };
}

/** English pages: the figure the 4x goal is judged on. */
export const LATIN_PAGES = ['readability/yahoo-2/source.html', 'newspaper4k/cnn-gates-tillerson-russia-2.9MB.html'];
/** Russian and Arabic pages: every word there goes through the Arabic particle or Russian ending code. */
export const NON_LATIN_PAGES = ['htmldate/mk-ru-ryazan-cyrillic.html', 'newspaper/cnnarabic-damascus-rebels.html'];

/** About `size` units of visible text from real pages, repeated if they hold less. */
export async function realPageText(pagesDir: string, size = 1_000_000, pages = LATIN_PAGES): Promise<string> {
  const parts: string[] = [];
  for (const page of pages) {
    const { document } = parseHTML(await readFile(`${pagesDir}/${page}`, 'utf8'));
    parts.push((await collectText([document.body], { budget: NEVER_YIELD })).text);
  }
  const once = parts.join('\n');
  let text = once;
  while (text.length < size) text += '\n' + once;
  return text.slice(0, size);
}

async function loadGazetteer(file: string): Promise<MatcherEntity[] | undefined> {
  if (!existsSync(file)) return undefined;
  // Loaded from the working tree at run time: bundled into an ES module, yaml's CommonJS build
  // would call require('process'), which esbuild's ESM output cannot provide.
  const yaml = createRequire(`${process.cwd()}/package.json`)('yaml') as typeof Yaml;
  const doc = yaml.parse(await readFile(file, 'utf8')) as { entities?: MatcherEntity[] };
  return doc.entities;
}

async function main(): Promise<void> {
  const pagesDir = sharedPagesDir(findProjectRoot(process.cwd()));
  const sets: Array<[string, MatcherEntity[]]> = [['fixture', FIXTURE_ENTITIES]];
  const gazetteer = await loadGazetteer('seeds/gazetteer.yaml');
  if (gazetteer) sets.push(['seeds/gazetteer.yaml', gazetteer]);
  for (const [label, pages] of [['English pages', LATIN_PAGES], ['Russian+Arabic pages', NON_LATIN_PAGES]] as const) {
    const text = await realPageText(pagesDir, 1_000_000, [...pages]);
    for (const [name, entities] of sets) {
      const aliases = entities.reduce((n, e) => n + e.aliases.length, 0);
      const r = await benchMatcher(entities, text);
      console.log(
        `${label}, ${name}: ${entities.length} entities, ${aliases} aliases, ${text.length} units: ` +
          `matcher ${r.matcherMs.toFixed(2)} ms (${r.mbPerSec.toFixed(0)} M units/s), ` +
          `bare loop ${r.loopMs.toFixed(2)} ms, ratio ${r.ratioToLoop.toFixed(2)}x, ${r.mentions} mentions`,
      );
    }
  }
}

if (typeof process !== 'undefined' && process.env.BACKSTORY_BENCH_MAIN) await main();
