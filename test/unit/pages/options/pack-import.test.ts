import { describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../../../src/model/user-article';
import type { PackManifest } from '../../../../src/pack/format';
import type { PackProblem, PackSource } from '../../../../src/pack/read-pack';
import { importPack, PACK_IMPORT_CHUNK, type PackCall, type PackImportProgress, type PackReader } from '../../../../src/pages/options/pack-import';

const MANIFEST: PackManifest = {
  format: 'backstory-pack', formatVersion: 1, name: 'Desk picks', createdAt: '2025-03-01T00:00:00Z', corpusVersion: 'v1', articleCount: 600, contentHash: 'a'.repeat(32),
};
const SOURCE: PackSource = { name: 'desk.backstory', stream: () => new ReadableStream() };

function article(i: number): ArticleInput {
  return { url: `https://example.org/${i}`, title: `Article ${i}`, outlet: 'Example', date: '2025-03-01', text: `Text ${i}.` };
}

/** A reader over `count` valid articles (or the given problems), in chunks as the real one gives them. */
function fakeReader(count: number, problems: PackProblem[] = []): PackReader {
  return {
    validatePack: vi.fn(async (_source, options) => {
      options?.onProgress?.(count + 1, count + 1);
      return { manifest: problems.length ? null : { ...MANIFEST, articleCount: count }, articleCount: count, known: 0, problems };
    }),
    readPackArticles: async function* (_source, chunkSize) {
      for (let first = 0; first < count; first += chunkSize) {
        yield { first, articles: Array.from({ length: Math.min(chunkSize, count - first) }, (_, k) => article(first + k)) };
      }
    },
  };
}

type Sent = { type: string; first?: number; articles?: unknown[]; packId?: string };

/** A background that records every request and answers from `chunk` (which may throw). */
function fakeCall(chunk: (request: Sent, attempt: number) => void = () => undefined) {
  const sent: Sent[] = [];
  let begins = 0;
  const call = vi.fn(async (request: Sent) => {
    sent.push(request);
    switch (request.type) {
      case 'packImportBegin':
        begins++;
        return { packId: 'p-00000000000000aa' };
      case 'packImportChunk':
        chunk(request, begins);
        return { written: request.articles!.length, duplicates: 0 };
      case 'packImportCommit':
        return { packId: 'p-00000000000000aa', added: 598, duplicates: 2 };
      case 'packImportAbort':
        return { rolledBack: true };
    }
    throw new Error(`unexpected ${request.type}`);
  });
  return { call: call as unknown as PackCall, sent, summary: () => sent.map((r) => (r.type === 'packImportChunk' ? `chunk ${r.first}+${r.articles!.length}` : r.type)) };
}

describe('importPack', () => {
  it('stops at validation when the pack has problems: nothing is sent to the background', async () => {
    const problems: PackProblem[] = [
      { file: 'articles.jsonl', line: 3, code: 'check_not_json', params: { detail: 'Unexpected token' } },
      { file: 'articles.jsonl', line: 9, code: 'check_not_day', params: { field: 'date' } },
    ];
    const bg = fakeCall();
    const result = await importPack(SOURCE, bg.call, undefined, fakeReader(10, problems));
    expect(result).toEqual({ kind: 'refused', problems });
    expect(bg.sent).toEqual([]);
  });

  it('refuses a file the reader cannot open at all, naming it', async () => {
    const bg = fakeCall();
    const reader = { ...fakeReader(1), validatePack: vi.fn(async () => Promise.reject(new Error('not a zip archive'))) };
    expect(await importPack(SOURCE, bg.call, undefined, reader)).toEqual({ kind: 'refused', problems: [{ file: 'desk.backstory', line: 0, code: 'check_pack_unreadable', params: { detail: 'not a zip archive' } }] });
    expect(bg.sent).toEqual([]);
  });

  it('begins, sends every chunk in order with progress, then commits', async () => {
    const bg = fakeCall();
    const progress: PackImportProgress[] = [];
    const result = await importPack(SOURCE, bg.call, (p) => progress.push(p), fakeReader(600));
    expect(result).toEqual({ kind: 'imported', name: 'Desk picks', added: 598, duplicates: 2 });
    expect(PACK_IMPORT_CHUNK).toBe(250);
    expect(bg.summary()).toEqual(['packImportBegin', 'chunk 0+250', 'chunk 250+250', 'chunk 500+100', 'packImportCommit']);
    expect(bg.sent[0]).toEqual({ type: 'packImportBegin', manifest: { ...MANIFEST, articleCount: 600 } });
    expect(bg.sent[1]).toMatchObject({ packId: 'p-00000000000000aa', first: 0 });
    expect(progress).toEqual([
      { phase: 'checking', linesRead: 601, total: 601 },
      { phase: 'writing', done: 0, total: 600 },
      { phase: 'writing', done: 250, total: 600 },
      { phase: 'writing', done: 500, total: 600 },
      { phase: 'writing', done: 600, total: 600 },
    ]);
  });

  it('restarts once from the beginning when the background rolled the import back', async () => {
    const bg = fakeCall((request, attempt) => {
      if (attempt === 1 && request.first === 250) throw new Error('unknown import p-00000000000000aa: it was rolled back');
    });
    const result = await importPack(SOURCE, bg.call, undefined, fakeReader(600));
    expect(result.kind).toBe('imported');
    expect(bg.summary()).toEqual([
      'packImportBegin', 'chunk 0+250', 'chunk 250+250',
      'packImportBegin', 'chunk 0+250', 'chunk 250+250', 'chunk 500+100', 'packImportCommit',
    ]);
  });

  it('gives up after one restart', async () => {
    const bg = fakeCall((request) => {
      if (request.first === 250) throw new Error('import was rolled back');
    });
    const result = await importPack(SOURCE, bg.call, undefined, fakeReader(600));
    expect(result).toEqual({ kind: 'failed', name: 'Desk picks', error: 'import was rolled back' });
    expect(bg.summary().filter((s) => s === 'packImportBegin')).toHaveLength(2);
  });

  it('aborts on any other failure and reports it', async () => {
    const bg = fakeCall((request) => {
      if (request.first === 250) throw new Error('QuotaExceededError');
    });
    const result = await importPack(SOURCE, bg.call, undefined, fakeReader(600));
    expect(result).toEqual({ kind: 'failed', name: 'Desk picks', error: 'QuotaExceededError' });
    expect(bg.summary()).toEqual(['packImportBegin', 'chunk 0+250', 'chunk 250+250', 'packImportAbort']);
    expect(bg.sent.at(-1)).toEqual({ type: 'packImportAbort', packId: 'p-00000000000000aa' });
  });
});

describe('importPack with the real pack reader', () => {
  it('sends a built pack in order, each chunk naming the index of its first article', async () => {
    const { buildPack } = await import('../../../../src/pack/write-pack');
    const articles = Array.from({ length: 600 }, (_, i) => article(i));
    const bytes = buildPack({ name: 'Real pack', corpusVersion: 'v1' }, articles);
    const source: PackSource = { name: 'real.backstory', stream: () => new Blob([bytes]).stream() };
    const sent: Array<{ first: number; n: number }> = [];
    const call = vi.fn(async (request: any) => {
      if (request.type === 'packImportBegin') return { packId: 'p-0000000000000001' };
      if (request.type === 'packImportChunk') {
        sent.push({ first: request.first, n: request.articles.length });
        return { written: request.articles.length, duplicates: 0 };
      }
      if (request.type === 'packImportCommit') return { packId: request.packId, added: 600, duplicates: 0 };
      throw new Error(`unexpected ${request.type}`);
    }) as unknown as PackCall;
    const result = await importPack(source, call, () => undefined);
    expect(result).toMatchObject({ kind: 'imported' });
    expect(sent).toEqual([{ first: 0, n: PACK_IMPORT_CHUNK }, { first: 250, n: 250 }, { first: 500, n: 100 }]);
  });
});
