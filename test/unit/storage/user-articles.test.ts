import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { smallBundle } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { openCorpus as openCorpusSource } from '../background/fixtures/open-corpus';
import { createMemorySource } from '../../../src/corpus/memory-source';
import {
  activeUserArticles,
  activeUserArticlesReusing,
  countActiveUserArticles,
  findUserArticleByUrl,
  removeUserArticle,
  restoreUserArticle,
  saveUserArticle,
  updateUserArticle,
  userRevision,
} from '../../../src/storage/user-articles';
import { beginPackImport, commitPackImport, listPacks, removePackRecords, rollBackUnfinishedPacks, writePackChunk, PackImportGoneError } from '../../../src/storage/pack-import';
import type { ArticleInput, UserArticleRecord } from '../../../src/model/user-article';
import type { PackManifest } from '../../../src/pack/format';

const article = (n: number, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  outlet: 'Example Desk',
  date: '2025-10-16',
  text: `Paragraph one of story ${n}.\n\nParagraph two of story ${n}.`,
  ...extra,
});

const manifest = (count: number, hash = 'a'.repeat(32)): PackManifest => ({
  format: 'backstory-pack',
  formatVersion: 1,
  name: 'Desk pack',
  createdAt: '2025-11-01T10:00:00Z',
  corpusVersion: 'v-test',
  articleCount: count,
  contentHash: hash,
});

describe('saved articles', () => {
  it('are saved once: the same address (tracking parameters aside) or the same text is a duplicate', async () => {
    const db = await freshDb().connector.getDb();
    const first = await saveUserArticle(db, article(1), 1000);
    expect(first.status).toBe('added');
    expect(await saveUserArticle(db, article(1, { url: 'https://www.news.example/story-1/?utm_source=x#top', text: 'Other text.' }), 2000)).toEqual({ id: first.id, status: 'duplicate' });
    expect(await saveUserArticle(db, article(1, { url: 'https://other.example/copy', text: 'Paragraph one of story 1.\n\n\n  Paragraph two of story 1.  ' }), 3000)).toEqual({ id: first.id, status: 'duplicate' });
    expect(await db.getAll('userArticles')).toHaveLength(1);
    expect(await userRevision(db)).toBe(1);
    expect((await findUserArticleByUrl(db, 'http://news.example/story-1?utm_medium=y'))?.id).toBe(first.id);
  });

  it('refuse invalid input before writing, and leave the store as it was', async () => {
    const db = await freshDb().connector.getDb();
    await expect(saveUserArticle(db, article(1, { date: '2025-02-30' }), 1)).rejects.toThrow(/check_not_day/);
    await expect(saveUserArticle(db, { ...article(1), title: '' }, 1)).rejects.toThrow(/check_empty/);
    expect(await db.getAll('userArticles')).toEqual([]);
    expect(await userRevision(db)).toBe(0);
  });

  it('can be corrected, removed and restored, each change raising the revision', async () => {
    const db = await freshDb().connector.getDb();
    const { id } = await saveUserArticle(db, article(1), 1000);
    const edited = await updateUserArticle(db, id, { outlet: 'Corrected Outlet', date: '2025-10-15' });
    expect(edited).toMatchObject({ id, outlet: 'Corrected Outlet', date: '2025-10-15', title: 'Story 1' });
    await expect(updateUserArticle(db, id, { date: 'yesterday' })).rejects.toThrow();
    const removed = await removeUserArticle(db, id);
    expect(await db.getAll('userArticles')).toEqual([]);
    await restoreUserArticle(db, removed);
    expect(await db.getAll('userArticles')).toEqual([edited]);
    expect(await userRevision(db)).toBe(4);
  });

  it('keep where the date came from, until the reader corrects the date: then it is theirs', async () => {
    const db = await freshDb().connector.getDb();
    const { id } = await saveUserArticle(db, article(1, { dateSource: 'assumed' }), 1000);
    expect((await updateUserArticle(db, id, { title: 'Story one' })).dateSource).toBe('assumed');
    expect((await updateUserArticle(db, id, { date: '2025-10-16' })).dateSource).toBe('assumed');
    expect((await updateUserArticle(db, id, { date: '2017-03-02' })).dateSource).toBe('reader');
  });
});

describe('reading the active articles again after a save', () => {
  it('reuses the records held and reads the others, giving what a whole read gives', async () => {
    const db = await freshDb().connector.getDb();
    for (let n = 1; n <= 6; n++) await saveUserArticle(db, article(n), n);
    const before = await activeUserArticles(db);
    // An importing pack's articles stay out, as in a whole read.
    const pack = await beginPackImport(db, manifest(1), 10);
    await writePackChunk(db, pack.id, 0, [article(20)], 11);
    await saveUserArticle(db, article(7), 7);
    await removeUserArticle(db, before[2]!.id);
    const known = new Map(before.map((r) => [r.id, r]));
    const reused = await activeUserArticlesReusing(db, known);
    expect(reused).toEqual(await activeUserArticles(db));
    const all = ['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5', 'Story 6', 'Story 7'];
    expect(reused.map((r) => r.title).sort()).toEqual(all.filter((t) => t !== before[2]!.title));
    // The records held are the very objects returned: nothing read again.
    for (const r of reused) if (known.has(r.id)) expect(r).toBe(known.get(r.id));
    // With most of them unknown (a first compile), one whole read gives the same.
    expect(await activeUserArticlesReusing(db, new Map())).toEqual(reused);
  });
});

