import { CodedError, failureOf, type Failure } from '../model/errors';
import { SchemaTooNewError, StorageBlockedError, StorageUnavailableError } from './db';

const DETAIL_CHARS = 200;

/** A storage failure as a code and its parameters, for the page that says it (`error_storage_*` messages). */
export function storageFailure(error: unknown): Failure {
  const coded = failureOf(error);
  if (coded) return coded;
  if (error instanceof SchemaTooNewError) return { code: 'storage_newer_schema', params: { stored: error.storedVersion ?? '?', known: error.knownVersion } };
  if (error instanceof StorageBlockedError) return { code: 'storage_blocked' };
  if (error instanceof StorageUnavailableError) return { code: 'storage_unavailable' };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return { code: 'storage_full' };
  if (name === 'InvalidStateError' || name === 'SecurityError') return { code: 'storage_unavailable' };
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return { code: 'storage_failed', params: { detail: detail.slice(0, DETAIL_CHARS) } };
}

/** The same failure as an error to throw across the messaging boundary (its English message is for logs). */
export function storageError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const { code, params } = storageFailure(error);
  return new CodedError(code, `storage failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, params);
}
