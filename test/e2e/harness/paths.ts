import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { findProjectRoot } from '../../../src/tooling/project-root.mjs';

/** Found by walking up, so benchmarks bundled into node_modules/.cache still find the project. */
export const root: string = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const chromeBuild = path.join(root, 'extension');
export const firefoxBuild = path.join(root, 'extension-firefox');
/** The seeds compiled by the build (not shipped: the extension compiles seed-files.json itself). */
export const compiledCorpusFile = path.join(root, '.cache/corpus.json');
/** Screenshots the tests take, to be looked at by a person. */
export const screenshotDir = path.join(root, 'test-results/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return path.join(screenshotDir, `${name}.png`);
}

export function tempProfile(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `backstory-${prefix}-`));
}
