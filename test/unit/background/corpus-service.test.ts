import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../storage/fixtures/db';
import { smallBundle } from '../storage/fixtures/bundle';
import { CorpusService, type CorpusServiceDeps } from '../../../src/background/corpus-service';
import { createMemorySource } from '../../../src/corpus/memory-source';
import type { CorpusBundle } from '../../../src/model/corpus-types';
import type { ArticleInput, UserArticleRecord } from '../../../src/model/user-article';
import { removeUserArticle, saveUserArticle, updateUserArticle } from '../../../src/storage/user-articles';
import { SEARCH_INDEX_KEY, SLOT_STORES, type StoredSearchIndex } from '../../../src/storage/schema';
import { buildSearchIndex } from '../../../src/search/search-index';
import type * as SearchIndexModule from '../../../src/search/search-index';
import type * as IdbSourceModule from '../../../src/storage/idb-source';
import { readStoredBundle } from '../../../src/storage/idb-source';

// Spied on, not replaced: the tests count full index builds and whole-corpus reads.
vi.mock('../../../src/search/search-index', async (original) => {
  const real = await original<typeof SearchIndexModule>();
  return { ...real, buildSearchIndex: vi.fn(real.buildSearchIndex) };
});
vi.mock('../../../src/storage/idb-source', async (original) => {
  const real = await original<typeof IdbSourceModule>();
  return { ...real, readStoredBundle: vi.fn(real.readStoredBundle) };
});

/**
 * The corpus service with its real storage (fake-indexeddb) and a stand-in compiler whose every
 * compile the test can hold: the seeds are the small hand-made bundle, and each reader's article adds
 * itself, a passage and a Hmeimim claim citing it (as the real compiler would for an article naming it).
 */

const SHIPPED = 'v-small-1';

function compiled(records: readonly UserArticleRecord[]): CorpusBundle {
  const b = smallBundle(SHIPPED);
  if (records.length === 0) return b;
  const sorted = [...records].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const r of sorted) {
    b.articles.push({ id: r.id, file: `saved/${r.id}`, title: r.title, outlet: r.outlet, date: r.date, origin: 'saved', url: r.url });
    b.passages.push({ id: `${r.id}#0`, articleId: r.id, index: 0, start: 0, end: r.text.length, text: r.text, sentences: [[0, r.text.length]], entityIds: ['hmeimim'] });
    b.claims.push({ id: `c-${r.id}`, entityId: 'hmeimim', text: r.text, sources: [{ articleId: r.id, passageId: `${r.id}#0`, outlet: r.outlet, date: r.date, quote: r.text, origin: 'saved' }], agreement: { count: 1, total: 3 } });
  }
  b.version = `${SHIPPED}+${sorted.map((r) => r.id).join(',')}`;
  return b;
}

const article = (n: number): ArticleInput => ({
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  outlet: 'The Coastal Monitor',
  date: '2025-10-20',
  text: `Hmeimim story number ${n}: planes left the Hmeimim air base at dawn, its commander said.`,
});

interface Held {
  articles: string[];
  release: () => void;
}

/** A service over a fresh (or given) database; `hold` makes every compile wait for the test's release. */
function setup(connector = freshDb().connector, options: { hold?: boolean; fail?: () => Error | undefined } = {}) {
  const held: Held[] = [];
  const announced: string[] = [];
  /** What a tab that hears the announcement and asks at once is served. */
  const servedWhenAnnounced: Array<Promise<string>> = [];
  const compileWith = vi.fn(async (records: UserArticleRecord[]) => {
    if (options.hold) await new Promise<void>((release) => held.push({ articles: records.map((r) => r.title), release }));
    const error = options.fail?.();
    if (error) throw error;
    return compiled(records);
  });
  const deps: CorpusServiceDeps = {
    getDb: () => connector.getDb(),
    shippedVersion: async () => SHIPPED,
    loadShipped: async () => compiled([]),
    compileWith,
    createMemorySource,
    indexDelayMs: 0,
    announce: (version) => {
      announced.push(version);
      servedWhenAnnounced.push(servedVersion(service));
    },
  };
  /** What the service asked to keep the worker alive for (the search index's follow-up among them). */
  const kept: Array<Promise<unknown>> = [];
  deps.keepAlive = (work) => kept.push(work);
  const service = new CorpusService(deps);
  return { service, connector, held, announced, servedWhenAnnounced, compileWith, kept };
}

/** Waits until `check` holds (a bounded poll, no fixed sleep). */
const until = (check: () => boolean) => expect.poll(check, { timeout: 2000, interval: 5 }).toBe(true);

