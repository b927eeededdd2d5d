import type { ArticleInput } from '../../model/user-article';
import { PackReadError, type PackSource, type PackValidation, type ValidatePackOptions } from '../../pack/read-pack';
import { PACK_WORKER_SCRIPT, type FromPackWorker, type ToPackWorker } from '../pack-worker/protocol';
import type { PackReader } from './pack-import';

/** What the page needs of a Worker: a fake one in unit tests runs the worker's handler in-process. */
export interface WorkerLike {
  postMessage(message: ToPackWorker): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/**
 * The pack reader, run in the pack worker: the same `validatePack` and `readPackArticles` as src/pack,
 * each call a job of the worker, so the options page's thread only sends and receives small messages.
 * `close()` ends the worker (and with it whatever it still holds).
 */
export function createWorkerPackReader(createWorker: () => WorkerLike = () => new Worker(PACK_WORKER_SCRIPT) as unknown as WorkerLike): PackReader & { close(): void } {
  const worker = createWorker();
  const mailboxes = new Map<number, { queue: FromPackWorker[]; wake?: () => void }>();
  let crashed: string | null = null;
  let jobs = 0;

  const mailbox = (job: number) => {
    let box = mailboxes.get(job);
    if (!box) mailboxes.set(job, (box = { queue: [] }));
    return box;
  };
  worker.onmessage = (event) => {
    const message = event.data as FromPackWorker;
    if (typeof message !== 'object' || message === null || typeof message.job !== 'number' || !mailboxes.has(message.job)) return;
    const box = mailbox(message.job);
    box.queue.push(message);
    box.wake?.();
  };
  worker.onerror = (event) => {
    crashed = event.message || 'the pack reader stopped unexpectedly';
    for (const box of mailboxes.values()) box.wake?.();
  };

  async function receive(job: number, file: string): Promise<FromPackWorker> {
    const box = mailbox(job);
    for (;;) {
      const message = box.queue.shift();
      if (message) return message;
      if (crashed !== null) return { job, kind: 'failed', problem: { file, line: 0, code: 'check_pack_unreadable', params: { detail: crashed } } };
      await new Promise<void>((resolve) => (box.wake = resolve));
      box.wake = undefined;
    }
  }

  const blobOf = (source: PackSource): Blob => {
    if (!(source instanceof Blob)) throw new Error('the pack worker reads files (a File or Blob)');
    return source;
  };

  async function validatePack(source: PackSource, options: ValidatePackOptions = {}): Promise<PackValidation> {
    if (options.isKnown) throw new Error('isKnown cannot cross to the pack worker');
    const job = ++jobs;
    mailbox(job);
    worker.postMessage({ op: 'validate', job, name: source.name, file: blobOf(source) });
    try {
      for (;;) {
        const message = await receive(job, source.name);
        if (message.kind === 'progress') options.onProgress?.(message.linesRead, message.total);
        else if (message.kind === 'validated') return message.result;
        else if (message.kind === 'failed') throw new PackReadError(message.problem);
      }
    } finally {
      mailboxes.delete(job);
    }
  }

  async function* readPackArticles(source: PackSource, chunkSize: number): AsyncGenerator<{ first: number; articles: ArticleInput[] }, void, undefined> {
    const job = ++jobs;
    mailbox(job);
    worker.postMessage({ op: 'read', job, name: source.name, file: blobOf(source), chunkSize });
    let ended = false;
    try {
      for (;;) {
        const message = await receive(job, source.name);
        if (message.kind === 'end') {
          ended = true;
          return;
        }
        if (message.kind === 'failed') {
          ended = true;
          throw new PackReadError(message.problem);
        }
        if (message.kind === 'chunk') {
          yield { first: message.first, articles: message.articles };
          worker.postMessage({ op: 'next', job });
        }
      }
    } finally {
      mailboxes.delete(job);
      // The importer stopped early (the background refused a chunk): the worker stops reading too.
      if (!ended && crashed === null) worker.postMessage({ op: 'stop', job });
    }
  }

  return { validatePack, readPackArticles, close: () => worker.terminate() };
}
