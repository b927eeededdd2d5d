import { errorMessage } from '../../model/errors';
import type { ArticleInput } from '../../model/user-article';
import { PackReadError, readPackArticles, validatePack, type PackSource } from '../../pack/read-pack';
import { isToPackWorker, type FromPackWorker } from './protocol';

type Reading = AsyncGenerator<{ first: number; articles: ArticleInput[] }, void, undefined>;

/**
 * The worker's side: the same reader modules the CLI runs (src/pack), answering the page's messages.
 * `post` sends to the page; a function so the unit tests can run the worker in-process.
 */
export function createPackWorker(post: (message: FromPackWorker) => void): (data: unknown) => Promise<void> {
  const readings = new Map<number, Reading>();

  const sourceOf = (name: string, file: Blob): PackSource => ({ name, stream: () => file.stream() });

  async function step(job: number): Promise<void> {
    const reading = readings.get(job);
    if (!reading) return;
    try {
      const next = await reading.next();
      if (next.done) {
        readings.delete(job);
        post({ job, kind: 'end' });
      } else post({ job, kind: 'chunk', first: next.value.first, articles: next.value.articles });
    } catch (err) {
      readings.delete(job);
      post({ job, kind: 'failed', problem: err instanceof PackReadError ? err.problem : { file: '', line: 0, code: 'check_pack_unreadable', params: { detail: errorMessage(err) } } });
    }
  }

  return async (data) => {
    if (!isToPackWorker(data)) return;
    const { job } = data;
    switch (data.op) {
      case 'validate':
        try {
          const result = await validatePack(sourceOf(data.name, data.file), { onProgress: (linesRead, total) => post({ job, kind: 'progress', linesRead, ...(total === undefined ? {} : { total }) }) });
          post({ job, kind: 'validated', result });
        } catch (err) {
          post({ job, kind: 'failed', problem: err instanceof PackReadError ? err.problem : { file: data.name, line: 0, code: 'check_pack_unreadable', params: { detail: errorMessage(err) } } });
        }
        return;
      case 'read':
        readings.set(job, readPackArticles(sourceOf(data.name, data.file), data.chunkSize));
        return step(job);
      case 'next':
        return step(job);
      case 'stop':
        await readings.get(job)?.return();
        readings.delete(job);
        return;
    }
  };
}
