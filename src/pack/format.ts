import * as v from 'valibot';
import { ARTICLE_LIMITS } from '../model/user-article';
import { oneLineCheck } from '../model/text-hygiene';
import { problemCode as code } from '../model/file-problem';

/**
 * The `.backstory` pack, format version 1 (documented in README.md beside this file).
 *
 * A zip archive with two entries:
 * - `manifest.json`: what the pack is (`packManifestSchema`);
 * - `articles.jsonl`: one article per line, each an `ArticleInput` (src/model/user-article.ts).
 *
 * The manifest's `contentHash` covers the articles (see `packContentHash`), so a pack whose lines were
 * changed after it was built is refused, and two imports of the same pack are recognised as one.
 */
export const PACK_FORMAT = 'backstory-pack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_EXTENSION = '.backstory';
export const PACK_ENTRIES = { manifest: 'manifest.json', articles: 'articles.jsonl' } as const;
/** More articles than this is not a pack someone shares but a dump; refused before anything is read. */
export const PACK_MAX_ARTICLES = 50_000;

// The messages are problem codes (model/file-problem.ts): a pack's refusal is said in the reader's language.
export const packManifestSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, code('check_other_format')),
  formatVersion: v.literal(PACK_FORMAT_VERSION, code('check_unknown_version')),
  // Shown in the interface's own sentences ("Imported 3 articles from …"): one line, no direction overrides.
  name: v.pipe(v.string(code('check_not_text')), v.trim(), v.minLength(1, code('check_empty')), v.maxLength(200, code('check_too_long')), oneLineCheck()),
  /** ISO 8601 date and time. */
  createdAt: v.pipe(v.string(code('check_not_text')), v.isoTimestamp(code('check_not_date_time'))),
  /** The corpus the pack was built beside (informational: a pack's articles compile against any corpus). */
  corpusVersion: v.pipe(v.string(code('check_not_text')), v.maxLength(100, code('check_too_long'))),
  articleCount: v.pipe(
    v.number(code('check_not_number')),
    v.integer(code('check_not_whole')),
    v.minValue(1, code('check_too_small')),
    v.maxValue(PACK_MAX_ARTICLES, code('check_too_large')),
  ),
  contentHash: v.pipe(v.string(code('check_not_text')), v.regex(/^[0-9a-f]{32}$/, code('check_not_hex_hash'))),
  /**
   * `"saved"`: the pack is a reader's backup of the articles they saved themselves ("Export my saved
   * articles"), and imports as their own saved articles, not as a pack. Absent: an ordinary pack.
   */
  origin: v.optional(v.literal('saved', code('check_not_one_of'))),
});
export type PackManifest = v.InferOutput<typeof packManifestSchema>;

/** The id a pack is stored and removed under: its content, so re-importing the same pack is recognised. */
export function packIdOf(manifest: Pick<PackManifest, 'contentHash'>): string {
  return `p-${manifest.contentHash.slice(0, 16)}`;
}

/**
 * Limits a reader enforces while it inflates, so a hostile zip (a "zip bomb", a line without end) is
 * refused before it fills memory. The sizes in a zip's headers are not trusted: bytes are counted as
 * they come out of the inflater.
 */
export const PACK_LIMITS = {
  /** A manifest is a dozen short fields; 64 KiB is far more than any real one. */
  manifestBytes: 64 * 1024,
  /**
   * The article cap (50,000) times ~20 KB, a long report of some 3,000 words: 1 GiB. Real packs are far
   * smaller (10,000 news articles are ~60 MB); anything larger is not a pack to share but an attack or a dump.
   */
  articlesBytes: 1024 * 1024 * 1024,
  /**
   * One line of articles.jsonl, in characters: the longest text (ARTICLE_LIMITS.textChars) with every
   * character escaped to two (a quote, a backslash, a line break), plus 64 Ki for the other fields.
   */
  lineChars: 2 * ARTICLE_LIMITS.textChars + 64 * 1024,
  /**
   * Empty lines in a row. A blank last line is fine and a few in the middle are each a problem; a run
   * longer than this is not a pack but a newline bomb (a 4 MB zip inflating to 4 GB of newlines), and
   * the reading stops at once instead of counting every one.
   */
  blankLines: 1000,
  /** A reader stops collecting after this many problems, in every loop: a broken pack needs no longer list. */
  problems: 100,
} as const;
