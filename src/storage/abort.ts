/**
 * Aborts a transaction that failed part-way, so none of its writes commit. A transaction the browser
 * already aborted (connection closed, quota) throws on a second abort: there is nothing left to undo.
 */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted.
  }
}
