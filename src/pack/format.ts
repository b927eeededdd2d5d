import * as v from 'valibot';
import { ARTICLE_LIMITS } from '../model/user-article';
import { unsafeLineProblem } from '../model/text-hygiene';

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

export const packManifestSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `format must be "${PACK_FORMAT}".`),
  formatVersion: v.literal(PACK_FORMAT_VERSION, `formatVersion must be ${PACK_FORMAT_VERSION}: this version of Backstory reads packs of format ${PACK_FORMAT_VERSION} only.`),
  name: v.pipe(
    v.string('name must be text.'),
    v.trim(),
    v.minLength(1, 'name is empty.'),
    v.maxLength(200, 'name is longer than 200 characters.'),
    // Shown in the interface's own sentences ("Imported 3 articles from …"): one line, no direction overrides.
    v.check((s) => unsafeLineProblem(s, 'name') === null, (issue) => unsafeLineProblem(String(issue.input), 'name') ?? 'name is not valid.'),
  ),
  /** ISO 8601 date and time. */
  createdAt: v.pipe(v.string('createdAt must be text.'), v.isoTimestamp('createdAt must be an ISO date and time.')),
  /** The corpus the pack was built beside (informational: a pack's articles compile against any corpus). */
  corpusVersion: v.pipe(v.string('corpusVersion must be text.'), v.maxLength(100, 'corpusVersion is too long.')),
  articleCount: v.pipe(v.number('articleCount must be a number.'), v.integer('articleCount must be a whole number.'), v.minValue(1, 'articleCount must be at least 1.'), v.maxValue(PACK_MAX_ARTICLES, `articleCount must be at most ${PACK_MAX_ARTICLES}.`)),
  contentHash: v.pipe(v.string('contentHash must be text.'), v.regex(/^[0-9a-f]{32}$/, 'contentHash must be 32 hexadecimal digits.')),
  /**
   * `"saved"`: the pack is a reader's backup of the articles they saved themselves ("Export my saved
   * articles"), and imports as their own saved articles, not as a pack. Absent: an ordinary pack.
   */
  origin: v.optional(v.literal('saved', 'origin must be "saved" when it is there.')),
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
