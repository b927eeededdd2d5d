// `npm run bench` (after the build): bundles the benchmark modules with the project's own code and runs them.
import { loadTs } from '../../src/tooling/load-ts.mjs';

const { runBenchmarks } = await loadTs('test/bench/index.ts');
await runBenchmarks();
