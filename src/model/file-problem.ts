import type * as v from 'valibot';

/**
 * What is wrong with a file someone gave Backstory (a pack, its manifest or one of its articles, a settings
 * backup), as a code and its parameters. Codes cross boundaries, words are made at the edge: each code is the
 * catalogue key of its sentence (src/locales, `check_` keys), said by the page that shows it or by the CLI;
 * the parameters are data (field paths, entry names, numbers, the file's own values, a parser's reason).
 *
 * The schemas that check these files (user-article, user-settings, pack/format) give a code as a valibot
 * message, so `fileProblemOf` turns their first issue into a problem without a second table.
 */
export const FILE_PROBLEM_CODES = [
  // One field (`field` is its path in the file: "siteSettings[3].scope", "date").
  'check_field_missing',
  'check_field_unknown',
  'check_not_text',
  'check_not_number',
  'check_not_whole',
  'check_not_true_false',
  'check_not_list',
  'check_not_object',
  'check_not_plain',
  'check_empty',
  'check_too_long',
  'check_list_too_long',
  'check_too_small',
  'check_too_large',
  'check_not_one_of',
  'check_not_date_time',
  'check_not_day',
  'check_not_web_address',
  'check_not_language_tag',
  'check_not_hex_hash',
  'check_not_host',
  'check_not_time',
  'check_not_one_line',
  'check_control_char',
  'check_direction_char',
  'check_broken_char',
  'check_site_twice',
  'check_domain_scope',
  'check_invalid',
  // A file as a whole.
  'check_file_too_large',
  'check_not_json',
  'check_file_not_settings',
  'check_no_format',
  'check_other_format',
  'check_no_version',
  'check_newer_version',
  'check_unknown_version',
  // A pack: its archive, its lines, its articles.
  'check_pack_not_zip',
  'check_pack_empty_file',
  'check_pack_damaged',
  'check_pack_unexpected_entry',
  'check_pack_entry_twice',
  'check_pack_entry_too_big',
  'check_pack_compression',
  'check_pack_incomplete',
  'check_pack_entry_missing',
  'check_pack_unreadable',
  'check_line_too_long',
  'check_blank_lines',
  'check_not_utf8',
  'check_blank_line',
  'check_too_many_articles',
  'check_more_problems',
  'check_count_mismatch',
  'check_hash_mismatch',
  'check_pack_changed',
  'check_article_not_object',
  'check_duplicate_article',
  'check_duplicate_url',
  'check_duplicate_text',
  'check_pack_needs_article',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** A problem's parameters: data only, shown as they are. */
export type FileProblemParams = Record<string, string | number>;

export interface FileProblem {
  code: FileProblemCode;
  params?: FileProblemParams;
}

/** A code, typed: what a schema gives as its message, so a misspelt code does not compile. */
export function problemCode(code: FileProblemCode): FileProblemCode {
  return code;
}

const CODES: ReadonlySet<string> = new Set<string>(FILE_PROBLEM_CODES);

export function isFileProblemCode(value: unknown): value is FileProblemCode {
  return typeof value === 'string' && CODES.has(value);
}

/** A value from the file, for a problem's parameter: strings quoted, other things by type, and never long. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "siteSettings[3].scope": the path of a valibot issue as the file writes it. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let where = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    where += typeof key === 'number' ? `[${key}]` : where === '' ? String(key) : `.${String(key)}`;
  }
  return where;
}

/**
 * The problem a schema's issue says: its message is the code (an issue of a schema written elsewhere
 * is `check_invalid`), `field` is where (the issue's own path unless given). Each code gets exactly the
 * parameters its sentence names (t() fills placeholders by the given names' order): the limit of a length
 * or range check, the values a choice accepts, the offending value shown short, the character found.
 */
export function fileProblemOf(issue: v.BaseIssue<unknown>, field: string = issuePath(issue)): FileProblem {
  const code = isFileProblemCode(issue.message) ? issue.message : 'check_invalid';
  const { requirement } = issue as { requirement?: unknown };
  switch (code) {
    case 'check_too_long':
    case 'check_list_too_long':
    case 'check_too_small':
    case 'check_too_large':
      return { code, params: { field, limit: typeof requirement === 'number' ? requirement : '' } };
    case 'check_not_one_of':
      return { code, params: { field, values: issue.expected ?? '' } };
    case 'check_field_unknown':
      return { code, params: { field, fields: issue.expected ?? '' } };
    case 'check_not_host':
    case 'check_site_twice':
    case 'check_domain_scope':
      return { code, params: { field, value: showValue(issue.input) } };
    case 'check_control_char':
    case 'check_direction_char':
      return { code, params: { field, char: firstInvisible(String(issue.input)) } };
    default:
      return { code, params: { field } };
  }
}

const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** "U+202E": the first control or direction character of `text`, named by its code point. */
export function firstInvisible(text: string): string {
  const found = INVISIBLE.exec(text)?.[0];
  return found === undefined ? '' : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