async function citedOnHmeimim(service: CorpusService): Promise<string[]> {
  const claims = await (await service.corpus()).source.getClaimsForEntity('hmeimim');
  return claims.flatMap((c) => c.sources).filter((s) => s.origin === 'saved').map((s) => s.outlet + ':' + s.quote.slice(0, 24));
}

async function servedVersion(service: CorpusService): Promise<string> {
  return (await (await service.corpus()).source.meta()).version;
}

describe('CorpusService', () => {
  it('serves the shipped corpus on a first start, from memory while it is written, then from IndexedDB', async () => {
    const { service, connector } = setup();
    const first = await service.corpus();
    expect(first.backend).toBe('memory');
    const settled = await first.importing!;
    expect(settled.backend).toBe('indexeddb');
    expect((await service.corpus()).backend).toBe('indexeddb');
    expect(await servedVersion(service)).toBe(SHIPPED);
    await connector.close();
  });

  it('a save during a recompile starts one more recompile, and each save is served once its changed() resolves', async () => {
    const { service, connector, held, compileWith } = setup(undefined, { hold: true });
    await (await service.corpus()).importing;
    const db = await connector.getDb();

    await saveUserArticle(db, article(1), 1);
    let firstDone = false;
    const first = service.changed().then(() => (firstDone = true));
    await until(() => held.length === 1);
    expect(service.pending).toBe(true);
    // The second save lands while the first recompile runs (it read the articles before this save).
    await saveUserArticle(db, article(2), 2);
    let secondDone = false;
    const second = service.changed().then(() => (secondDone = true));
    // Meanwhile the served corpus is the previous one, whole.
    expect(await servedVersion(service)).toBe(SHIPPED);

    held[0]!.release();
    await first;
    expect(await citedOnHmeimim(service)).toEqual([expect.stringContaining('Hmeimim story number 1')]);
    expect(secondDone).toBe(false);
    await until(() => held.length === 2);
    expect(held[1]!.articles.sort()).toEqual(['Story 1', 'Story 2']);
    held[1]!.release();
    await second;
    expect(firstDone && secondDone).toBe(true);
    expect((await citedOnHmeimim(service)).sort()).toEqual([expect.stringContaining('number 1'), expect.stringContaining('number 2')]);
    expect(service.pending).toBe(false);
    expect(compileWith).toHaveBeenCalledTimes(2);
    await connector.close();
  });

  it('many saves during one recompile cost one more recompile, not one each', async () => {
    const { service, connector, held, compileWith } = setup(undefined, { hold: true });
    await (await service.corpus()).importing;
    const db = await connector.getDb();
    await saveUserArticle(db, article(1), 1);
    const waits = [service.changed()];
    await until(() => held.length === 1);
    for (let n = 2; n <= 5; n++) {
      await saveUserArticle(db, article(n), n);
      waits.push(service.changed());
    }
    held[0]!.release();
    await until(() => held.length === 2);
    held[1]!.release();
    await Promise.all(waits);
    expect(compileWith).toHaveBeenCalledTimes(2);
    expect(await citedOnHmeimim(service)).toHaveLength(5);
    await connector.close();
  });

  it('a worker stopped between a save and its recompile: the next start compiles the saved article in', async () => {
    const { service, connector } = setup();
    await (await service.corpus()).importing;
    // The save commits, then the worker stops before changed() ran.
    await saveUserArticle(await connector.getDb(), article(7), 7);
    const restarted = setup(connector);
    expect(await citedOnHmeimim(restarted.service)).toEqual([expect.stringContaining('number 7')]);
    expect(restarted.compileWith).toHaveBeenCalledTimes(1);
    // The start after that reads the stored corpus: nothing is compiled again.
    const again = setup(connector);
    expect(await citedOnHmeimim(again.service)).toEqual([expect.stringContaining('number 7')]);
    expect((await again.service.corpus()).backend).toBe('indexeddb');
    expect(again.compileWith).not.toHaveBeenCalled();
    await connector.close();
  });

  it('hands over only a whole new corpus, and announces it after the switch', async () => {
    const { service, connector, held, announced, servedWhenAnnounced } = setup(undefined, { hold: true });
    await (await service.corpus()).importing;
    await saveUserArticle(await connector.getDb(), article(3), 3);
    const seen: string[] = [];
    const change = service.changed();
    await until(() => held.length === 1);
    expect(announced).toEqual([]);
    const readsDuring = servedVersion(service).then((v) => seen.push(v));
    held[0]!.release();
    await change;
    await readsDuring;
    expect(seen).toEqual([SHIPPED]);
    expect(announced).toHaveLength(1);
    // By the time tabs hear of it, what they ask for is the new corpus.
    expect(await servedWhenAnnounced[0]).toBe(announced[0]);
    expect(announced[0]).not.toBe(SHIPPED);
    await connector.close();
  });

  it('writes only the changed records into the corpus being read, no second copy', async () => {
    const { service, connector } = setup();
    await (await service.corpus()).importing;
    const db = await connector.getDb();
    const saved = await saveUserArticle(db, article(4), 4);
    await service.changed();
    const opened = await service.corpus();
    expect(opened.backend).toBe('indexeddb');
    expect(opened.importing).toBeUndefined();
    expect(await db.count(SLOT_STORES.b.passages)).toBe(0); // nothing written to the other slot
    expect(await db.count(SLOT_STORES.a.articles)).toBe(3);
    expect((await opened.source.getPassagesForArticle(saved.id)).map((p) => p.id)).toEqual([`${saved.id}#0`]);
    expect((await opened.source.getPassagesForEntity('hmeimim')).map((p) => p.articleId)).toEqual(['a1', 'a2', saved.id]);

    // A removal is gone from cards and search once changed() resolves.
    await removeUserArticle(db, saved.id);
    await service.changed();
    expect(await citedOnHmeimim(service)).toEqual([]);
    expect(await db.count(SLOT_STORES.a.passages)).toBe(3);
    expect((await service.search('planes left', 10)).results).toEqual([]);
    await connector.close();
  });

  it('search after a restart reads the stored corpus, never recompiles', async () => {
    const { service, connector } = setup();
    await (await service.corpus()).importing;
    const saved = await saveUserArticle(await connector.getDb(), article(5), 5);
    await service.changed();
    const restarted = setup(connector);
    const response = await restarted.service.search('planes left the Hmeimim air base', 5);
    expect(response.results.map((r) => r.articleId)).toContain(saved.id);
    expect(response.corpusVersion).toBe(await servedVersion(service));
    expect(restarted.compileWith).not.toHaveBeenCalled();
    await connector.close();
  });

  it('search answers from the shipped corpus when a newer build took the database', async () => {
    const { SchemaTooNewError } = await import('../../../src/storage/db');
    const { service } = setup({ getDb: () => Promise.reject(new SchemaTooNewError(99, 5)), getReadableDb: () => Promise.reject(new Error('x')), close: async () => undefined });
    expect((await service.corpus()).backend).toBe('memory');
    const found = await service.search('Hmeimim', 5);
    expect(found.corpusVersion).toBe(SHIPPED);
    expect(found.results.length).toBeGreaterThan(0);
  });

  it('keeps a failed recompile as a code in the user store, shown after a restart, cleared by the next success', async () => {
    let failing = true;
    const { service, connector } = setup(undefined, { fail: () => (failing ? new RangeError('too deep') : undefined) });
    await (await service.corpus()).importing;
    await saveUserArticle(await connector.getDb(), article(6), 6);
    await service.changed();
    expect((await service.state(1)).problem).toEqual({ code: 'compile_failed', detail: 'RangeError: too deep' });
    expect(await servedVersion(service)).toBe(SHIPPED); // the previous corpus keeps answering
    const restarted = setup(connector, { fail: () => (failing ? new RangeError('too deep') : undefined) });
    expect((await restarted.service.state(1)).problem).toEqual({ code: 'compile_failed', detail: 'RangeError: too deep' });
    failing = false;
    await restarted.service.changed();
    expect((await restarted.service.state(1)).problem).toBeUndefined();
    expect((await setup(connector).service.state(1)).problem).toBeUndefined();
    await connector.close();
  });
  it('stores the search index by version and updates it in place; a restarted worker reads it, building and reading nothing whole', async () => {
    const { service, connector } = setup();
    await (await service.corpus()).importing;
    const db = await connector.getDb();
    const storedIndexVersion = async () => ((await db.get('corpusMeta', SEARCH_INDEX_KEY)) as StoredSearchIndex | undefined)?.index.version;
    expect((await service.search('planes left', 5)).results).toEqual([]);
    const builds = vi.mocked(buildSearchIndex).mock.calls.length;

    const first = await saveUserArticle(db, article(8), 8);
    await service.changed();
    const second = await saveUserArticle(db, article(9), 9);
    await service.changed();
    await removeUserArticle(db, first.id);
    await service.changed();
    const served = await servedVersion(service);
    await expect.poll(storedIndexVersion, { timeout: 2000, interval: 5 }).toBe(served);
    const found = await service.search('planes left at dawn', 10);
    expect(found.corpusVersion).toBe(served);
    expect(found.results.map((r) => r.articleId)).toEqual([second.id]);
    // Two saves and a removal: the index was updated, never built again.
    expect(vi.mocked(buildSearchIndex).mock.calls.length).toBe(builds);

    vi.mocked(readStoredBundle).mockClear();
    const restarted = setup(connector);
    const again = await restarted.service.search('planes left at dawn', 10);
    expect(again.results.map((r) => r.articleId)).toEqual([second.id]);
    expect(again.results[0]!.passage).toContain('Hmeimim story number 9');
    expect(vi.mocked(buildSearchIndex).mock.calls.length).toBe(builds);
    expect(readStoredBundle).not.toHaveBeenCalled();
    expect(restarted.compileWith).not.toHaveBeenCalled();
    await connector.close();
  });

  it('does not make the search index of a corpus that a change already asked for will replace', async () => {
    const { service, connector, held, kept } = setup(undefined, { hold: true });
    await (await service.corpus()).importing;
    const db = await connector.getDb();
    const storedIndexVersion = async () => ((await db.get('corpusMeta', SEARCH_INDEX_KEY)) as StoredSearchIndex | undefined)?.index.version;
    const saved = await saveUserArticle(db, article(11), 11);
    const first = service.changed([saved.id]);
    await until(() => held.length === 1);
    // The next save is asked for while the first compiles: the first's corpus is served, then replaced.
    const next = await saveUserArticle(db, article(12), 12);
    const second = service.changed([next.id]);
    held[0]!.release();
    await first;
    const intermediate = await servedVersion(service);
    await until(() => held.length === 2);
    // The first's follow-up (its timer is 0 ms here) and whatever it started have run: no index was made for it.
    for (let n = -1; n !== kept.length; ) {
      n = kept.length;
      await Promise.all(kept);
    }
    expect(await storedIndexVersion()).toBeUndefined();
    held[1]!.release();
    await second;
    const last = await servedVersion(service);
    expect(last).not.toBe(intermediate);
    await expect.poll(storedIndexVersion, { timeout: 2000, interval: 5 }).toBe(last);
    await connector.close();
  });

  it('search during a recompile answers from the corpus served, and from the new one once changed() resolves', async () => {
    const { service, connector, held } = setup(undefined, { hold: true });
    await (await service.corpus()).importing;
    const saved = await saveUserArticle(await connector.getDb(), article(10), 10);
    const change = service.changed();
    await until(() => held.length === 1);
    const during = await service.search('planes left at dawn', 10);
    expect(during.corpusVersion).toBe(SHIPPED);
    expect(during.results.map((r) => r.articleId)).not.toContain(saved.id);
    held[0]!.release();
    await change;
    const after = await service.search('planes left at dawn', 10);
    expect(after.corpusVersion).toBe(await servedVersion(service));
    expect(after.results.map((r) => r.articleId)).toContain(saved.id);
    await connector.close();
  });

  it('a save reuses the records it compiled before (one read, not 10,000), and an edit is read again', async () => {
    const { service, connector, compileWith } = setup();
    await (await service.corpus()).importing;
    const db = await connector.getDb();
    const one = await saveUserArticle(db, article(1), 1);
    await service.changed([one.id]);
    const two = await saveUserArticle(db, article(2), 2);
    await service.changed([two.id]);
    const [first] = compileWith.mock.calls[0]![0];
    const second = compileWith.mock.calls[1]![0];
    expect(second.map((r) => r.title).sort()).toEqual(['Story 1', 'Story 2']);
    // The record of story 1 is the one compiled before, not read again.
    expect(second.find((r) => r.id === one.id)).toBe(first);
    // An edit keeps the id: a change without ids forgets every record held.
    await updateUserArticle(db, one.id, { title: 'Story 1, retitled' });
    await service.changed();
    expect(compileWith.mock.calls[2]![0].map((r) => r.title).sort()).toEqual(['Story 1, retitled', 'Story 2']);
    // A removal names its id: it leaves, the others stay held.
    await removeUserArticle(db, two.id);
    await service.changed([two.id]);
    expect(compileWith.mock.calls[3]![0].map((r) => r.title)).toEqual(['Story 1, retitled']);
    expect(await citedOnHmeimim(service)).toEqual([expect.stringContaining('number 1')]);
    await connector.close();
  });
});
