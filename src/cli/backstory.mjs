#!/usr/bin/env node
// `npx backstory detect|card|search`: the corpus maintainers' terminal view of the extension's judgement.
// It bundles src/cli/main.ts on the fly, so it always runs the very modules the extension ships.
import { loadTs, projectRoot } from '../tooling/load-ts.mjs';

const { main } = await loadTs('src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }, projectRoot);
