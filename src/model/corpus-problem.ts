/**
 * Why the reader's articles could not be compiled into the corpus, as a code and its parameters: the
 * background keeps it in the user store (`userMeta`), so any context shows it after a restart, and the
 * page that shows it makes the words, in the reader's language (`corpus_problem_<code>` messages).
 */
export const CORPUS_PROBLEM_CODES = ['storage_quota', 'storage_failed', 'compile_failed'] as const;
export type CorpusProblemCode = (typeof CORPUS_PROBLEM_CODES)[number];

export interface CorpusProblem {
  code: CorpusProblemCode;
  /** Details in the words of whatever failed (an exception's name and message), bounded: shown as text. */
  detail?: string;
}

const DETAIL_CHARS = 200;

/** The problem a failed compile or write is reported as: a full disk is the one a reader can act on. */
export function corpusProblemOf(error: unknown, stage: 'compile' | 'store'): CorpusProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return { code: 'storage_quota' };
  const detail = (error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error)).slice(0, DETAIL_CHARS);
  return { code: stage === 'compile' ? 'compile_failed' : 'storage_failed', detail };
}

export function isCorpusProblem(value: unknown): value is CorpusProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, detail } = value as { code?: unknown; detail?: unknown };
  return (CORPUS_PROBLEM_CODES as readonly unknown[]).includes(code) && (detail === undefined || typeof detail === 'string');
}
