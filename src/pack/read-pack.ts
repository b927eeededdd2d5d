import { canonicalUrlKey, userArticleId, type ArticleInput } from '../model/user-article';
import { createArticleChecker, parseJsonLine } from './check-article';
import { checkManifest, manifestLineOf } from './check-manifest';
import { createPackHasher } from './content-hash';
import { PACK_ENTRIES, PACK_LIMITS, PACK_MAX_ARTICLES, type PackManifest } from './format';
import { packEvents, type PackProblem, type PackSource } from './pack-stream';
import type { FileProblemCode, FileProblemParams } from '../model/file-problem';

export type { PackProblem, PackSource } from './pack-stream';

/**
 * Reading a `.backstory` pack (README.md beside this file), in two streaming passes over the same bytes:
 * `validatePack` says everything that is wrong, with its file and line, before anything is written;
 * `readPackArticles` then hands out the articles in chunks to write. Neither holds the pack or its texts:
 * the first keeps two 32-character keys per article (to find duplicates), the second one chunk.
 */

/**
 * `"pack.backstory/articles.jsonl:12: missing field "date"."`, the sentence said by `say` (the page's or the
 * CLI's catalogue: the code is its key); the line is left out when the problem is about the whole file.
 */
export function formatProblem(p: PackProblem, say: (code: FileProblemCode, params: FileProblemParams) => string): string {
  const sentence = say(p.code, p.params ?? {});
  return p.line > 0 ? `${p.file}:${p.line}: ${sentence}` : `${p.file}: ${sentence}`;
}

export interface ValidatePackOptions {
  /**
   * Whether an article is already in the reader's corpus (the import will skip it, not refuse it): the
   * lines it says yes to are counted in `known`.
   */
  isKnown?: (article: { id: string; urlKey: string; contentHash: string }) => boolean | Promise<boolean>;
  /** Called every few hundred lines and at the end; `total` is the manifest's count once it has been read. */
  onProgress?: (linesRead: number, total?: number) => void;
}

export interface PackValidation {
  /** The manifest, when it is valid. */
  manifest: PackManifest | null;
  /** Article lines read (blank lines not counted). */
  articleCount: number;
  /** Of those, how many `isKnown` recognised. */
  known: number;
  /** Empty when the pack may be imported. At most PACK_LIMITS.problems, then a last one saying there are more. */
  problems: PackProblem[];
}

const PROGRESS_EVERY = 500;

export async function validatePack(source: PackSource, options: ValidatePackOptions = {}): Promise<PackValidation> {
  const articlesFile = `${source.name}/${PACK_ENTRIES.articles}`;
  const manifestFile = `${source.name}/${PACK_ENTRIES.manifest}`;
  const problems: PackProblem[] = [];
  /** Every problem goes through here, in every loop: past the cap, the reading ends. */
  const full = () => problems.length >= PACK_LIMITS.problems;
  const add = (problem: PackProblem) => {
    if (!full()) problems.push(problem);
  };
  const checker = createArticleChecker();
  const hasher = createPackHasher();
  let manifest: PackManifest | null = null;
  let manifestText = '';
  let lines = 0;
  let known = 0;
  let allValid = true;
  let articlesSeen = false;
  let complete = true;
  // Empty lines since the last article: a problem only if another article follows (a blank end is fine).
  // The stream ends a run longer than PACK_LIMITS.blankLines, so this holds at most that many numbers.
  let blanks: number[] = [];

  reading: for await (const event of packEvents(source)) {
    switch (event.kind) {
      case 'entry':
        if (event.name === PACK_ENTRIES.articles) articlesSeen = true;
        break;
      case 'problem':
        add(event.problem);
        if (event.fatal) complete = false;
        break;
      case 'manifest': {
        const checked = checkManifest(event.text);
        const found = checked.problems.map((p) => ({ file: manifestFile, ...p }));
        if (checked.refused) {
          // A pack of another format or version: that is the reason, whatever its lines say.
          problems.splice(0, problems.length, ...found.slice(0, PACK_LIMITS.problems));
          complete = false;
          break reading;
        }
        for (const problem of found) add(problem);
        manifest = checked.manifest ?? null;
        manifestText = event.text;
        break;
      }
      case 'line': {
        if (event.text !== null && event.text.trim() === '') {
          blanks.push(event.line);
          break;
        }
        for (const line of blanks) add({ file: articlesFile, line, code: 'check_blank_line' });
        blanks = [];
        if (++lines > PACK_MAX_ARTICLES) {
          add({ file: articlesFile, line: event.line, code: 'check_too_many_articles', params: { limit: PACK_MAX_ARTICLES } });
          complete = false;
          break reading;
        }
        if (event.text === null) {
          allValid = false;
          break;
        }
        const parsed = parseJsonLine(event.text);
        const checked = 'problem' in parsed ? { problems: [parsed.problem] } : checker.check(parsed.value, `${PACK_ENTRIES.articles}:${event.line}`);
        for (const problem of checked.problems) add({ file: articlesFile, line: event.line, ...problem });
        if ('hash' in checked && checked.hash && checked.article) {
          hasher.add(checked.hash);
          const keys = { id: userArticleId(checked.hash), urlKey: canonicalUrlKey(checked.article.url), contentHash: checked.hash };
          if (options.isKnown && (await options.isKnown(keys))) known++;
        } else allValid = false;
        if (lines % PROGRESS_EVERY === 0) options.onProgress?.(lines, manifest?.articleCount);
        break;
      }
    }
    if (full()) {
      problems.push({ file: source.name, line: 0, code: 'check_more_problems', params: { limit: PACK_LIMITS.problems } });
      complete = false;
      break;
    }
  }

  if (complete && manifest && articlesSeen) {
    if (lines !== manifest.articleCount) {
      const params = { said: manifest.articleCount, held: lines, entry: PACK_ENTRIES.articles };
      problems.push({ file: manifestFile, line: manifestLineOf(manifestText, 'articleCount'), code: 'check_count_mismatch', params });
    } else if (allValid && hasher.digest() !== manifest.contentHash) {
      problems.push({ file: articlesFile, line: 0, code: 'check_hash_mismatch' });
    }
  }
  options.onProgress?.(lines, manifest?.articleCount);
  return { manifest, articleCount: lines, known, problems };
}

