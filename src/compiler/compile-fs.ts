import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { CompiledCorpus } from '../model/corpus-types';
import { compileCorpusFromFiles, type CompileOptions, type SeedFile } from './compile-corpus';

/** Every `.yaml` and `.txt` file under `seedsDir`, with paths relative to it, sorted. */
export async function readSeedFiles(seedsDir: string): Promise<SeedFile[]> {
  const entries = await readdir(seedsDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && /\.(?:ya?ml|txt)$/.test(e.name))
    .map((e) => relative(seedsDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(seedsDir, path), 'utf8') })));
}

/** Compile the seeds folder (the thin fs wrapper around `compileCorpusFromFiles`). */
export async function compileCorpus(seedsDir: string, options?: CompileOptions): Promise<CompiledCorpus> {
  return compileCorpusFromFiles(await readSeedFiles(seedsDir), options);
}
