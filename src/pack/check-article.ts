import * as v from 'valibot';
import { articleContentHash, articleInputSchema, canonicalUrlKey, type ArticleInput } from '../model/user-article';
import { contentHash } from '../model/hash';
import { PACK_LIMITS } from './format';
import { clip, quote } from './quote';
import { fileProblemOf, showValue, type FileProblem, type FileProblemCode, type FileProblemParams } from '../model/file-problem';

/**
 * One article's checks, shared by everything that takes articles into a pack or out of one: the pack
 * reader (a line of articles.jsonl), `buildPack`, and `npx backstory pack build` (a file of the folder).
 * Problems are codes with their data (model/file-problem.ts), said by the page or the CLI that shows them.
 * So a pack the CLI builds is one the reader accepts, and both say the same thing about the same mistake.
 */

const FIELDS = Object.keys(articleInputSchema.entries) as Array<keyof ArticleInput>;
const REQUIRED = FIELDS.filter((k) => articleInputSchema.entries[k].type !== 'optional');

/** `JSON.parse` of one line, or the parser's reason as the problem's data. */
export function parseJsonLine(text: string): { value: unknown } | { problem: FileProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    // The parser quotes a bit of the text: keep it on one line, and short.
    return { problem: { code: 'check_not_json', params: { detail: clip((err instanceof Error ? err.message : String(err)).slice(0, 200).replace(/\s+/g, ' ')) } } };
  }
}

export interface CheckedArticle {
  /** The article as the schema outputs it (titles trimmed); absent when there are problems. */
  article?: ArticleInput;
  /** `articleContentHash(article.text)`, for the pack's content hash. */
  hash?: string;
  /** One per thing wrong, each naming the field. */
  problems: FileProblem[];
  /** Which field each problem is about, in step with `problems` (undefined: the article as a whole). */
  fields: Array<string | undefined>;
}

/**
 * Checks articles one after another and remembers, for each, only two short keys (a hash of its canonical
 * URL and its content hash) with a label saying where it was ("articles.jsonl:3", "notes/a.txt"), so a later
 * copy is reported as "same address as articles.jsonl:3". Memory: about 100 bytes per article, never the texts.
 */
export function createArticleChecker(): { check(value: unknown, label: string): CheckedArticle } {
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();

  return {
    check(value, label) {
      const out: CheckedArticle = { problems: [], fields: [] };
      const problem = (code: FileProblemCode, params: FileProblemParams, field?: string) => {
        out.problems.push({ code, params });
        out.fields.push(field);
      };
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem('check_article_not_object', { fields: FIELDS.join(', '), value: showValue(value) });
        return out;
      }
      const record = value as Record<string, unknown>;
      for (const key of REQUIRED) if (!(key in record)) problem('check_field_missing', { field: key }, key);
      // A line may hold a million keys, each two million characters long: the loop stops at the cap, and
      // the message quotes at most 80 characters of the key (and so the field is named by a cut key too).
      for (const key in record) {
        if (out.problems.length >= PACK_LIMITS.problems) return out;
        if (!(FIELDS as string[]).includes(key)) problem('check_field_unknown', { field: quote(key), fields: FIELDS.join(', ') }, clip(key));
      }
      const result = v.safeParse(articleInputSchema, value);
      if (!result.success) {
        // One message per field (the first), for fields present: missing and unknown ones are said above.
        const said = new Set<string>();
        for (const issue of result.issues) {
          const key = String(issue.path?.[0]?.key ?? '');
          if (said.has(key) || !(key in record) || !(FIELDS as string[]).includes(key)) continue;
          said.add(key);
          const { code, params = {} } = fileProblemOf(issue, key);
          problem(code, params, key);
        }
      }
      if (out.problems.length > 0 || !result.success) return out;

      const article = result.output;
      const hash = articleContentHash(article.text);
      const urlHash = contentHash(canonicalUrlKey(article.url));
      const sameUrl = byUrl.get(urlHash);
      const sameText = byText.get(hash);
      if (sameUrl !== undefined && sameUrl === sameText) problem('check_duplicate_article', { value: sameUrl });
      else {
        if (sameUrl !== undefined) problem('check_duplicate_url', { value: sameUrl }, 'url');
        if (sameText !== undefined) problem('check_duplicate_text', { value: sameText }, 'text');
      }
      if (sameUrl === undefined) byUrl.set(urlHash, label);
      if (sameText === undefined) byText.set(hash, label);
      if (out.problems.length > 0) return out;
      out.article = article;
      out.hash = hash;
      return out;
    },
  };
}