/** Thrown by `readPackArticles` at the first thing wrong (callers validate first, so this means the pack changed or was never checked). */
export class PackReadError extends Error {
  constructor(readonly problem: PackProblem) {
    super(`${problem.file}:${problem.line}: ${problem.code} ${JSON.stringify(problem.params ?? {})}`);
    this.name = 'PackReadError';
  }
}

/**
 * The pack's articles, parsed by the article schema (fields trimmed), `chunkSize` at a time with the index
 * (0-based) of the first in the pack: what `packImportChunk` carries, so a repeated chunk is written once. Throws PackReadError at the first problem; the checks that need the whole file
 * (article count, content hash) run after the last chunk, so a caller writing chunks must keep the import
 * uncommitted until the generator has finished.
 */
export async function* readPackArticles(source: PackSource, chunkSize: number): AsyncGenerator<{ first: number; articles: ArticleInput[] }, void, undefined> {
  const articlesFile = `${source.name}/${PACK_ENTRIES.articles}`;
  const manifestFile = `${source.name}/${PACK_ENTRIES.manifest}`;
  const checker = createArticleChecker();
  const hasher = createPackHasher();
  let manifest: PackManifest | undefined;
  let chunk: ArticleInput[] = [];
  let first = 0;
  let lines = 0;
  let blank = 0;

  for await (const event of packEvents(source)) {
    if (event.kind === 'problem') throw new PackReadError(event.problem);
    if (event.kind === 'manifest') {
      const checked = checkManifest(event.text);
      const problem = checked.problems[0];
      if (problem) throw new PackReadError({ file: manifestFile, ...problem });
      manifest = checked.manifest;
    }
    if (event.kind !== 'line' || event.text === null) continue;
    if (event.text.trim() === '') {
      blank ||= event.line;
      continue;
    }
    if (blank) throw new PackReadError({ file: articlesFile, line: blank, code: 'check_blank_line' });
    const parsed = parseJsonLine(event.text);
    const checked = 'problem' in parsed ? { problems: [parsed.problem] } : checker.check(parsed.value, `${PACK_ENTRIES.articles}:${event.line}`);
    const problem = checked.problems[0];
    if (problem !== undefined || !('article' in checked) || !checked.article || !checked.hash) {
      throw new PackReadError({ file: articlesFile, line: event.line, ...(problem ?? { code: 'check_invalid', params: { field: PACK_ENTRIES.articles } }) });
    }
    hasher.add(checked.hash);
    if (chunk.length === 0) first = lines;
    lines++;
    chunk.push(checked.article);
    if (chunk.length >= chunkSize) {
      yield { first, articles: chunk };
      chunk = [];
    }
  }
  if (chunk.length > 0) yield { first, articles: chunk };
  if (!manifest) throw new PackReadError({ file: manifestFile, line: 0, code: 'check_pack_entry_missing', params: { entry: PACK_ENTRIES.manifest } });
  if (lines !== manifest.articleCount || hasher.digest() !== manifest.contentHash) {
    throw new PackReadError({ file: articlesFile, line: 0, code: 'check_pack_changed' });
  }
}
