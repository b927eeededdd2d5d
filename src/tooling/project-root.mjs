// The project root, found by walking up to Backstory's package.json: modules that locate files from
// their own path keep working when bundled elsewhere (the CLI, the benchmarks, node_modules/.cache).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function findProjectRoot(from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'backstory') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Backstory's package.json not found above ${from}`);
  }
}

// Material from elsewhere (real news pages, the seed originals) lives beside the repository, never in
// it: `../shared` from the project root, wherever the clone is. BACKSTORY_SHARED moves the whole
// folder; BACKSTORY_PAGES moves only the third-party pages.
export function sharedDir(root) {
  return path.resolve(process.env.BACKSTORY_SHARED ?? path.join(root, '..', 'shared'));
}

export function sharedPagesDir(root) {
  return path.resolve(process.env.BACKSTORY_PAGES ?? path.join(sharedDir(root), 'pages'));
}