describe('pack imports', () => {
  it('write in chunks, skip what is already there, and join the corpus only at the commit', async () => {
    const db = await freshDb().connector.getDb();
    await saveUserArticle(db, article(2), 1);
    const pack = await beginPackImport(db, manifest(3), 10);
    expect(await writePackChunk(db, pack.id, 0, [article(1), article(2)], 11)).toEqual({ written: 1, duplicates: 1 });
    // The same chunk again (an answer lost on the way) is written once.
    expect(await writePackChunk(db, pack.id, 0, [article(1), article(2)], 11)).toEqual({ written: 0, duplicates: 0 });
    await expect(writePackChunk(db, pack.id, 5, [article(9)], 11)).rejects.toThrow(/out of order/);
    expect((await activeUserArticles(db)).map((a) => a.title)).toEqual(['Story 2']);
    expect(await countActiveUserArticles(db)).toBe(1);
    await expect(commitPackImport(db, pack.id, 12)).rejects.toThrow(/3 articles and 2 arrived/);
    await writePackChunk(db, pack.id, 2, [article(3)], 12);
    const revision = await userRevision(db);
    const done = await commitPackImport(db, pack.id, 13);
    expect(done).toMatchObject({ state: 'complete', added: 2, duplicates: 1 });
    expect(await userRevision(db)).toBe(revision + 1);
    expect((await activeUserArticles(db)).map((a) => a.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    await expect(beginPackImport(db, manifest(3), 14)).rejects.toThrow(/already imported/);
    expect(await removePackRecords(db, pack.id)).toBe(2);
    expect((await activeUserArticles(db)).map((a) => a.title)).toEqual(['Story 2']);
    expect(await listPacks(db)).toEqual([]);
  });

  it('leave nothing of an import a stopped worker left half-written', async () => {
    const db = await freshDb().connector.getDb();
    const pack = await beginPackImport(db, manifest(4, 'b'.repeat(32)), 10);
    await writePackChunk(db, pack.id, 0, [article(1), article(2)], 11);
    const revision = await userRevision(db);
    expect(await rollBackUnfinishedPacks(db)).toEqual([pack.id]);
    expect(await db.getAll('userArticles')).toEqual([]);
    expect(await userRevision(db)).toBe(revision);
    await expect(writePackChunk(db, pack.id, 2, [article(3)], 12)).rejects.toBeInstanceOf(PackImportGoneError);
  });
});

describe('the corpus served with the reader\u2019s articles', () => {
  it('is compiled from the seeds and the active articles, survives a corpus update, and is current on the next start', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    const compiled: UserArticleRecord[][] = [];
    const compile = async (records: UserArticleRecord[]) => {
      compiled.push(records);
      return smallBundle(`with-${records.length}`);
    };
    const open = (shipped: string) =>
      openCorpusSource(async () => smallBundle(shipped), createMemorySource, {
        getDb: () => connector.getDb(),
        shippedVersion: async () => shipped,
        compileWithUserArticles: compile,
      });
    await (await open('v1')).importing;
    expect(compiled).toEqual([]);
    await saveUserArticle(db, article(1), 1);
    const opened = await open('v1');
    expect((await opened.source.meta()).version).toBe('with-1');
    await opened.importing;
    expect((await open('v1')).backend).toBe('indexeddb');
    // A new shipped corpus: compiled again with the same articles, which the import never touched.
    const updated = await open('v2');
    await updated.importing;
    expect(compiled.map((list) => list.map((r) => r.title))).toEqual([['Story 1'], ['Story 1']]);
    expect((await db.getAll('userArticles')).map((r) => r.title)).toEqual(['Story 1']);
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ basis: 'v2+r1', version: 'with-1' });
    // Without compiling (same content), the basis moves when the last article goes.
    await removeUserArticle(db, (await db.getAll('userArticles'))[0]!.id);
    await (await open('v2')).importing;
    expect(await db.get('corpusMeta', 'corpus')).toMatchObject({ basis: 'v2+r2', version: 'v2' });
    expect(await ensureCorpus(db, smallBundle('v2'), { basis: 'v2+r2' })).toBe('current');
  });
});

describe('when the storage quota runs out', () => {
  it('a save or a pack chunk fails whole, and every article already there stays readable', async () => {
    const db = await freshDb().connector.getDb();
    await saveUserArticle(db, article(1), 1);
    const pack = await beginPackImport(db, manifest(2, 'c'.repeat(32)), 2);
    // The browser refuses the next writes of records, as it does when the disk or the origin's quota is full.
    const { IDBObjectStore: FakeStore } = await import('fake-indexeddb');
    const original = FakeStore.prototype.add;
    FakeStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(saveUserArticle(db, article(2), 3)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      await expect(writePackChunk(db, pack.id, 0, [article(3), article(4)], 4)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      FakeStore.prototype.add = original;
    }
    expect((await db.getAll('userArticles')).map((a) => a.title)).toEqual(['Story 1']);
    expect(await userRevision(db)).toBe(1);
    // The pack is still where it was (nothing written), and can be rolled back or retried.
    expect(await writePackChunk(db, pack.id, 0, [article(3), article(4)], 5)).toEqual({ written: 2, duplicates: 0 });
  });

  it('a chunk whose articles repeat each other writes each once', async () => {
    const db = await freshDb().connector.getDb();
    const pack = await beginPackImport(db, manifest(3, 'd'.repeat(32)), 1);
    expect(await writePackChunk(db, pack.id, 0, [article(1), article(1, { text: 'Other.' }), article(2)], 2)).toEqual({ written: 2, duplicates: 1 });
  });
});
