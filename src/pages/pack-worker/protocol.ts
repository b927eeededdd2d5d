import type { ArticleInput } from '../../model/user-article';
import type { PackProblem, PackValidation } from '../../pack/read-pack';

/**
 * The messages between the options page and its pack worker (a dedicated Web Worker, pack-worker.js).
 *
 * Reading and validating a pack inflates up to 1 GiB and parses every line: on the page's main thread
 * that froze the popup and every other extension page sharing Chromium's renderer (3.7 s for a zip bomb
 * stopped at 1 GiB). In the worker only the worker waits. `job` tells one reading from the next (an
 * import reads the file twice: once to validate, once to write).
 *
 * Writing is paced by the page: the worker reads one chunk, sends it, and reads the next only when the
 * page asks (`next`), after the background stored the last one. So at most one chunk is in flight.
 */
export type ToPackWorker =
  | { op: 'validate'; job: number; name: string; file: Blob }
  | { op: 'read'; job: number; name: string; file: Blob; chunkSize: number }
  | { op: 'next'; job: number }
  | { op: 'stop'; job: number };

export type FromPackWorker =
  | { job: number; kind: 'progress'; linesRead: number; total?: number }
  | { job: number; kind: 'validated'; result: PackValidation }
  | { job: number; kind: 'chunk'; first: number; articles: ArticleInput[] }
  | { job: number; kind: 'end' }
  /** The reading failed: the first problem, with its file and line (PackReadError), or the file as a whole. */
  | { job: number; kind: 'failed'; problem: PackProblem };

/** The worker's script in the build (build.mjs), beside options.html. */
export const PACK_WORKER_SCRIPT = 'pack-worker.js';

/** Whether `data` is a message the page may send the worker: checked at the receiver, like every message. */
export function isToPackWorker(data: unknown): data is ToPackWorker {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m['job'] !== 'number' || !Number.isInteger(m['job'])) return false;
  switch (m['op']) {
    case 'validate':
      return typeof m['name'] === 'string' && m['file'] instanceof Blob;
    case 'read':
      return typeof m['name'] === 'string' && m['file'] instanceof Blob && typeof m['chunkSize'] === 'number' && m['chunkSize'] >= 1 && m['chunkSize'] <= 1000;
    case 'next':
    case 'stop':
      return true;
    default:
      return false;
  }
}
