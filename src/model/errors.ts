/** What to show of an error: its message when it is an Error, else whatever was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Failures a page must say in the reader's language: the background, storage and compiler send the code
 * with its parameters (codes cross boundaries, words are made at the edge), and the page that shows it
 * picks the words (`error_<code>` messages, src/shared/ui/failure-text.ts). The English `message` of a
 * CodedError is for logs only.
 */
export const ERROR_CODES = [
  'storage_full',
  'storage_newer_schema',
  'storage_blocked',
  'storage_unavailable',
  'storage_failed',
  'not_a_web_page',
  'not_a_site',
  'article_gone',
  'pack_already_imported',
  'pack_transfer_broken',
  'too_many_sites',
  'too_many_hidden_names',
  'invalid_preference',
  'invalid_name',
  'import_invalid',
  'import_over_limits',
  'settings_unreadable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure's parameters: names, counts, and details in the words of whatever failed (shown as data). */
export type ErrorParams = Record<string, string | number>;

/** A failure as it crosses a boundary: a code and its parameters. */
export interface Failure {
  code: ErrorCode;
  params?: ErrorParams;
}

/** An error that carries a Failure across the messaging boundary; `message` is for logs. */
export class CodedError extends Error {
  override name = 'CodedError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

const CODES: ReadonlySet<string> = new Set<string>(ERROR_CODES);
const PARAM_CHARS = 300;

/** The failure a value carries (a CodedError, a MessageError that received one, or a Failure sent as data), if any. */
export function failureOf(value: unknown): Failure | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, params } = value as { code?: unknown; params?: unknown };
  if (typeof code !== 'string' || !CODES.has(code)) return undefined;
  if (params === undefined || params === null) return { code: code as ErrorCode };
  if (typeof params !== 'object') return undefined;
  // Parameters come from another context: only strings and numbers, bounded, are kept.
  const kept: ErrorParams = {};
  for (const [name, param] of Object.entries(params).slice(0, 8)) {
    if (typeof param === 'number' && Number.isFinite(param)) kept[name] = param;
    else if (typeof param === 'string') kept[name] = param.slice(0, PARAM_CHARS);
  }
  return { code: code as ErrorCode, params: kept };
}
