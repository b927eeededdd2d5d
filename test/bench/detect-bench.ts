/**
 * The content script's page scan in a real browser, side by side with two baselines, on large pages:
 * yahoo-2 (1.6 MB), guardian-1 (1.2 MB, off topic), the 2.9 MB CNN page and a synthetic 5 MB page.
 *
 *  B0       a bare TreeWalker pass over the page's text nodes reading each node's data (the least any
 *           scan must do), run like the content script runs: the first walk over a freshly loaded
 *           page, in a fresh isolated world (CDP Page.createIsolatedWorld), so it pays for the node
 *           wrappers and the first touch of the DOM the scan pays for too; median of LOADS loads.
 *           (Until Nov 2026 it was the median of 5 walks on one load, 4 of which found the DOM
 *           already touched by the walks before: up to 2.5x faster than any first walk, so the ratio
 *           compared a first scan with mostly repeated walks.) The warm figure (the same walk
 *           repeated in one world) is printed beside it;
 *  scan     Backstory's first full scan: collect + match + gate + draw. CPU = the sum of the
 *           `backstory-slice` measures (one per slice of work between yields) inside the
 *           `backstory-scan` measure; wall = that measure, yields included. `scan/B0` is CPU / B0.
 *           The session ends `backstory-scan` only after its highlights are registered, and the
 *           bench checks that the registered highlight sizes add up to the marks it reports. The
 *           load with the median CPU of LOADS is reported; long tasks are the most any load had;
 *  mark.js  the classic DOM highlighter marking the same alias list (one alternation regex, so one
 *           pass), run to completion (it is synchronous) as the first script in a fresh isolated
 *           world on a freshly loaded page with Backstory off for the site; median of LOADS loads,
 *           reported as a ratio to the scan's wall time;
 *  floor    the least walk that can honour the text model's rules (src/detect/text-model.ts): every
 *           element and text node outside the subtrees skipped by tag (script, style, code, svg, …),
 *           reading each element's tag and shadow root and each text node's data, and nothing else:
 *           no attribute skips, no blocks, no model, no matching. Run like B0 (first walk, fresh load, fresh world, median of LOADS). `floor/B0`
 *           is a lower bound on `scan/B0` for any scan that collects by the text model's rules;
 *           `markjs/B0` an upper bound on `markjs/scan` for any scan that reads the page's text;
 *  collector the content script's own collector (src/detect/text-collector.ts, bundled from the source),
 *           run like the floor (first walk, fresh load, fresh isolated world, median of LOADS): what
 *           collecting costs by itself, outside the content script. `collector/floor` is the collector's
 *           own price over the floor; `collect` (the scan's phase) over `collector` is what running inside
 *           the content script adds (its moment, just after load, and its world). Both are also
 *           measured in the main thread's CPU time (`threadMs`), which the shared machine's load does
 *           not inflate. Dec 2026 (load average 4-11), collector/floor in thread time: guardian-1 2.6
 *           (5.2 against 2.0 ms), CNN 2.3 (4.4 against 1.9), the 5 MB page 1.7, yahoo-2 0.9 (the
 *           collector skips hidden subtrees the floor walks). A plain script with the same rules,
 *           timed the same way, came within 0.5 ms of the collector: what it pays for is the rules
 *           (each text node's parent, the block cache, the attribute-skip query, the parts kept:
 *           +0.2-0.9 ms each over the floor), not the content script's world or moment;
 *  content the content script's whole main-thread cost per page: its evaluation (`backstory-eval`, first
 *           statement to the end of its top level), the scan CPU above, and the page's script and task
 *           time (CDP Performance.getMetrics ScriptDuration, TaskDuration) 1.5 s after the scan with
 *           Backstory on minus a clean load with it off (medians of LOADS): that difference holds parsing
 *           and compiling the script, its start-up, messages, the scan, the report and idle work;
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
import type { CDPSession, Page } from 'playwright-core';
import type { Entity } from '../../src/model/corpus-types';
import { SKIP_TAGS } from '../../src/detect/text-model';
import { launchChromium } from '../e2e/harness/chromium';
import { sharedPagesDir } from '../../src/tooling/project-root.mjs';
import { compiledCorpusFile, root } from '../e2e/harness/paths';
import { NODE_COUNTER_SCRIPT } from '../e2e/marking-probes';
import { contentBundleSize } from './content-size';

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
  b0WarmMs: number;
  /** The floor walk (see the top of this file). */
  floorMs: number;
  /** The content script's collector run like the floor (see the top of this file). */
  collectorMs: number;
  /** The floor walk and the collector alone in the main thread's CPU time (threadMs). */
  floorCpuMs: number;
  collectorCpuMs: number;
  /** Sum of the scan's slices (its own work). */
  scanMs: number;
  /** First slice to draw, yields included. */
  scanWallMs: number;
  yields: number;
  onTopic: boolean;
  markjsMs: number;
  longTasks: number;
  longestTaskMs: number;
  nodesAdded: number;
  markjsNodesAdded: number;
  layoutDelta: number | null;
  /** The content script's top-level evaluation (`backstory-eval`). */
  evalMs: number;
  /** Page script time with Backstory on minus off (CDP ScriptDuration): the content script's, compile included. */
  scriptDeltaMs: number | null;
  /** Main-thread task time, on minus off (CDP TaskDuration): script, style, layout and GC it caused. */
  taskDeltaMs: number | null;
  marks: number;
  /**
   * Where the scan's time went: collect, match, marks (DOM positions), visibility (CSS, pages that
   * could be on topic), prepare (ranges and sections of marks to draw), draw (gate, emphasis,
   * highlights), report (badge, announcement, card prefetch).
   */
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

