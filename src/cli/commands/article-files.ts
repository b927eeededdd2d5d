import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '../../model/user-article';
import { sayInEnglish } from './catalogue';
import { createArticleChecker, parseJsonLine } from '../../pack';

/**
 * The article files `npx backstory pack build <folder>` reads, each checked exactly as a pack's line is
 * (the pack's own checker, duplicates included), every problem placed as `file:line: reason`:
 * - `.json`: one article object;
 * - `.jsonl`: one article object per line;
 * - `.txt`: a front matter block between `---` lines (`key: value`, one per line: url, title, outlet,
 *   author, date, dateSource (`assumed` when the date is only a default), language), then the text, paragraphs
 *   separated by blank lines.
 */

export interface ArticleFiles {
  /** In file order (paths sorted), then line order. */
  articles: ArticleInput[];
  problems: string[];
  /** Files of other kinds in the folder, which were not read. */
  skipped: string[];
}

/** One article as a file gives it, before checking: where it is and where each of its fields is. */
interface Candidate {
  value: unknown;
  /** How a duplicate names it: "a.txt", "b.jsonl:3". */
  label: string;
  fieldLine(field: string | undefined): number;
}

const FRONT_MATTER_KEYS = ['url', 'title', 'outlet', 'author', 'date', 'dateSource', 'language'];

export async function readArticleFolder(folder: string): Promise<ArticleFiles> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
  const out: ArticleFiles = { articles: [], problems: [], skipped: [] };
  const checker = createArticleChecker();
  for (const rel of files) {
    const file = path.join(folder, rel);
    const ext = path.extname(rel).toLowerCase();
    if (ext !== '.json' && ext !== '.jsonl' && ext !== '.txt') {
      out.skipped.push(file);
      continue;
    }
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const found = ext === '.json' ? fromJson(file, text) : ext === '.jsonl' ? fromJsonLines(file, text) : fromText(file, text);
    const problems = [...found.problems];
    for (const c of found.candidates) {
      const checked = checker.check(c.value, c.label);
      checked.problems.forEach((problem, i) => problems.push({ line: c.fieldLine(checked.fields[i]), message: sayInEnglish(problem.code, problem.params) }));
      if (checked.article) out.articles.push(checked.article);
    }
    // In line order within the file (a stable sort keeps a line's own problems in the order they were found).
    for (const p of problems.sort((a, b) => a.line - b.line)) out.problems.push(`${file}:${p.line}: ${p.message}`);
  }
  return out;
}

type Found = { candidates: Candidate[]; problems: Array<{ line: number; message: string }> };

/** The line of `"key":` in a JSON text, else `fallback`. */
function jsonKeyLine(text: string, key: string | undefined, fallback: number): number {
  if (key === undefined) return fallback;
  const at = text.search(new RegExp(`"${key}"\\s*:`));
  return at < 0 ? fallback : text.slice(0, at).split('\n').length;
}

function fromJson(file: string, text: string): Found {
  const parsed = parseJsonLine(text);
  if ('problem' in parsed) return { candidates: [], problems: [{ line: 1, message: sayInEnglish(parsed.problem.code, parsed.problem.params) }] };
  return { candidates: [{ value: parsed.value, label: file, fieldLine: (field) => jsonKeyLine(text, field, 1) }], problems: [] };
}

function fromJsonLines(file: string, text: string): Found {
  const found: Found = { candidates: [], problems: [] };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const parsed = parseJsonLine(raw);
    if ('problem' in parsed) found.problems.push({ line, message: sayInEnglish(parsed.problem.code, parsed.problem.params) });
    else found.candidates.push({ value: parsed.value, label: `${file}:${line}`, fieldLine: () => line });
  });
  return found;
}

/** A value as written after `key:`, with the quotes some editors add taken off. */
function frontMatterValue(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    const parsed = parseJsonLine(value);
    if ('value' in parsed && typeof parsed.value === 'string') return parsed.value;
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

function fromText(file: string, text: string): Found {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return { candidates: [], problems: [{ line: 1, message: 'the file must start with a "---" line, then url, title, outlet, date (and author, language if known), each as "key: value", then a "---" line and the text.' }] };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return { candidates: [], problems: [{ line: 1, message: 'the front matter has no closing "---" line.' }] };
  const problems: Found['problems'] = [];
  const value: Record<string, string> = {};
  const keyLine = new Map<string, number>();
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    if (!m) {
      problems.push({ line: i + 1, message: `expected "key: value" (one of ${FRONT_MATTER_KEYS.join(', ')}).` });
      continue;
    }
    const key = m[1]!;
    if (keyLine.has(key)) {
      problems.push({ line: i + 1, message: `"${key}" is given twice (also on line ${keyLine.get(key)}).` });
      continue;
    }
    keyLine.set(key, i + 1);
    if (key === 'text') {
      problems.push({ line: i + 1, message: 'the text goes after the closing "---" line, not in the front matter.' });
      continue;
    }
    const v = frontMatterValue(m[2]!);
    // `author:` left empty means no author, as if the line were not there.
    if (v !== '' || !['author', 'dateSource', 'language'].includes(key)) value[key] = v;
  }
  const textLine = close + 2;
  const candidate: Candidate = {
    value: { ...value, text: lines.slice(close + 1).join('\n') },
    label: file,
    fieldLine: (field) => (field === 'text' ? textLine : field === undefined ? 1 : (keyLine.get(field) ?? 1)),
  };
  return { candidates: problems.length > 0 ? [] : [candidate], problems };
}
