/**
 * The background compiler's memory with 10,000 of the reader's articles, in Node (no browser): what it holds
 * between saves (the per-article cache and the bundle served), and what one save allocates. Run in a child
 * process with `--expose-gc` and a young generation large enough that no collection runs during a save, so the
 * heap's growth over the save is what the save allocated (compile-memory.mjs starts it).
 *
 * Why both: the worker's heap peak in Chromium (large-corpus-bench.ts) follows what a save makes and keeps for
 * its length (promoted to the old generation) more than what stays. Keeping the cached mentions as numbers held
 * 14 MB less here, but made 27 MB more per save, and the worker's peak rose from 207 to 265 MB.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createIncrementalCompiler } from '../../src/compiler/incremental';
import type { SeedFile } from '../../src/compiler';
import { toUserArticleRecord } from '../../src/model/user-article';
import { packArticles } from './user-corpus-inputs';

const MB = 1024 * 1024;
const SAVES = 3;

export async function compileMemory(root: string, count: number): Promise<string> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (test/bench/compile-memory.mjs)');
  const used = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const files = JSON.parse(readFileSync(path.join(root, 'extension/seed-files.json'), 'utf8')) as SeedFile[];
  const records = packArticles(count).articles.map((a, i) => toUserArticleRecord(a, 'pack', i));
  const compiler = createIncrementalCompiler(async () => files);
  const base = used();
  let served = await compiler.compile(records);
  const held = used() - base;
  const allocated: number[] = [];
  const ms: number[] = [];
  for (let round = 0; round < SAVES; round++) {
    const saved = toUserArticleRecord(
      { url: `https://compile-memory.example/${round}`, title: 'Lavrov in Moscow', outlet: 'Bench Desk', date: '2025-12-02', text: `Sergei Lavrov met Asaad al-Shaibani in Moscow (round ${round + 1}), the Russian foreign ministry said.\n\nSergei Lavrov said Russia was ready to help.` },
      'saved',
      count + round,
    );
    const before = used();
    const started = performance.now();
    served = await compiler.compile([...records, saved]);
    ms.push(performance.now() - started);
    allocated.push(process.memoryUsage().heapUsed - before);
  }
  const heldAfter = used() - base;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return `bench compile-memory (Node): articles=${count} held-after-compile-mb=${(held / MB).toFixed(1)} held-after-saves-mb=${(heldAfter / MB).toFixed(1)} ` +
    `allocated-per-save-mb=${(median(allocated) / MB).toFixed(1)} save-compile-ms=${median(ms).toFixed(0)} (version ${served.version.slice(0, 8)})`;
}
