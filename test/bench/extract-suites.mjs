// The extraction suites alone (what `npm run bench` runs as its `extract` area): `node test/bench/extract-suites.mjs`.
// BACKSTORY_SUITE_SAMPLE=100 measures a spread of 100 pages per suite; BACKSTORY_SUITE_VERBOSE=1 lists the misses.
import { loadTs } from '../../src/tooling/load-ts.mjs';

const { benchExtractSuites } = await loadTs('test/bench/extract-suites-bench.ts');
console.log(benchExtractSuites());
