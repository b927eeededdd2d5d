import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { corpusCalls, resetCorpusCalls } from './fixtures/fake-corpus-access';
import { userArticleHandlers as handlers } from '../../../src/background/user-article-handlers';
import type { ArticleInput } from '../../../src/model/user-article';
import type { PackManifest } from '../../../src/pack/format';
import { getDb } from '../../../src/storage/db';
import { beginPackImport, writePackChunk } from '../../../src/storage/pack-import';

/**
 * The reader's own articles and packs, through the handlers the popup and options page call: stored in
 * the extension's shared database (here fake-indexeddb; tests in this file share it, so each uses
 * articles of its own), with the corpus service replaced by one that records each recompile it is asked for.
 */
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
vi.mock('../../../src/background/corpus-access', async () => (await import('./fixtures/fake-corpus-access')).fakeCorpusAccess);
beforeEach(resetCorpusCalls);
afterEach(() => vi.restoreAllMocks());

const popup: Runtime.MessageSender = { url: 'chrome-extension://backstory-test/popup.html' };

const article = (name: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  url: `https://news.example/${name}`,
  title: `Story ${name}`,
  outlet: 'The Coastal Monitor',
  date: '2025-10-20',
  text: `Planes left the Hmeimim air base at dawn (${name}), its commander said.`,
  ...extra,
});

const manifest = (count: number, hash: string): PackManifest => ({
  format: 'backstory-pack',
  formatVersion: 1,
  name: `Desk pack ${hash.slice(0, 4)}`,
  createdAt: '2025-11-01T10:00:00Z',
  corpusVersion: 'v-test',
  articleCount: count,
  contentHash: hash,
});

describe('packs a stopped worker left half-written (first pack request of this worker)', () => {
  it('are rolled back before the next pack is begun', async () => {
    const db = await getDb();
    const half = await beginPackImport(db, manifest(2, 'a'.repeat(32)), 1);
    await writePackChunk(db, half.id, 0, [article('half-1')], 2);
    const { packId } = await handlers.packImportBegin({ type: 'packImportBegin', manifest: manifest(1, 'b'.repeat(32)) }, popup);
    expect(await (await getDb()).get('packs', half.id)).toBeUndefined();
    expect(await (await getDb()).get('packs', packId)).toMatchObject({ state: 'importing' });
    expect((await handlers.findUserArticle({ type: 'findUserArticle', url: article('half-1').url }, popup)).match).toBeNull();
    await handlers.packImportAbort({ type: 'packImportAbort', packId }, popup);
  });
});

describe('saved articles', () => {
  it('saveArticle stores the article, finds it by its address, and recompiles the corpus once', async () => {
    const saved = await handlers.saveArticle({ type: 'saveArticle', article: article('save-1') }, popup);
    expect(saved.status).toBe('added');
    expect(corpusCalls.changed).toBe(1);
    const { match } = await handlers.findUserArticle({ type: 'findUserArticle', url: 'https://news.example/save-1?utm_source=feed' }, popup);
    expect(match).toMatchObject({ id: saved.id, title: 'Story save-1', origin: 'saved' });
  });

  it('saving the same article again is a duplicate and recompiles nothing', async () => {
    const first = await handlers.saveArticle({ type: 'saveArticle', article: article('dup-1') }, popup);
    resetCorpusCalls();
    expect(await handlers.saveArticle({ type: 'saveArticle', article: article('dup-1') }, popup)).toEqual({ id: first.id, status: 'duplicate' });
    expect(corpusCalls.changed).toBe(0);
  });

  it('a full disk reaches the popup as the code "storage_full", and nothing is stored', async () => {
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(handlers.saveArticle({ type: 'saveArticle', article: article('full-1') }, popup)).rejects.toMatchObject({ code: 'storage_full' });
    vi.restoreAllMocks();
    expect((await handlers.findUserArticle({ type: 'findUserArticle', url: article('full-1').url }, popup)).match).toBeNull();
    expect(corpusCalls.changed).toBe(0);
  });

  it('listUserArticles lists the newest first, with the corpus state for that many', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_750_000_000_000);
    const older = await handlers.saveArticle({ type: 'saveArticle', article: article('list-a') }, popup);
    now.mockReturnValue(1_750_000_060_000);
    const newer = await handlers.saveArticle({ type: 'saveArticle', article: article('list-b') }, popup);
    now.mockRestore();
    // The database gives records by id, and these ids put the older first: only the sort puts the newer first.
    expect(older.id < newer.id).toBe(true);
    const listed = await handlers.listUserArticles({ type: 'listUserArticles' }, popup);
    const ids = listed.articles.map((a) => a.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(listed.corpus).toEqual({ articles: listed.articles.length, pending: false });
    expect(listed.articles.find((a) => a.id === older.id)).toMatchObject({ title: 'Story list-a', chars: article('list-a').text.length });
  });

  it('updateUserArticle changes what is stored and recompiles; remove and restore take it out and back', async () => {
    const { id } = await handlers.saveArticle({ type: 'saveArticle', article: article('edit-1') }, popup);
    resetCorpusCalls();
    expect(await handlers.updateUserArticle({ type: 'updateUserArticle', id, changes: { title: 'A better title' } }, popup)).toMatchObject({ id, title: 'A better title' });
    const { removed } = await handlers.removeUserArticle({ type: 'removeUserArticle', id }, popup);
    expect((await handlers.listUserArticles({ type: 'listUserArticles' }, popup)).articles.map((a) => a.id)).not.toContain(id);
    expect(await handlers.restoreUserArticle({ type: 'restoreUserArticle', article: removed }, popup)).toEqual({ restored: true });
    expect((await handlers.listUserArticles({ type: 'listUserArticles' }, popup)).articles.find((a) => a.id === id)).toMatchObject({ title: 'A better title' });
    expect(corpusCalls.changed).toBe(3);
  });

  it('removing an article that is not there is refused with a code', async () => {
    await expect(handlers.removeUserArticle({ type: 'removeUserArticle', id: 'u-nothing-here' }, popup)).rejects.toHaveProperty('code');
    expect(corpusCalls.changed).toBe(0);
  });
});

