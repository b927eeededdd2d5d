import { openAsBlob } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toUserArticleRecord, type UserArticleRecord } from '../../model/user-article';
import { buildPack, formatProblem, PackReadError, packIdOf, readPackArticles, validatePack, type PackManifest, type PackProblem, type PackSource } from '../../pack';
import { readArticleFolder } from './article-files';
import { sayInEnglish } from './catalogue';

/** A pack's problem said with the extension's English catalogue (its code is the key). */
const inEnglish = (problem: PackProblem) => formatProblem(problem, sayInEnglish);

/**
 * `backstory pack build|check` and the packs `card` and `search` take with `--with`: the same pack code
 * the options page runs (src/pack), over files.
 */

/** What a command says: `out` for the result, `err` for problems; `code` is the exit code. */
export interface CommandOutput {
  code: number;
  out: string;
  err: string;
}

/** A pack file as the pack reader takes it: streamed from disk, never read whole; named by its path as given, so problems read `desk.backstory/articles.jsonl:3`. */
export async function packFileSource(file: string): Promise<PackSource> {
  const blob = await openAsBlob(file);
  return { name: file, stream: () => blob.stream() as ReadableStream<Uint8Array> };
}

/**
 * `backstory pack build <folder> --out <file> [--name <name>]`: every article file of the folder (see
 * article-files.ts) into one pack. Any problem in any file: all of them are reported and nothing is written.
 */
export async function packBuildCommand(folder: string, options: { out: string; name?: string; corpusVersion: string; createdAt?: string }): Promise<CommandOutput> {
  const found = await readArticleFolder(folder);
  const notes = found.skipped.map((f) => `backstory: skipped ${f}: a pack is built from .json, .jsonl and .txt files\n`).join('');
  if (found.problems.length > 0) {
    const n = found.problems.length;
    return { code: 1, out: '', err: `${notes}${found.problems.join('\n')}\nbackstory: ${n} problem${n === 1 ? '' : 's'}; no pack was written.\n` };
  }
  if (found.articles.length === 0) return { code: 1, out: '', err: `${notes}backstory: ${folder} holds no article files (.json, .jsonl, .txt); no pack was written.\n` };
  const name = options.name ?? path.basename(path.resolve(folder));
  const info = { name, corpusVersion: options.corpusVersion, ...(options.createdAt ? { createdAt: options.createdAt } : {}) };
  const bytes = buildPack(info, found.articles);
  // Read it as an importer will before writing it: the summary is the reader's view, and a pack the
  // reader would refuse is never written.
  const check = await validatePack({ name: options.out, stream: () => new Blob([bytes]).stream() });
  if (check.problems.length > 0 || !check.manifest) return { code: 1, out: '', err: `${notes}${check.problems.map(inEnglish).join('\n')}\n` };
  await writeFile(options.out, bytes);
  return { code: 0, out: `Wrote ${options.out}\n${summary(check.manifest)}`, err: notes };
}

function summary(m: PackManifest): string {
  return [
    `  name         ${m.name}`,
    `  articles     ${m.articleCount}`,
    `  created      ${m.createdAt}`,
    `  corpus       ${m.corpusVersion}`,
    `  contentHash  ${m.contentHash} (pack id ${packIdOf(m)})`,
    '',
  ].join('\n');
}

/** `backstory pack check <file>`: each problem as `file:line: reason`, or what the pack is. */
export async function packCheckCommand(file: string): Promise<CommandOutput> {
  const { manifest, problems, articleCount } = await validatePack(await packFileSource(file));
  if (problems.length > 0 || !manifest) {
    const n = problems.length;
    return { code: 1, out: `${problems.map(inEnglish).join('\n')}\n`, err: `backstory: ${n} problem${n === 1 ? '' : 's'}: Backstory would refuse ${file}.\n` };
  }
  return { code: 0, out: `${file}: a valid Backstory pack (format ${manifest.formatVersion}), ${articleCount} articles\n${summary(manifest)}`, err: '' };
}

/** A pack `--with` could not take: its problems, each as `file:line: reason`. */
export class PackRefusedError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file} is not a pack Backstory can read:\n${problems.join('\n')}`);
    this.name = 'PackRefusedError';
  }
}

/**
 * `--with <pack>` (any number): each pack validated, then its articles turned into the records an import
 * stores (origin "pack", the pack's id, saved at its createdAt), for `compileCorpus(…, { userArticles })`.
 * Also the pack names by pack id, for the output to say where a source came from.
 */
export async function loadPacks(files: string[]): Promise<{ records: UserArticleRecord[]; names: Map<string, string> }> {
  const records: UserArticleRecord[] = [];
  const names = new Map<string, string>();
  for (const file of files) {
    const source = await packFileSource(file);
    const { manifest, problems } = await validatePack(source);
    if (problems.length > 0 || !manifest) throw new PackRefusedError(file, problems.map(inEnglish));
    const packId = packIdOf(manifest);
    names.set(packId, manifest.name);
    const savedAt = Date.parse(manifest.createdAt);
    try {
      for await (const chunk of readPackArticles(source, 500)) {
        for (const input of chunk.articles) records.push(toUserArticleRecord(input, 'pack', savedAt, packId));
      }
    } catch (err) {
      // The pack changed after it was checked: said like the check's problems.
      if (err instanceof PackReadError) throw new PackRefusedError(file, [inEnglish(err.problem)]);
      throw err;
    }
  }
  return { records, names };
}
