/**
 * The content script's page scan in a real browser, side by side with two baselines, on large pages:
 * yahoo-2 (1.6 MB), guardian-1 (1.2 MB, off topic), the 2.9 MB CNN page and a synthetic 5 MB page.
 *
 *  B0       a bare TreeWalker pass over the page's text nodes (the least any scan must do);
 *  scan     Backstory's first full scan: collect + match + gate + draw, read from the User Timing
 *           measure `backstory-scan` the content script records; reported as a ratio to B0;
 *  mark.js  the classic DOM highlighter marking the same alias list (one alternation regex, so one
 *           pass), with Backstory off for the site; reported as a ratio to the scan;
 *  long tasks > 50 ms that overlap the scan, DOM nodes added (Backstory's own `[data-backstory-ui]`
 *  left out), and the layout count over the load with Backstory on minus with it off (CDP metrics).
 *
 * Run standalone (needs `npm run build` and Chromium):
 *   npx esbuild test/bench/detect-bench.ts --bundle --platform=node --format=esm --packages=external --outfile=/tmp/db.mjs
 *   BACKSTORY_BENCH_MAIN=1 node /tmp/db.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Entity } from '../../src/corpus/types';
import { launchChromium } from '../e2e/harness/chromium';
import { chromeBuild, root } from '../e2e/harness/paths';
import { NODE_COUNTER_SCRIPT } from '../e2e/marking-probes';

/** Never listened on: every request to it is answered by the route below. */
const BASE = 'http://127.0.0.1:9';
const SYNTHETIC = '/bench/synthetic-5mb.html';
const PAGES = [
  '/shared/readability/yahoo-2/source.html',
  '/shared/readability/guardian-1/source.html',
  '/shared/newspaper4k/cnn-gates-tillerson-russia-2.9MB.html',
  SYNTHETIC,
];

/** Records long tasks from the start, for the scan window to be matched against later. */
const LONGTASK_SCRIPT = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface PageFigures {
  page: string;
  b0Ms: number;
  scanMs: number;
  markjsMs: number;
  longTasks: number;
  longestTaskMs: number;
  nodesAdded: number;
  markjsNodesAdded: number;
  layoutDelta: number | null;
  marks: number;
  /** Where the scan's time went: collect, match, marks (DOM positions), draw (gate, sections, highlights). */
  phases: string;
}

/**
 * A deterministic news-like page of about `bytes` bytes: sections of paragraphs in nested markup,
 * one Syria–Russia name every ~40 words (so the page is on topic and marks are dense), links, and
 * inline emphasis.
 */
export function syntheticPage(bytes: number): string {
  const words = 'the of and to in a said on for that with was as by officials government talks week new forces agreement minister region port air base support president'.split(' ');
  const names = ['Hmeimim', 'Tartus', 'Damascus', 'Moscow', 'Vladimir Putin', 'al-Sharaa', 'Syria', 'Russia', 'Latakia province', 'Qamishli'];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic 5 MB page</title></head><body><main>'];
  let size = parts[0]!.length;
  for (let s = 0; size < bytes; s++) {
    const section: string[] = [`<section><h2>Section ${s}: ${names[s % names.length]} and the region</h2>`];
    for (let p = 0; p < 8; p++) {
      const sentence: string[] = [];
      for (let w = 0; w < 120; w++) {
        const r = next(40);
        if (r === 0) sentence.push(names[next(names.length)]!);
        else if (r === 1) sentence.push(`<a href="#s${s}">${words[next(words.length)]}</a>`);
        else if (r === 2) sentence.push(`<em>${words[next(words.length)]}</em>`);
        else sentence.push(words[next(words.length)]!);
      }
      section.push(`<div class="para"><p>${sentence.join(' ')}.</p></div>`);
    }
    section.push('</section>');
    const html = section.join('');
    parts.push(html);
    size += html.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function aliasList(): string[] {
  const corpus = JSON.parse(readFileSync(path.join(chromeBuild, 'corpus.json'), 'utf8')) as { entities: Entity[] };
  return [...new Set(corpus.entities.flatMap((e) => e.aliases.map((a) => a.text)))].sort((a, b) => b.length - a.length);
}

async function bareWalk(page: Page): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    runs.push(
      await page.evaluate(() => {
        const t = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let units = 0;
        while (walker.nextNode()) units += (walker.currentNode as Text).data.length;
        const ms = performance.now() - t;
        return units >= 0 ? ms : -1;
      }),
    );
  }
  return median(runs);
}

async function layoutCount(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    return metrics.find((m) => m.name === 'LayoutCount')?.value ?? null;
  } catch {
    return null;
  }
}