describe('packs', () => {
  it('begin, chunks and commit: the pack\u2019s articles are listed with the pack, and the corpus recompiles', async () => {
    const { packId } = await handlers.packImportBegin({ type: 'packImportBegin', manifest: manifest(2, 'c'.repeat(32)) }, popup);
    expect(await handlers.packImportChunk({ type: 'packImportChunk', packId, first: 0, articles: [article('pack-1'), article('pack-2')] }, popup)).toEqual({ written: 2, duplicates: 0 });
    // Not listed before it is committed.
    expect((await handlers.listUserArticles({ type: 'listUserArticles' }, popup)).packs.map((p) => p.id)).not.toContain(packId);
    expect(await handlers.packImportCommit({ type: 'packImportCommit', packId }, popup)).toEqual({ packId, added: 2, duplicates: 0 });
    await vi.waitFor(() => expect(corpusCalls.changed).toBe(1));
    const listed = await handlers.listUserArticles({ type: 'listUserArticles' }, popup);
    expect(listed.packs).toContainEqual(expect.objectContaining({ id: packId, name: 'Desk pack cccc', articles: 2, duplicates: 0 }));
    expect(listed.articles.filter((a) => a.packId === packId)).toHaveLength(2);

    expect(await handlers.removePack({ type: 'removePack', packId }, popup)).toEqual({ removed: 2 });
    const after = await handlers.listUserArticles({ type: 'listUserArticles' }, popup);
    expect(after.packs.map((p) => p.id)).not.toContain(packId);
    expect(after.articles.filter((a) => a.packId === packId)).toEqual([]);
  });

  it('an aborted import leaves none of its articles', async () => {
    const { packId } = await handlers.packImportBegin({ type: 'packImportBegin', manifest: manifest(2, 'd'.repeat(32)) }, popup);
    await handlers.packImportChunk({ type: 'packImportChunk', packId, first: 0, articles: [article('abort-1')] }, popup);
    expect(await handlers.packImportAbort({ type: 'packImportAbort', packId }, popup)).toEqual({ rolledBack: true });
    expect((await handlers.findUserArticle({ type: 'findUserArticle', url: article('abort-1').url }, popup)).match).toBeNull();
    expect(await (await getDb()).get('packs', packId)).toBeUndefined();
  });

  it('the same pack twice is refused with a code', async () => {
    const { packId } = await handlers.packImportBegin({ type: 'packImportBegin', manifest: manifest(1, 'e'.repeat(32)) }, popup);
    await handlers.packImportChunk({ type: 'packImportChunk', packId, first: 0, articles: [article('twice-1')] }, popup);
    await handlers.packImportCommit({ type: 'packImportCommit', packId }, popup);
    await expect(handlers.packImportBegin({ type: 'packImportBegin', manifest: manifest(1, 'e'.repeat(32)) }, popup)).rejects.toMatchObject({ code: 'pack_already_imported' });
  });
});

describe('exportSavedArticlesPage', () => {
  it('gives the saved articles as they were input, page by page, with the shipped corpus version', async () => {
    await handlers.saveArticle({ type: 'saveArticle', article: article('export-1', { author: 'R. Writer' }) }, popup);
    const seen: ArticleInput[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await handlers.exportSavedArticlesPage({ type: 'exportSavedArticlesPage', ...(after ? { after } : {}) }, popup);
      expect(page.corpusVersion).toBe('v-test');
      seen.push(...page.articles);
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toContainEqual(article('export-1', { author: 'R. Writer' }));
  });
});
