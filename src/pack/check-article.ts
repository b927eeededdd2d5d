import * as v from 'valibot';
import { articleContentHash, articleInputSchema, canonicalUrlKey, type ArticleInput } from '../model/user-article';
import { contentHash } from '../model/hash';
import { PACK_LIMITS } from './format';
import { clip, quote } from './quote';

/**
 * One article's checks, shared by everything that takes articles into a pack or out of one: the pack
 * reader (a line of articles.jsonl), `buildPack`, and `npx backstory pack build` (a file of the folder).
 * So a pack the CLI builds is one the reader accepts, and both say the same thing about the same mistake.
 */

const FIELDS = Object.keys(articleInputSchema.entries) as Array<keyof ArticleInput>;
const REQUIRED = FIELDS.filter((k) => articleInputSchema.entries[k].type !== 'optional');

/** `JSON.parse` of one line, or the parser's reason in a sentence. */
export function parseJsonLine(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    // The parser quotes a bit of the text: keep the sentence on one line, and short.
    return { problem: `not valid JSON: ${clip((err instanceof Error ? err.message : String(err)).slice(0, 200).replace(/\s+/g, ' '))}` };
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

export interface CheckedArticle {
  /** The article as the schema outputs it (titles trimmed); absent when there are problems. */
  article?: ArticleInput;
  /** `articleContentHash(article.text)`, for the pack's content hash. */
  hash?: string;
  /** Plain sentences, one per thing wrong, each naming the field. */
  problems: string[];
  /** Which field each problem is about, in step with `problems` (undefined: the article as a whole). */
  fields: Array<string | undefined>;
}

/**
 * Checks articles one after another and remembers, for each, only two short keys (a hash of its canonical
 * URL and its content hash) with a label saying where it was ("line 3", "notes/a.txt"), so a later copy is
 * reported as "same address as line 3". Memory: about 100 bytes per article, never the texts.
 */
export function createArticleChecker(): { check(value: unknown, label: string): CheckedArticle } {
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();

  return {
    check(value, label) {
      const out: CheckedArticle = { problems: [], fields: [] };
      const problem = (message: string, field?: string) => {
        out.problems.push(message);
        out.fields.push(field);
      };
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem(`an article must be a JSON object with ${FIELDS.join(', ')}; this is ${kindOf(value)}.`);
        return out;
      }
      const record = value as Record<string, unknown>;
      for (const key of REQUIRED) if (!(key in record)) problem(`missing field "${key}".`, key);
      // A line may hold a million keys, each two million characters long: the loop stops at the cap, and
      // the message quotes at most 80 characters of the key (and so the field is named by a cut key too).
      for (const key in record) {
        if (out.problems.length >= PACK_LIMITS.problems) return out;
        if (!(FIELDS as string[]).includes(key)) problem(`unknown field ${quote(key)}: an article has only ${FIELDS.join(', ')}.`, clip(key));
      }
      const result = v.safeParse(articleInputSchema, value);
      if (!result.success) {
        // One message per field (the first), for fields present: missing and unknown ones are said above.
        const said = new Set<string>();
        for (const issue of result.issues) {
          const key = String(issue.path?.[0]?.key ?? '');
          if (said.has(key) || !(key in record) || !(FIELDS as string[]).includes(key)) continue;
          said.add(key);
          problem(issue.message, key);
        }
      }
      if (out.problems.length > 0 || !result.success) return out;

      const article = result.output;
      const hash = articleContentHash(article.text);
      const urlHash = contentHash(canonicalUrlKey(article.url));
      const sameUrl = byUrl.get(urlHash);
      const sameText = byText.get(hash);
      if (sameUrl !== undefined && sameUrl === sameText) problem(`duplicate article: same address and same text as ${sameUrl}.`);
      else {
        if (sameUrl !== undefined) problem(`duplicate article: same address as ${sameUrl}.`, 'url');
        if (sameText !== undefined) problem(`duplicate article: same text as ${sameText}.`, 'text');
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