export async function measurePages(pages = process.env.BACKSTORY_BENCH_PAGES?.split(',') ?? PAGES): Promise<PageFigures[]> {
  const browser = await launchChromium();
  // Pages are answered from disk by the browser's request routing: no server process, and the
  // bench runs the same whether it is bundled or run through vitest.
  const server = { url: BASE };
  const sharedDir = path.resolve(root, '../shared/pages');
  const synthetic = syntheticPage(5_000_000);
  const markjs = readFileSync(createRequire(path.join(root, 'package.json')).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const aliases = aliasList();
  const setSite = async (enabled: boolean): Promise<void> => {
    const ext = await browser.openExtensionPage('popup.html');
    await ext.evaluate(([u, e]) => (globalThis as any).chrome.runtime.sendMessage({ type: 'setSiteEnabled', url: u, enabled: e, scope: 'host' }), [server.url + '/', enabled] as const);
    await ext.close();
  };
  try {
    await browser.context.addInitScript(NODE_COUNTER_SCRIPT + LONGTASK_SCRIPT);
    await browser.context.route(`${BASE}/**`, (route) => {
      const pathname = new URL(route.request().url()).pathname;
      if (pathname === SYNTHETIC) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: synthetic });
      const file = path.join(sharedDir, pathname.replace(/^\/shared\//, ''));
      if (pathname.startsWith('/shared/') && file.startsWith(sharedDir + path.sep) && existsSync(file)) {
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      }
      return route.abort();
    });
    const off = new Map<string, { b0Ms: number; markjsMs: number; markjsNodesAdded: number; layouts: number | null }>();
    // Pass 1, Backstory off for the site: the baselines.
    await setSite(false);
    for (const p of pages) {
      const page = await browser.context.newPage();
      await page.goto(server.url + p, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(1500);
      const layouts = await layoutCount(page);
      const b0Ms = await bareWalk(page);
      await page.addScriptTag({ content: markjs });
      const run = await page.evaluate((list) => {
        const pattern = new RegExp(list.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
        const before = (window as any).countPageNodes() as number;
        const t = performance.now();
        new (window as any).Mark(document.body).markRegExp(pattern, { acrossElements: false });
        const ms = performance.now() - t;
        return { ms, added: ((window as any).countPageNodes() as number) - before };
      }, aliases);
      off.set(p, { b0Ms, markjsMs: run.ms, markjsNodesAdded: run.added, layouts });
      await page.close();
    }
    // Pass 2, Backstory on: its scan.
    await setSite(true);
    const out: PageFigures[] = [];
    for (const p of pages) {
      const page = await browser.context.newPage();
      await page.goto(server.url + p, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => performance.getEntriesByName('backstory-scan').length > 0, undefined, { timeout: 120_000 });
      await page.waitForTimeout(1500 - 0);
      const layouts = await layoutCount(page);
      const figures = await page.evaluate(() => {
        const m = performance.getEntriesByName('backstory-scan')[0] as PerformanceMeasure;
        const end = m.startTime + m.duration;
        const tasks = ((window as any).__longTasks as Array<[number, number]>).filter(([s, d]) => s < end && s + d > m.startTime);
        const phase = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? 0;
        return {
          phases: `collect ${phase('backstory-collect').toFixed(0)}, match ${phase('backstory-match').toFixed(0)}, marks ${phase('backstory-marks').toFixed(0)}, draw ${phase('backstory-draw').toFixed(0)}`,
          scanMs: m.duration,
          marks: (m.detail as { marks?: number } | null)?.marks ?? 0,
          longTasks: tasks.length,
          longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
          nodesAdded: ((window as any).countPageNodes() as number) - ((window as any).initialNodes as number),
        };
      });
      const base = off.get(p)!;
      out.push({
        page: p.split('/').slice(-2).join('/'),
        b0Ms: base.b0Ms,
        markjsMs: base.markjsMs,
        markjsNodesAdded: base.markjsNodesAdded,
        layoutDelta: layouts !== null && base.layouts !== null ? layouts - base.layouts : null,
        ...figures,
      });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** The matcher-only figure from the detect engineer's bench, when it is there. */
async function matcherFigure(): Promise<string> {
  if (!existsSync(path.join(root, 'test/bench/matcher-bench.ts'))) return '';
  const { benchMatcher, realPageText } = await import('./matcher-bench');
  const corpus = JSON.parse(readFileSync(path.join(chromeBuild, 'corpus.json'), 'utf8')) as { entities: Entity[] };
  const text = await realPageText(path.resolve(root, '../shared/pages'));
  const r = await benchMatcher(corpus.entities, text, 11);
  return ` matcher/loop=${r.ratioToLoop.toFixed(1)}`;
}

export async function benchDetect(): Promise<string> {
  const rows = await measurePages();
  const lines = rows.map(
    (r) =>
      `  ${r.page}: B0 ${r.b0Ms.toFixed(1)} ms, scan ${r.scanMs.toFixed(0)} ms (${r.marks} marks, ×${(r.scanMs / r.b0Ms).toFixed(1)} B0), ` +
      `mark.js ${r.markjsMs.toFixed(0)} ms (×${(r.markjsMs / r.scanMs).toFixed(1)} scan, +${r.markjsNodesAdded} nodes), ` +
      `[${r.phases}], long tasks ${r.longTasks} (longest ${r.longestTaskMs.toFixed(0)} ms), nodes added ${r.nodesAdded}, layouts ${r.layoutDelta ?? 'n/a'}`,
  );
  const ratios = (f: (r: PageFigures) => number) => rows.map((r) => `${r.page.split('/')[0]}:${f(r).toFixed(1)}`).join(',');
  const summary =
    `bench detect: scan/B0=${ratios((r) => r.scanMs / r.b0Ms)} markjs/scan=${ratios((r) => r.markjsMs / r.scanMs)} ` +
    `longtasks=${rows.reduce((n, r) => n + r.longTasks, 0)} nodes-added=${rows.reduce((n, r) => n + r.nodesAdded, 0)} ` +
    `layouts=${rows.map((r) => r.layoutDelta ?? 'n/a').join(',')}${await matcherFigure()}`;
  return [...lines, summary].join('\n');
}

if (typeof process !== 'undefined' && process.env.BACKSTORY_BENCH_MAIN) console.log(await benchDetect());
