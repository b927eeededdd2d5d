import type { ErrorParams } from '../../model/errors';

/**
 * Every reply between contexts is one of these: the receiver never throws across the boundary. `code`:
 * a failure the page says in the reader's language, with its `params` (Failure, src/model/errors.ts).
 */
export type Reply<T> = { result: T } | { error: string; code?: string; params?: ErrorParams };

export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return 'result' in value || ('error' in value && typeof (value as { error: unknown }).error === 'string');
}

export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    message: string,
    readonly code?: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}
