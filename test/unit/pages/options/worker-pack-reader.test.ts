/**
 * The options page's import through the pack worker: the page-side reader (worker-pack-reader.ts) and the
 * worker's handler (pack-worker.ts), joined in-process by a fake Worker that delivers messages
 * asynchronously as a real one does. The worker gives the page exactly what the reader gives the CLI,
 * paces chunks one at a time, stops when the page stops, and says when it crashed.
 */
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../../src/pack/write-pack';
import { validatePack, type PackSource } from '../../../../src/pack/read-pack';
import { createPackWorker } from '../../../../src/pages/pack-worker/pack-worker';
import type { FromPackWorker, ToPackWorker } from '../../../../src/pages/pack-worker/protocol';
import { importPack, type PackCall } from '../../../../src/pages/options/pack-import';
import { createWorkerPackReader, type WorkerLike } from '../../../../src/pages/options/worker-pack-reader';
import { hostileArticle, longKeys, newlineBomb } from '../../pack/hostile-packs';

/** A Worker running the worker's handler in this process; `log` records what crossed, each way. */
function inProcessWorker(log: string[] = []): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message: ToPackWorker) => {
      log.push(`page→worker ${message.op}`);
      setTimeout(() => void handle(message), 0);
    },
    terminate: () => log.push('terminated'),
  };
  const handle = createPackWorker((message: FromPackWorker) => {
    log.push(`worker→page ${message.kind}`);
    setTimeout(() => worker.onmessage?.({ data: message }), 0);
  });
  return worker;
}

const file = (bytes: Uint8Array<ArrayBuffer>, name: string) => new File([bytes], name) as File & PackSource;

/** A background that stores chunks and records them. */
function background(): { call: PackCall; chunks: number[] } {
  const chunks: number[] = [];
  const call = (async (request: { type: string; first?: number; articles?: unknown[] }) => {
    if (request.type === 'packImportBegin') return { packId: 'p-00000000000000aa' };
    if (request.type === 'packImportChunk') {
      chunks.push(request.first!);
      return { written: request.articles!.length, duplicates: 0 };
    }
    if (request.type === 'packImportCommit') return { packId: 'p-00000000000000aa', added: 1200, duplicates: 0 };
    return { rolledBack: true };
  }) as unknown as PackCall;
  return { call, chunks };
}

describe('the pack worker', () => {
  it('imports a valid pack: validation then chunks, one at a time, each asked for by the page', async () => {
    const articles = Array.from({ length: 600 }, (_, i) => hostileArticle(i));
    const pack = file(buildPack({ name: 'Desk picks', corpusVersion: 'test' }, articles), 'desk.backstory');
    const log: string[] = [];
    const reader = createWorkerPackReader(() => inProcessWorker(log));
    const { call, chunks } = background();
    const result = await importPack(pack, call, () => undefined, reader);
    reader.close();
    expect(result).toEqual({ kind: 'imported', name: 'Desk picks', added: 1200, duplicates: 0 });
    expect(chunks).toEqual([0, 250, 500]);
    // Paced: never a second chunk before the page asked for it.
    const traffic = log.filter((l) => /chunk|next|end|read/.test(l));
    expect(traffic).toEqual(['page→worker read', 'worker→page chunk', 'page→worker next', 'worker→page chunk', 'page→worker next', 'worker→page chunk', 'page→worker next', 'worker→page end']);
    expect(log.at(-1)).toBe('terminated');
  });

  it('gives the page exactly the problems the reader gives the CLI, for hostile packs', async () => {
    for (const [name, bytes] of [['bomb.backstory', newlineBomb()], ['keys.backstory', longKeys()]] as const) {
      const reader = createWorkerPackReader(() => inProcessWorker());
      const viaWorker = await reader.validatePack(file(bytes, name));
      const direct = await validatePack(file(bytes, name));
      reader.close();
      expect(viaWorker).toEqual(direct);
      expect(viaWorker.problems.length).toBeGreaterThan(0);
    }
  });

  it('a worker that crashed fails the import with its reason instead of waiting for ever', async () => {
    const crashing: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: () => setTimeout(() => crashing.onerror?.({ message: 'out of memory' }), 0),
      terminate: () => undefined,
    };
    const reader = createWorkerPackReader(() => crashing);
    const result = await importPack(file(buildPack({ name: 'x', corpusVersion: 'test' }, [hostileArticle(1)]), 'x.backstory'), background().call, () => undefined, reader);
    expect(result).toEqual({ kind: 'refused', problems: [{ file: 'x.backstory', line: 0, code: 'check_pack_unreadable', params: { detail: 'out of memory' } }] });
  });
});
