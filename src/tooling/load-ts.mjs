// Runs one of the project's TypeScript modules from Node (build, CLI, benchmarks) by bundling it with
// esbuild first: the CLI and the build execute the very modules the extension ships, not copies.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findProjectRoot } from './project-root.mjs';

const root = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Bundle `entry` (relative to the project root) for Node and import it. */
export async function loadTs(entry) {
  const outdir = path.join(root, 'node_modules/.cache/backstory');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `${entry.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

export const projectRoot = root;
