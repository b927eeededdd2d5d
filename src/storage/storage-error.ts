import { SchemaTooNewError, StorageBlockedError, StorageUnavailableError } from './db';

/** A short, user-facing explanation of a storage failure. */
export function describeStorageError(error: unknown): string {
  if (error instanceof SchemaTooNewError) {
    return `Saved data comes from a newer version of Backstory (database version ${error.storedVersion ?? '?'}, this version reads ${error.knownVersion}); it was kept as it is and the built-in corpus is used instead.`;
  }
  if (error instanceof StorageBlockedError) {
    return 'Another Backstory window kept the database busy; the built-in corpus is used until it closes.';
  }
  if (error instanceof StorageUnavailableError) {
    return 'The browser does not allow storage here (for example in a private window); the built-in corpus is used.';
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Not enough storage space to save the corpus; the built-in corpus is used.';
  }
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return 'The browser does not allow storage here (for example in a private window); the built-in corpus is used.';
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Storage failed (${detail.slice(0, 200)}); the built-in corpus is used.`;
}
