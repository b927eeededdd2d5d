/**
 * Why a write failed, when the disk or the origin's quota is full. A browser reports it on the request
 * that ran out of space and aborts the transaction; the next request of that transaction then fails with
 * "The transaction was aborted, so the request cannot be fulfilled", which says nothing of the cause.
 * The transaction's own `error` keeps the cause: that is what the caller gets.
 */
export function isQuotaError(error: unknown): boolean {
  return (error instanceof Error || error instanceof DOMException) && error.name === 'QuotaExceededError';
}

/** The error to throw for a transaction that failed with `error`: its QuotaExceededError when that was the cause. */
export function causeOf(tx: { error?: DOMException | null }, error: unknown): unknown {
  if (isQuotaError(error)) return error;
  return tx.error && isQuotaError(tx.error) ? tx.error : error;
}
