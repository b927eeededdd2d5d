/** Every reply between contexts is one of these: the receiver never throws across the boundary. */
export type Reply<T> = { result: T } | { error: string };

export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return 'result' in value || ('error' in value && typeof (value as { error: unknown }).error === 'string');
}

export class MessageError extends Error {
  override name = 'MessageError';
}
