/**
 * Corpus benchmark: compile time and bundle size for the seed corpus and a 10,000-article synthetic
 * corpus, IndexedDB import time and card-query time in Chromium with the extension's storage code.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { shippedBundle } from '../../src/compiler'
import { compileCorpus } from '../../src/compiler/compile-fs';
import type { CorpusBundle } from '../../src/model/corpus-types';
import { generateSyntheticSeeds } from './synthetic-corpus';

const QUERY_IDS = ['hmeimim-air-base', 'ahmad-al-sharaa', 'tartus-naval-base', 'bashar-al-assad'];

export interface CorpusFigures {
  name: string;
  articles: number;
  compileMs: number;
  rawKiB: number;
  gzipKiB: number;
  importMs: number;
  cardQueryMedianMs: number;
}

async function writeSynthetic(count: number): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-synthetic-'));
  // The synthetic articles need the real gazetteer, facets and chrome rules beside them.
  for (const file of ['gazetteer.yaml', 'facets.yaml', 'chrome-rules.yaml']) {
    writeFileSync(path.join(dir, file), readFileSync(path.join(process.cwd(), 'seeds', file)));
  }
  for (const { path: rel, text } of generateSyntheticSeeds(count)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function compileTimed(dir: string): Promise<{ bundle: CorpusBundle; ms: number; json: string }> {
  const started = performance.now();
  const bundle = shippedBundle(await compileCorpus(dir));
  const ms = performance.now() - started;
  // Sized and imported as the extension stores it: article texts left out.
  return { bundle, ms, json: JSON.stringify(bundle) };
}

async function browserImport(corpora: Array<{ name: string; json: string; ids: string[] }>) {
  const out = await build({ entryPoints: [path.join(process.cwd(), 'test/bench/browser/idb-bench-entry.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  const script = out.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    const corpus = corpora.find((c) => req.url === `/${c.name}.json`);
    if (corpus) return res.writeHead(200, { 'content-type': 'application/json' }).end(corpus.json);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.addScriptTag({ content: script });
    const results: Record<string, { importMs: number; cardQueryMedianMs: number }> = {};
    for (const c of corpora) {
      results[c.name] = await page.evaluate(
        ([url, db, ids]) => (globalThis as unknown as { backstoryBench: { importAndQuery(u: string, d: string, i: readonly string[]): Promise<{ importMs: number; cardQueryMedianMs: number }> } }).backstoryBench.importAndQuery(url, db, ids),
        [`/${c.name}.json`, `bench-${c.name}`, c.ids] as const,
      );
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchCorpus(count = 10_000): Promise<{ figures: CorpusFigures[]; seeds: CorpusBundle; synthetic: CorpusBundle }> {
  const seeds = await compileTimed(path.join(process.cwd(), 'seeds'));
  const synthetic = await compileTimed(await writeSynthetic(count));
  const corpora = [
    { name: 'seeds', ...seeds },
    { name: `synthetic-${count}`, ...synthetic },
  ];
  const imported = await browserImport(corpora.map((c) => ({ name: c.name, json: c.json, ids: QUERY_IDS })));
  const figures = corpora.map((c) => ({
    name: c.name,
    articles: c.bundle.articles.length,
    compileMs: c.ms,
    rawKiB: Buffer.byteLength(c.json) / 1024,
    gzipKiB: gzipSync(c.json).length / 1024,
    importMs: imported[c.name]?.importMs ?? NaN,
    cardQueryMedianMs: imported[c.name]?.cardQueryMedianMs ?? NaN,
  }));
  return { figures, seeds: seeds.bundle, synthetic: synthetic.bundle };
}
