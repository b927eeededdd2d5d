// The compile-memory bench (compile-memory-bench.ts), run by `BACKSTORY_BENCH_ONLY=compile-memory npm run bench` in a
// child started with --expose-gc and a 1 GB young generation (see that file), after `node build.mjs`.
import { loadTs } from '../../src/tooling/load-ts.mjs';
import { findProjectRoot } from '../../src/tooling/project-root.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
const { compileMemory } = await loadTs('test/bench/compile-memory-bench.ts');
console.log(await compileMemory(root, Number(process.env.BACKSTORY_BENCH_PACK_ARTICLES ?? 10_000)));
