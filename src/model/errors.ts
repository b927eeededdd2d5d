/** What to show of an error: its message when it is an Error, else whatever was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Failures a page must say in the reader's language: the background sends the code with its reply
 * (codes cross boundaries, words are made at the edge), and the page that shows it picks the words.
 */
export type ErrorCode = 'storage-full';

/** An error that carries an ErrorCode across the messaging boundary; `message` is for logs. */
export class CodedError extends Error {
  override name = 'CodedError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>(['storage-full']);

/** The code an error carries (a CodedError, or a MessageError that received one), if any. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && ERROR_CODES.has(code) ? (code as ErrorCode) : undefined;
}
