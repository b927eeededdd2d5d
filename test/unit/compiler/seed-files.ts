import path from 'node:path';
import { compileCorpusFromFiles, type SeedFile } from '../../../src/compiler'
import { readSeedFiles } from '../../../src/compiler/compile-fs';
import type { CompiledCorpus } from '../../../src/model/corpus-types';

/** Helpers shared by the corpus tests: the real seeds, compiled once per test file. */
export const SEEDS_DIR = path.resolve(__dirname, '../../../seeds');

let files: Promise<SeedFile[]> | undefined;
let bundle: Promise<CompiledCorpus> | undefined;

export function seedFiles(): Promise<SeedFile[]> {
  files ??= readSeedFiles(SEEDS_DIR);
  return files;
}

export function seedBundle(): Promise<CompiledCorpus> {
  bundle ??= seedFiles().then((f) => compileCorpusFromFiles(f));
  return bundle;
}

export function fileText(all: SeedFile[], p: string): string {
  const f = all.find((x) => x.path === p);
  if (!f) throw new Error(`no seed file ${p}`);
  return f.text;
}

/** The seed files with one file replaced (or added). */
export function withFile(all: SeedFile[], p: string, text: string): SeedFile[] {
  return [...all.filter((f) => f.path !== p), { path: p, text }];
}

/** The original text of a seed article (what follows its front matter). */
export function bodyOf(text: string): string {
  const close = text.indexOf('\n---\n', 3);
  return text.slice(close + 5);
}
