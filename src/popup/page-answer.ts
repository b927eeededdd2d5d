/**
 * How long the popup waits for the page's own content script. A page that blocks its main thread (a
 * script in an endless loop, a huge synchronous layout) cannot answer at all: without a bound the
 * popup said "Looking…" for ever. Past this, the popup says the page is not answering and goes on
 * with what the background knows.
 */
export const PAGE_ANSWER_MS = 3000;

/** The page did not answer in time (it may be busy or frozen). */
export class PageTimeoutError extends Error {
  override name = 'PageTimeoutError';
  constructor(ms: number) {
    super(`The page did not answer within ${ms} ms.`);
  }
}

/** `answer`, or a PageTimeoutError once `ms` have passed without it. */
export function pageAnswer<T>(answer: Promise<T>, ms: number = PAGE_ANSWER_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTimeoutError(ms)), ms);
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}
