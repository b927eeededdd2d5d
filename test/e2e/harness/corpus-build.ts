/**
 * Builds of the extension with another corpus: the real build's scripts, pages and manifest, with a
 * corpus compiled here from seed files (the seeds changed, or thousands of synthetic articles), by the
 * same compiler and packaging steps as build.mjs. For tests of corpus updates and large imports.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileCorpusFromFiles, shippedBundle, shippedCorpusMeta, type SeedFile } from '../../../src/compiler'
import { readSeedFiles } from '../../../src/compiler/compile-fs';
import type { CorpusBundle } from '../../../src/model/corpus-types';
import { generateSyntheticSeeds } from '../../bench/synthetic-corpus';
import { chromeBuild, firefoxBuild, root, tempProfile } from './paths';

export type BuildTarget = 'chrome' | 'firefox';

/** The project's seed files, to change before compiling. */
export function projectSeeds(): Promise<SeedFile[]> {
  return readSeedFiles(path.join(root, 'seeds'));
}

/** The seeds' gazetteer, facets and rules with `count` synthetic articles instead of the five real ones. */
export async function syntheticSeeds(count: number): Promise<SeedFile[]> {
  const support = (await projectSeeds()).filter((f) => !f.path.startsWith('articles/'));
  return [...support, ...generateSyntheticSeeds(count, 7)];
}

/** Writes the corpus compiled from `files` into a build folder, as build.mjs packages it. */
export function writeCorpus(dir: string, files: readonly SeedFile[]): CorpusBundle {
  const bundle = shippedBundle(compileCorpusFromFiles([...files]));
  writeFileSync(path.join(dir, 'corpus-meta.json'), JSON.stringify(shippedCorpusMeta(bundle)));
  writeFileSync(path.join(dir, 'seed-files.json'), JSON.stringify(files));
  return bundle;
}

/** A copy of the real build for `target` in a fresh folder, carrying the corpus compiled from `files`. */
export function buildWithCorpus(target: BuildTarget, files: readonly SeedFile[]): { dir: string; bundle: CorpusBundle } {
  const dir = tempProfile(`build-${target}`);
  cpSync(target === 'chrome' ? chromeBuild : firefoxBuild, dir, { recursive: true });
  return { dir, bundle: writeCorpus(dir, files) };
}
