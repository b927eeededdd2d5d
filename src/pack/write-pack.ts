import { strToU8, zipSync } from 'fflate';
import { createZipWriter } from './zip-writer';
import * as v from 'valibot';
import type { ArticleInput } from '../model/user-article';
import type { FileProblem } from '../model/file-problem';
import { createArticleChecker } from './check-article';
import { createPackHasher, packContentHash } from './content-hash';
import { PACK_ENTRIES, PACK_FORMAT, PACK_FORMAT_VERSION, packManifestSchema, type PackManifest } from './format';

/** What is wrong with the articles handed to `buildPack`: each problem (a code) with the article's index (0-based); `message` is for logs. */
export class PackBuildError extends Error {
  constructor(readonly problems: Array<{ index: number; problem: FileProblem }>) {
    super(problems.map((p) => `#${p.index + 1}: ${p.problem.code} ${JSON.stringify(p.problem.params ?? {})}`).join('\n'));
    this.name = 'PackBuildError';
  }
}

// Field order of every line, so the same articles always give the same bytes.
const LINE_ORDER: Array<keyof ArticleInput> = ['url', 'title', 'outlet', 'author', 'date', 'dateSource', 'language', 'text'];
// The zip's file times: a fixed day (built in local time, as zip stores it), not "now", so a build is reproducible.
const ZIP_TIME = new Date(1980, 0, 1);

/**
 * A `.backstory` pack (format in README.md) of these articles, as zip bytes: `manifest.json` then
 * `articles.jsonl`. Every article is checked as the reader will check it (schema, no duplicates by address
 * or text); any problem throws a PackBuildError naming each article by its index. The same articles and
 * `createdAt` give the same bytes.
 */
export interface PackInfo {
  name: string;
  corpusVersion: string;
  createdAt?: string;
  /** `"saved"`: a backup of the reader's own saved articles, which imports as theirs (format.ts). */
  origin?: 'saved';
}

/** One line of articles.jsonl: the fields in LINE_ORDER, so the same article always gives the same bytes. */
function packLine(article: ArticleInput): string {
  const ordered: Record<string, unknown> = {};
  for (const key of LINE_ORDER) if (article[key] !== undefined) ordered[key] = article[key];
  return JSON.stringify(ordered);
}

function manifestOf(info: PackInfo, articleCount: number, hashes: Iterable<string>): PackManifest {
  return v.parse(packManifestSchema, {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    name: info.name,
    createdAt: info.createdAt ?? new Date().toISOString(),
    corpusVersion: info.corpusVersion,
    articleCount,
    contentHash: packContentHash(hashes),
    ...(info.origin ? { origin: info.origin } : {}),
  });
}

export function buildPack(info: PackInfo, articles: ArticleInput[]): Uint8Array<ArrayBuffer> {
  const checker = createArticleChecker();
  const problems: Array<{ index: number; problem: FileProblem }> = [];
  const lines: string[] = [];
  const hashes: string[] = [];
  articles.forEach((input, index) => {
    const checked = checker.check(input, `#${index + 1}`);
    for (const problem of checked.problems) problems.push({ index, problem });
    if (!checked.article || !checked.hash) return;
    lines.push(packLine(checked.article));
    hashes.push(checked.hash);
  });
  if (articles.length === 0) problems.push({ index: 0, problem: { code: 'check_pack_needs_article' } });
  if (problems.length > 0) throw new PackBuildError(problems);

  const manifest = manifestOf(info, lines.length, hashes);
  return zipSync(
    {
      [PACK_ENTRIES.manifest]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      [PACK_ENTRIES.articles]: strToU8(`${lines.join('\n')}\n`),
    },
    { level: 6, mtime: ZIP_TIME },
  );
}

export interface PackWriter {
  /** Checks the article as the reader will (throws PackBuildError) and deflates its line. */
  add(article: ArticleInput): void;
  /** Writes the manifest and ends the zip: its manifest, and the archive's bytes in pieces (for a Blob). */
  finish(): { manifest: PackManifest; parts: Uint8Array<ArrayBuffer>[] };
}

/**
 * A pack written as its articles arrive, at any size: each line is deflated as it is added, so neither
 * the articles nor their text are ever held whole, only the compressed bytes (as pieces a Blob takes).
 * articles.jsonl comes first and the manifest last, since its count and content hash are known only at
 * the end (a reader takes the entries in either order). Each entry's sizes are in its header, never in a
 * data descriptor (zip-writer.ts says why). Memory: the compressed pack and two short keys per article.
 */
export function createPackWriter(info: PackInfo): PackWriter {
  const checker = createArticleChecker();
  const hasher = createPackHasher();
  const zip = createZipWriter();
  const lines = zip.entry(PACK_ENTRIES.articles);
  let count = 0;
  return {
    add(input) {
      const checked = checker.check(input, `#${count + 1}`);
      if (!checked.article || !checked.hash) throw new PackBuildError(checked.problems.map((problem) => ({ index: count, problem })));
      lines.push(strToU8(`${packLine(checked.article)}\n`));
      hasher.add(checked.hash);
      count++;
    },
    finish() {
      if (count === 0) throw new PackBuildError([{ index: 0, problem: { code: 'check_pack_needs_article' } }]);
      lines.end();
      const manifest = { ...manifestOf(info, count, []), contentHash: hasher.digest() };
      const entry = zip.entry(PACK_ENTRIES.manifest);
      entry.push(strToU8(`${JSON.stringify(manifest, null, 2)}\n`));
      entry.end();
      return { manifest, parts: zip.finish() };
    },
  };
}
