/**
 * Backups of the reader's saved articles (issue 26): exported in pages at any size, as a pack that says
 * it is the reader's own (`origin: "saved"`), and imported again as their own saved articles, identical.
 * And a disk that fills during an import is said to be full, not "the transaction was aborted".
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/model/user-article';
import { readPackArticles, validatePack, type PackSource } from '../../../src/pack/read-pack';
import { exportSavedArticles, type ExportCall } from '../../../src/pages/options/export-articles';
import { beginPackImport, commitPackImport, listPacks, writePackChunk } from '../../../src/storage/pack-import';
import { savedArticlesPage, saveUserArticle } from '../../../src/storage/user-articles';
import type { BackstoryDb } from '../../../src/storage/schema';
import { freshDb } from './fixtures/db';

const article = (n: number, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  outlet: 'Example Desk',
  date: '2025-10-16',
  text: `Paragraph one of story ${n}, about the port of Tartus.\n\nParagraph two of story ${n}.`,
  ...extra,
});

/** The background's side of "export", over this database, with small pages so there are many. */
function exportCall(db: BackstoryDb, limits = { chars: 300, articles: 3 }): { call: ExportCall; pages: number } {
  const state = { pages: 0 };
  const call: ExportCall = async (request) => {
    state.pages++;
    const { records, next } = await savedArticlesPage(db, request.after, limits);
    return { articles: records.map(({ url, title, outlet, date, text, author, language }) => ({ url, title, outlet, date, text, ...(author ? { author } : {}), ...(language ? { language } : {}) })), next, corpusVersion: 'v-test' };
  };
  return { call, get pages() { return state.pages; } } as { call: ExportCall; pages: number };
}

const fileOf = (blob: Blob): PackSource => ({ name: 'backup.backstory', stream: () => blob.stream() });

/** What the options page does with a pack file: validate, then begin, chunks, commit. */
async function importInto(db: BackstoryDb, source: PackSource): Promise<{ added: number; duplicates: number }> {
  const checked = await validatePack(source);
  expect(checked.problems).toEqual([]);
  const pack = await beginPackImport(db, checked.manifest!, 10);
  for await (const chunk of readPackArticles(source, 4)) await writePackChunk(db, pack.id, chunk.first, chunk.articles, 11);
  const done = await commitPackImport(db, pack.id, 12);
  return { added: done.added, duplicates: done.duplicates };
}

async function articlesJsonl(blob: Blob): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['articles.jsonl']!);
}

describe('a backup of the saved articles', () => {
  it('is exported in pages, leaves packs out, and imports again as the reader\u2019s own saved articles, identical', async () => {
    const a = await freshDb().connector.getDb();
    for (let n = 1; n <= 10; n++) await saveUserArticle(a, article(n, n === 2 ? { author: 'A. Writer', language: 'en' } : {}), 1000 + n);
    // A pack's articles are not the reader's: they stay out of the backup.
    const desk = await beginPackImport(a, { format: 'backstory-pack', formatVersion: 1, name: 'Desk', createdAt: '2025-11-01T10:00:00Z', corpusVersion: 'v', articleCount: 1, contentHash: 'b'.repeat(32) }, 1);
    await writePackChunk(a, desk.id, 0, [article(99)], 2);
    await commitPackImport(a, desk.id, 3);

    const exportA = exportCall(a);
    const backup = await exportSavedArticles(exportA.call, new Date('2026-01-01T00:00:00Z'));
    expect(backup?.count).toBe(10);
    expect(exportA.pages).toBeGreaterThan(3);
    const checked = await validatePack(fileOf(backup!.blob));
    expect(checked.problems).toEqual([]);
    // Each entry's sizes are in its local header, never in a data descriptor after the data: a streaming
    // reader would otherwise look for the descriptor's signature inside the compressed bytes.
    const bytes = new DataView(await backup!.blob.arrayBuffer());
    const first = { flags: bytes.getUint16(6, true), compressed: bytes.getUint32(18, true), size: bytes.getUint32(22, true) };
    expect(first.flags & 8).toBe(0);
    expect(first.compressed).toBeGreaterThan(0);
    expect(first.size).toBe((await articlesJsonl(backup!.blob)).length);
    expect(checked.manifest).toMatchObject({ name: 'My Backstory articles', articleCount: 10, origin: 'saved' });

    const b = await freshDb().connector.getDb();
    expect(await importInto(b, fileOf(backup!.blob))).toEqual({ added: 10, duplicates: 0 });
    const restored = await b.getAll('userArticles');
    expect(restored).toHaveLength(10);
    expect(restored.every((r) => r.origin === 'saved' && r.packId === undefined)).toBe(true);
    // The backup's pack goes at the commit: the articles are the reader's, not a pack's.
    expect(await listPacks(b)).toEqual([]);

    // Exported again from the restored browser: the same articles, byte for byte.
    const again = await exportSavedArticles(exportCall(b).call, new Date('2026-01-02T00:00:00Z'));
    expect(await articlesJsonl(again!.blob)).toBe(await articlesJsonl(backup!.blob));
    // Imported again where they already are: every one a duplicate, nothing added.
    expect(await importInto(b, fileOf(backup!.blob))).toEqual({ added: 0, duplicates: 10 });
  });

  it('with no saved articles there is nothing to export', async () => {
    const db = await freshDb().connector.getDb();
    expect(await exportSavedArticles(exportCall(db).call, new Date())).toBeNull();
  });
});

describe('a disk that fills during an import', () => {
  it('fails the chunk with QuotaExceededError (not "the transaction was aborted"), and writes nothing', async () => {
    const db = await freshDb().connector.getDb();
    const pack = await beginPackImport(db, { format: 'backstory-pack', formatVersion: 1, name: 'Desk', createdAt: '2025-11-01T10:00:00Z', corpusVersion: 'v', articleCount: 3, contentHash: 'c'.repeat(32) }, 1);
    // As a browser does: the add's request fails asynchronously, which aborts the whole transaction;
    // the requests queued after it then fail with AbortError.
    const { IDBObjectStore: FakeStore } = await import('fake-indexeddb');
    const original = FakeStore.prototype.add;
    FakeStore.prototype.add = function (this: any) {
      return this.transaction._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    };
    try {
      await expect(writePackChunk(db, pack.id, 0, [article(1), article(2), article(3)], 2)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      FakeStore.prototype.add = original;
    }
    expect(await db.getAll('userArticles')).toEqual([]);
  });
});
