import { asList, asObject, compileRegex, requireString } from './fields';
import { SeedError } from './seed-error';
import { parseYamlFile } from './yaml-file';

/** One rule of `seeds/chrome-rules.yaml`: lines it matches are site chrome, not article text. */
export interface ChromeRule {
  id: string;
  why: string;
  /** The pattern as written; `{title}` is filled in per article. */
  pattern: string;
  example?: string;
  /** Compiled once when the pattern does not depend on the title. */
  regex?: RegExp;
}

const TITLE = '{title}';

export function parseChromeRules(file: string, text: string): ChromeRule[] {
  const y = parseYamlFile(file, text);
  const root = asObject(y, y.data, y.data, 0, 'the chrome rules file');
  const list = asList(y, root['rules'], root, 'rules', '"rules"');
  const seen = new Set<string>();
  return list.map((item, i) => {
    const obj = asObject(y, item, list, i, 'a chrome rule');
    const id = requireString(y, obj, 'id', 'a chrome rule');
    if (seen.has(id)) throw new SeedError(file, y.lineOf(obj, 'id'), `duplicate chrome rule id "${id}"`);
    seen.add(id);
    const why = requireString(y, obj, 'why', `chrome rule "${id}"`);
    const pattern = requireString(y, obj, 'pattern', `chrome rule "${id}"`);
    // Compile now (with a stand-in title) so a broken pattern is reported at its line.
    const probe = compileRegex(y, pattern.replaceAll(TITLE, 'x'), 'u', obj, 'pattern');
    const rule: ChromeRule = { id, why, pattern };
    if (!pattern.includes(TITLE)) rule.regex = probe;
    const example = obj['example'];
    if (typeof example === 'string') rule.example = example;
    return rule;
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rules' regexes for one article: title-dependent patterns get the escaped title. */
export function rulesForTitle(rules: ChromeRule[], title: string): Array<{ id: string; regex: RegExp }> {
  const escaped = escapeRegex(title.trim());
  return rules.map((r) => ({ id: r.id, regex: r.regex ?? new RegExp(r.pattern.replaceAll(TITLE, escaped), 'u') }));
}

export interface StrippedBody {
  /** Kept lines, trimmed, with their 1-based line number in the seed file. Each is one paragraph. */
  paragraphs: Array<{ text: string; line: number }>;
  /** Removed lines and the rule that removed each, for tests and `--explain` style tooling. */
  removed: Array<{ line: number; rule: string; text: string }>;
}

/**
 * Split an article body into paragraphs and drop site chrome. Seeds put one paragraph on a line (some
 * pages add blank lines between them, some do not), so every non-blank line is a paragraph unless a rule
 * says it is chrome. Lines are trimmed with JavaScript's `trim`, which also removes no-break spaces.
 */
export function stripChrome(
  body: string,
  firstLine: number,
  regexes: Array<{ id: string; regex: RegExp }>,
): StrippedBody {
  const paragraphs: StrippedBody['paragraphs'] = [];
  const removed: StrippedBody['removed'] = [];
  body.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const line = firstLine + i;
    const rule = regexes.find((r) => r.regex.test(text));
    if (rule) removed.push({ line, rule: rule.id, text });
    else paragraphs.push({ text, line });
  });
  return { paragraphs, removed };
}
