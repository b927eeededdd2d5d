import { strToU8, zipSync } from 'fflate';
import * as v from 'valibot';
import type { ArticleInput } from '../model/user-article';
import { createArticleChecker } from './check-article';
import { packContentHash } from './content-hash';
import { PACK_ENTRIES, PACK_FORMAT, PACK_FORMAT_VERSION, packManifestSchema, type PackManifest } from './format';

/** What is wrong with the articles handed to `buildPack`: each problem with the article's index (0-based). */
export class PackBuildError extends Error {
  constructor(readonly problems: Array<{ index: number; message: string }>) {
    super(problems.map((p) => `article ${p.index + 1}: ${p.message}`).join('\n'));
    this.name = 'PackBuildError';
  }
}

// Field order of every line, so the same articles always give the same bytes.
const LINE_ORDER: Array<keyof ArticleInput> = ['url', 'title', 'outlet', 'author', 'date', 'language', 'text'];
// The zip's file times: a fixed day (built in local time, as zip stores it), not "now", so a build is reproducible.
const ZIP_TIME = new Date(1980, 0, 1);

/**
 * A `.backstory` pack (format in README.md) of these articles, as zip bytes: `manifest.json` then
 * `articles.jsonl`. Every article is checked as the reader will check it (schema, no duplicates by address
 * or text); any problem throws a PackBuildError naming each article by its index. The same articles and
 * `createdAt` give the same bytes.
 */
export function buildPack(info: { name: string; corpusVersion: string; createdAt?: string }, articles: ArticleInput[]): Uint8Array<ArrayBuffer> {
  const checker = createArticleChecker();
  const problems: Array<{ index: number; message: string }> = [];
  const lines: string[] = [];
  const hashes: string[] = [];
  articles.forEach((input, index) => {
    const checked = checker.check(input, `article ${index + 1}`);
    for (const message of checked.problems) problems.push({ index, message });
    if (!checked.article || !checked.hash) return;
    const article = checked.article;
    const ordered: Record<string, unknown> = {};
    for (const key of LINE_ORDER) if (article[key] !== undefined) ordered[key] = article[key];
    lines.push(JSON.stringify(ordered));
    hashes.push(checked.hash);
  });
  if (articles.length === 0) problems.push({ index: 0, message: 'a pack needs at least one article.' });
  if (problems.length > 0) throw new PackBuildError(problems);

  const manifest: PackManifest = v.parse(packManifestSchema, {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    name: info.name,
    createdAt: info.createdAt ?? new Date().toISOString(),
    corpusVersion: info.corpusVersion,
    articleCount: lines.length,
    contentHash: packContentHash(hashes),
  });
  return zipSync(
    {
      [PACK_ENTRIES.manifest]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      [PACK_ENTRIES.articles]: strToU8(`${lines.join('\n')}\n`),
    },
    { level: 6, mtime: ZIP_TIME },
  );
}