/** Fresh loads per figure: the machines are shared and noisy, and a first scan can only be had once per load. */
const LOADS = Number(process.env.BACKSTORY_BENCH_LOADS ?? 3);

function aliasList(): string[] {
  const corpus = JSON.parse(readFileSync(compiledCorpusFile, 'utf8')) as { entities: Entity[] };
  return [...new Set(corpus.entities.flatMap((e) => e.aliases.map((a) => a.text)))].sort((a, b) => b.length - a.length);
}

/** Evaluate `expression` as the first script of a fresh isolated world (cold node wrappers, cold JIT). */
async function inFreshWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Math.random()}` });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`bench script failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

const WALK = `(() => {
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let units = 0;
  while (walker.nextNode()) units += walker.currentNode.data.length;
  const ms = performance.now() - t;
  return units >= 0 ? ms : -1;
})()`;

/** B0: the first walk over the page, in a fresh world. */
const bareWalk = (page: Page): Promise<number> => inFreshWorld<number>(page, WALK);

/**
 * The floor: elements and text, reading the tag and shadow root of each element and jumping over the
 * subtrees the text model skips by tag (SKIP_TAGS), and the data of each text node kept; nothing else
 * (no attribute skips, no blocks, no model, no matching).
 */
const FLOOR_WALK = `(() => {
  const skip = new Set(${JSON.stringify([...SKIP_TAGS])});
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let units = 0;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) units += node.data.length;
    else if (skip.has(node.localName)) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    } else if (node.shadowRoot) units++;
    node = walker.nextNode();
  }
  const ms = performance.now() - t;
  return units >= 0 ? ms : -1;
})()`;
const floorWalk = (page: Page): Promise<number> => inFreshWorld<number>(page, FLOOR_WALK);

/**
 * The main thread's own CPU time of evaluating `expression` in a fresh world (CDP TaskDuration in
 * thread ticks, before and after), less that of evaluating `0` the same way (the evaluation's own
 * cost, ~0.7 ms). Unlike performance.now(), it leaves out the time the renderer waits while other
 * processes have the cores: on the shared 2-core box (load average 5-12) wall-clock walks of one page
 * spread over 2-4x, thread times over ±15%.
 */
async function threadMs(page: Page, expression: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskMs = async (): Promise<number> => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
    const timed = async (e: string): Promise<number> => {
      const before = await taskMs();
      await inFreshWorld(page, e);
      return (await taskMs()) - before;
    };
    const overhead = await timed('0');
    return (await timed(expression)) - overhead;
  } finally {
    await cdp.detach();
  }
}

/**
 * The content script's collector, bundled from the source as a script that defines one function; its
 * evaluation is not timed, its first call (cold code, cold wrappers, as in the content script) is.
 */
async function collectorRun(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents: `import { collectText, NEVER_YIELD } from './src/detect/text-collector';
        (globalThis as any).__benchCollect = () => collectText([document.documentElement], { budget: NEVER_YIELD });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return `(async () => {
    ${out.outputFiles[0]!.text}
    const t = performance.now();
    const model = await globalThis.__benchCollect();
    const ms = performance.now() - t;
    return model.text.length >= 0 ? ms : -1;
  })()`;
}

/** The same walk repeated in one world (the figure printed as "warm"). */
async function warmWalk(page: Page): Promise<number> {
  const warm = await inFreshWorld<number[]>(page, `[${WALK}, ${WALK}, ${WALK}, ${WALK}, ${WALK}, ${WALK}]`);
  return median(warm.slice(1));
}

interface MainThread {
  layouts: number | null;
  /** Milliseconds since the page started (CDP Performance metrics, in seconds there). */
  scriptMs: number | null;
  taskMs: number | null;
}

/** Pages whose CDP Performance domain was enabled before they loaded: their script and task times count from the start. */
const metricSessions = new WeakMap<Page, CDPSession>();

async function mainThread(page: Page): Promise<MainThread> {
  try {
    const own = metricSessions.get(page);
    const cdp = own ?? (await page.context().newCDPSession(page));
    if (!own) await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    if (!own) await cdp.detach();
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? null;
    const ms = (name: string) => {
      const v = value(name);
      return v === null ? null : v * 1000;
    };
    // Script and task time accumulate only while the domain is enabled: without it from the start they mean nothing.
    return { layouts: value('LayoutCount'), scriptMs: own ? ms('ScriptDuration') : null, taskMs: own ? ms('TaskDuration') : null };
  } catch {
    return { layouts: null, scriptMs: null, taskMs: null };
  }
}

const layoutCount = async (page: Page): Promise<number | null> => (await mainThread(page)).layouts;

const medianOrNull = (xs: Array<number | null>): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : median(known);
};

export async function measurePages(pages = process.env.BACKSTORY_BENCH_PAGES?.split(',') ?? PAGES): Promise<PageFigures[]> {
  const browser = await launchChromium();
  // Pages are answered from disk by the browser's request routing: no server process, and the
  // bench runs the same whether it is bundled or run through vitest.
  const server = { url: BASE };
  const sharedDir = sharedPagesDir(root);
  const synthetic = syntheticPage(5_000_000);
  const markjs = readFileSync(createRequire(path.join(root, 'package.json')).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const aliases = aliasList();
  const collectorScript = await collectorRun();
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
    const off = new Map<string, { b0Ms: number; b0WarmMs: number; floorMs: number; collectorMs: number; floorCpuMs: number; collectorCpuMs: number; markjsMs: number; markjsNodesAdded: number; layouts: number | null; scriptMs: number | null; taskMs: number | null }>();
    // The pattern is built here and handed over as source text: no escaping inside the page script.
    const source = JSON.stringify(aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    const markjsRun = `(() => {
      ${markjs}
      const pattern = new RegExp(${source}, 'gi');
      const count = () => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n++; return n; };
      const before = count();
      let marks = 0;
      const t = performance.now();
      // Synchronous: markRegExp returns once every match is wrapped (its done callback has run).
      new Mark(document.body).markRegExp(pattern, { acrossElements: false, each: () => void marks++ });
      const ms = performance.now() - t;
      return { ms, added: count() - before, marks };
    })()`;
    const load = async (p: string, metrics = false): Promise<Page> => {
      const page = await browser.context.newPage();
      if (metrics) {
        const cdp = await page.context().newCDPSession(page);
        // The main thread's own CPU time where the browser offers it (less noise from other processes on a shared machine).
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
        metricSessions.set(page, cdp);
      }
      await page.goto(server.url + p, { waitUntil: 'load', timeout: 120_000 });
      return page;
    };
    // Pass 1, Backstory off for the site: the baselines, each the first thing run on a fresh load.
    await setSite(false);
    for (const p of pages) {
      const b0: number[] = [];
      const floor: number[] = [];
      const collector: number[] = [];
      const floorCpu: number[] = [];
      const collectorCpu: number[] = [];
      const markjsMs: number[] = [];
      let markjsNodesAdded = 0;
      let b0WarmMs = 0;
      let layouts: number | null = null;
      const clean: MainThread[] = [];
      for (let k = 0; k < LOADS; k++) {
        // A load where nothing else runs, for the page's own script and task time.
        const quiet = await load(p, true);
        await quiet.waitForTimeout(1500);
        clean.push(await mainThread(quiet));
        await quiet.close();
        const page = await load(p);
        b0.push(await bareWalk(page));
        if (k === 0) {
          b0WarmMs = await warmWalk(page);
          await page.waitForTimeout(1500);
          layouts = await layoutCount(page);
        }
        await page.close();
        const walked = await load(p);
        floor.push(await floorWalk(walked));
        await walked.close();
        const collected = await load(p);
        collector.push(await inFreshWorld<number>(collected, collectorScript));
        await collected.close();
        // The same two, first walk on a fresh load each, in thread time.
        const floorCpuPage = await load(p);
        floorCpu.push(await threadMs(floorCpuPage, FLOOR_WALK));
        await floorCpuPage.close();
        const collectorCpuPage = await load(p);
        collectorCpu.push(await threadMs(collectorCpuPage, collectorScript));
        await collectorCpuPage.close();
        const marked = await load(p);
        const run = await inFreshWorld<{ ms: number; added: number; marks: number }>(marked, markjsRun);
        markjsMs.push(run.ms);
        markjsNodesAdded = run.added;
        await marked.close();
      }
      off.set(p, {
        b0Ms: median(b0), b0WarmMs, floorMs: median(floor), collectorMs: median(collector), floorCpuMs: median(floorCpu), collectorCpuMs: median(collectorCpu), markjsMs: median(markjsMs), markjsNodesAdded, layouts,
        scriptMs: medianOrNull(clean.map((c) => c.scriptMs)), taskMs: medianOrNull(clean.map((c) => c.taskMs)),
      });
    }
    // Pass 2, Backstory on: its first scan on each of LOADS fresh loads.
    await setSite(true);
    const out: PageFigures[] = [];
    for (const p of pages) {
      const runs: Array<Omit<PageFigures, 'page' | 'b0Ms' | 'b0WarmMs' | 'floorMs' | 'collectorMs' | 'floorCpuMs' | 'collectorCpuMs' | 'markjsMs' | 'markjsNodesAdded' | 'layoutDelta' | 'scriptDeltaMs' | 'taskDeltaMs'> & MainThread> = [];
      for (let k = 0; k < LOADS; k++) {
        const page = await load(p, true);
        await page.waitForFunction(() => performance.getEntriesByName('backstory-scan').length > 0, undefined, { timeout: 120_000 });
        await page.waitForTimeout(1500);
        runs.push({ ...(await scanFigures(page)), ...(await mainThread(page)) });
        await page.close();
      }
      const byCpu = [...runs].sort((x, y) => x.scanMs - y.scanMs);
      const mid = byCpu[byCpu.length >> 1]!;
      const base = off.get(p)!;
      out.push({
        page: p.split('/').slice(-2).join('/'),
        b0Ms: base.b0Ms,
        b0WarmMs: base.b0WarmMs,
        floorMs: base.floorMs,
        collectorMs: base.collectorMs,
        floorCpuMs: base.floorCpuMs,
        collectorCpuMs: base.collectorCpuMs,
        markjsMs: base.markjsMs,
        markjsNodesAdded: base.markjsNodesAdded,
        layoutDelta: mid.layouts !== null && base.layouts !== null ? mid.layouts - base.layouts : null,
        scriptDeltaMs: delta(medianOrNull(runs.map((r) => r.scriptMs)), base.scriptMs),
        taskDeltaMs: delta(medianOrNull(runs.map((r) => r.taskMs)), base.taskMs),
        ...mid,
        longTasks: Math.max(...runs.map((r) => r.longTasks)),
        longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
        nodesAdded: Math.max(...runs.map((r) => r.nodesAdded)),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}

const delta = (on: number | null, off: number | null): number | null => (on === null || off === null ? null : on - off);

/** The first scan's figures, read from the page's own measures once it is done. */
function scanFigures(page: Page) {
  return page.evaluate(() => {
    const m = performance.getEntriesByName('backstory-scan')[0] as PerformanceMeasure;
    const end = m.startTime + m.duration;
    const detail = m.detail as { marks: number; onTopic: boolean; cpuMs: number; yields: number };
    // The scan's own work: its slices, all of which lie inside the scan's window.
    const slices = performance.getEntriesByName('backstory-slice').filter((e) => e.startTime >= m.startTime - 0.001 && e.startTime + e.duration <= end + 0.001);
    const cpu = slices.reduce((sum, e) => sum + e.duration, 0);
    // Honesty checks: what the scan says it drew is registered, and the slices are the budget's.
    const drawn = ['ctx-mention', 'ctx-mention-quiet'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
    if (drawn !== detail.marks) throw new Error(`scan reports ${detail.marks} marks but ${drawn} are registered`);
    if (Math.abs(cpu - detail.cpuMs) > 0.5 + slices.length * 0.2) throw new Error(`slices add up to ${cpu} ms, the budget to ${detail.cpuMs} ms`);
    if (cpu > m.duration + 0.5) throw new Error('slices longer than the scan');
    const tasks = ((window as any).__longTasks as Array<[number, number]>).filter(([s, d]) => s < end && s + d > m.startTime);
    const phase = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? 0;
    const evalMs = phase('backstory-eval');
    return {
      phases: ['collect', 'match', 'marks', 'visibility', 'prepare', 'draw', 'report'].map((name) => `${name} ${phase(`backstory-${name}`).toFixed(1)}`).join(', '),
      scanMs: cpu,
      evalMs,
      scanWallMs: m.duration,
      yields: detail.yields,
      onTopic: detail.onTopic,
      marks: detail.marks,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
      nodesAdded: ((window as any).countPageNodes() as number) - ((window as any).initialNodes as number),
    };
  });
}

/** The matcher-only figure from the detect engineer's bench, when it is there. */
async function matcherFigure(): Promise<string> {
  if (!existsSync(path.join(root, 'test/bench/matcher-bench.ts'))) return '';
  const { benchMatcher, realPageText } = await import('./matcher-bench');
  const corpus = JSON.parse(readFileSync(compiledCorpusFile, 'utf8')) as { entities: Entity[] };
  const text = await realPageText(sharedPagesDir(root));
  const r = await benchMatcher(corpus.entities, text, 11);
  return ` matcher/loop=${r.ratioToLoop.toFixed(1)}`;
}

export async function benchDetect(): Promise<string> {
  const rows = await measurePages();
  const fmtMs = (ms: number | null) => (ms === null ? 'n/a' : ms.toFixed(1));
  const size = contentBundleSize();
  const lines = rows.map(
    (r) =>
      `  ${r.page}: B0 ${r.b0Ms.toFixed(1)} ms first walk (${r.b0WarmMs.toFixed(1)} repeated), floor ${r.floorMs.toFixed(1)} ms (×${(r.floorMs / r.b0Ms).toFixed(1)} B0), collector alone ${r.collectorMs.toFixed(1)} ms (×${(r.collectorMs / r.floorMs).toFixed(1)} floor; in thread time ${r.collectorCpuMs.toFixed(1)} against the floor's ${r.floorCpuMs.toFixed(1)}, ×${(r.collectorCpuMs / r.floorCpuMs).toFixed(1)}), scan CPU ${r.scanMs.toFixed(1)} ms (×${(r.scanMs / r.b0Ms).toFixed(1)} B0), ` +
      `wall ${r.scanWallMs.toFixed(1)} ms (${r.yields} yields), ${r.marks} marks${r.onTopic ? ' (on topic)' : ''}, ` +
      `mark.js ${r.markjsMs.toFixed(0)} ms (×${(r.markjsMs / r.scanWallMs).toFixed(1)} scan wall, +${r.markjsNodesAdded} nodes), ` +
      `[${r.phases}], long tasks ${r.longTasks} (longest ${r.longestTaskMs.toFixed(0)} ms), nodes added ${r.nodesAdded}, layouts ${r.layoutDelta ?? 'n/a'}\n` +
      `    content script main thread: eval ${r.evalMs.toFixed(1)} ms + scan CPU ${r.scanMs.toFixed(1)} ms; page script time on-off ${fmtMs(r.scriptDeltaMs)} ms, task time on-off ${fmtMs(r.taskDeltaMs)} ms`,
  );
  lines.unshift(`  content.js ${size.rawKb.toFixed(1)} KiB (gzip ${size.gzipKb.toFixed(1)} KiB)`);
  const ratios = (f: (r: PageFigures) => number) => rows.map((r) => `${r.page.split('/')[0]}:${f(r).toFixed(1)}`).join(',');
  const summary =
    `bench detect: content-gzip-kb=${size.gzipKb.toFixed(1)} eval-ms=${ratios((r) => r.evalMs)} script-on-off-ms=${ratios((r) => r.scriptDeltaMs ?? NaN)} scan/B0=${ratios((r) => r.scanMs / r.b0Ms)} scan/floor=${ratios((r) => r.scanMs / r.floorMs)} collector/floor=${ratios((r) => r.collectorMs / r.floorMs)} collector/floor-thread=${ratios((r) => r.collectorCpuMs / r.floorCpuMs)} scan-wall=${ratios((r) => r.scanWallMs)} markjs/scan=${ratios((r) => r.markjsMs / r.scanWallMs)} ` +
    `longtasks=${rows.reduce((n, r) => n + r.longTasks, 0)} nodes-added=${rows.reduce((n, r) => n + r.nodesAdded, 0)} ` +
    `layouts=${rows.map((r) => r.layoutDelta ?? 'n/a').join(',')}${await matcherFigure()} ` +
    `bounds: floor/B0=${ratios((r) => r.floorMs / r.b0Ms)} markjs/B0=${ratios((r) => r.markjsMs / r.b0Ms)}`;
  return [...lines, summary].join('\n');
}

if (typeof process !== 'undefined' && process.env.BACKSTORY_BENCH_MAIN) console.log(await benchDetect());
