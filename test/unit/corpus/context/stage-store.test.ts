import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle, type SeedFile } from '../../../../src/compiler';
import type { CompiledCorpus } from '../../../../src/model/corpus-types';
import { toUserArticleRecord } from '../../../../src/model/user-article';
import { CorpusMemo } from '../../../../src/corpus/context/corpus-memo';
import type { PageContext } from '../../../../src/corpus/context/page-context';
import { pageInputOf, type PageInput } from '../../../../src/corpus/context/page-input';
import { readPageInContext } from '../../../../src/corpus/context/read-page-in-context';
import { warmPageContext } from '../../../../src/corpus/context/warm-context';
import { memoryStageStore, type ArticleStageStore, type StoredArticle } from '../../../../src/corpus/context/stage-store';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import { extractArticle } from '../../../../src/extract/extract-article';
import { seedFiles } from '../../compiler/seed-files';

const root = path.resolve(__dirname, '../../../..');
const page = (file: string): PageInput =>
  pageInputOf(extractArticle(parseHTML(readFileSync(path.join(root, 'test/pages', file), 'utf8')).document as unknown as Document, `https://example.org/${file}`));
const stable = ({ compared, ...rest }: PageContext) => JSON.stringify({ ...rest, compared: compared.articles });
const rule = (files: readonly SeedFile[], file: string) => files.find((f) => f.path === file)?.text ?? '';

/** The reader's saved article telling what the page tells, each paragraph with a note of its own: a corpus source of the page's claims. */
function savedTwinOf(news: PageInput, outlet: string) {
  const text = news.text
    .split(/\n\s*\n/)
    .map((p, i) => `${p.trim()} Example Wire's note ${i + 1}.`)
    .join('\n\n');
  return toUserArticleRecord({ url: 'https://example.net/talks', title: 'Kremlin talks', outlet, date: '2025-10-16', text }, 'saved', 1);
}

/** A stored article whose facts all say another act (its statements' too). */
function spoil(a: StoredArticle): StoredArticle {
  const act = <T extends { action: string }>(f: T): T => ({ ...f, action: 'tampered' });
  const statements = a.stage.statements && { ...a.stage.statements, facts: a.stage.statements.facts.map(([si, f]) => [si, act(f)] as [number, typeof f]) };
  return { ...a, stage: { ...a.stage, ...(statements ? { statements } : {}) }, facts: new Map([...a.facts].map(([q, f]) => [q, act(f)])) };
}

/** The store, remembering what it handed out (the very objects), so a test sees which a read took. */
function watched(store: ArticleStageStore): ArticleStageStore & { handed: Map<string, StoredArticle> } {
  const handed = new Map<string, StoredArticle>();
  return {
    handed,
    load: async (scope, ids) => {
      const found = await store.load(scope, ids);
      for (const [id, a] of found) handed.set(id, a);
      return found;
    },
    save: (scope, articles) => store.save(scope, articles),
    clear: () => store.clear(),
  };
}

/**
 * The corpus articles a worker prepared, stored and read back by a worker started again (an empty memo), give
 * the comparison a fresh build gives; and an article whose record changed, or another gazetteer, is prepared anew.
 */
describe('the prepared corpus articles, stored for a worker started again', () => {
  it('read back, give exactly what a fresh build gives, and are what the read uses', async () => {
    const files = await seedFiles();
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    const news = page('panel-news.html');
    const arabic = page('panel-arabic.html');
    const store = memoryStageStore();
    const before = new CorpusMemo(undefined, store);
    await readPageInContext(news, { seedFiles: files, source, memo: before });
    await before.saved();
    const storedAfterOne = store.size();
    expect(storedAfterOne).toBeGreaterThan(2);

    const fresh = async (p: PageInput) => stable(await readPageInContext(p, { seedFiles: files, source, memo: new CorpusMemo() }));
    const restarted = watched(store);
    const memo = new CorpusMemo(undefined, restarted);
    expect(stable(await readPageInContext(news, { seedFiles: files, source, memo }))).toBe(await fresh(news));
    // Every corpus article the read compared came from the store: the very entries it handed out are in the stage.
    expect(restarted.handed.size).toBe(storedAfterOne);
    const stage = memo.at((await source.meta()).version, rule(files, 'gazetteer.yaml'), rule(files, 'facets.yaml')).stage;
    for (const [id, a] of restarted.handed) expect(stage.articles.get(id)).toBe(a.stage);
    // And another page after it, partly from the store, partly prepared now.
    expect(stable(await readPageInContext(arabic, { seedFiles: files, source, memo }))).toBe(await fresh(arabic));

    // What is stored is what the read shows: facts spoiled in the store change the comparison (so the store is read).
    const spoiled: ArticleStageStore = {
      load: async (scope, ids) =>
        new Map([...(await store.load(scope, ids))].map(([id, a]) => [id, spoil(a)])),
      save: async () => undefined,
      clear: async () => undefined,
    };
    const misled = stable(await readPageInContext(news, { seedFiles: files, source, memo: new CorpusMemo(undefined, spoiled) }));
    expect(misled).not.toBe(await fresh(news));
  }, 120_000);

  it('prepares anew an article whose record changed, and everything under another gazetteer', async () => {
    const files = await seedFiles();
    const news = page('panel-news.html');
    const saved = (outlet: string) => savedTwinOf(news, outlet);
    const savedId = saved('').id;
    const versions = {
      savedNews: compileCorpusFromFiles(files, { userArticles: [saved('Example News')] }),
      // The same text saved again as another outlet's: the same id, another record.
      retitled: compileCorpusFromFiles(files, { userArticles: [saved('Other Outlet')] }),
    };
    const read = (corpus: CompiledCorpus, memo: CorpusMemo, seeds: readonly SeedFile[] = files) =>
      readPageInContext(news, { seedFiles: seeds, source: createMemorySource(shippedBundle(corpus)), memo });
    const store = memoryStageStore();
    const first = new CorpusMemo(undefined, store);
    const ctx = await read(versions.savedNews, first);
    expect(ctx.claims.flatMap((c) => c.sources).some((s) => s.articleId === savedId)).toBe(true);
    await first.saved();

    const restarted = watched(store);
    const memo = new CorpusMemo(undefined, restarted);
    expect(stable(await read(versions.retitled, memo))).toBe(stable(await read(versions.retitled, new CorpusMemo())));
    const stage = memo.at(versions.retitled.version, rule(files, 'gazetteer.yaml'), rule(files, 'facets.yaml')).stage;
    // The saved article was handed out (same id) but not taken: its record is another; the seeds' were taken.
    expect(restarted.handed.has(savedId)).toBe(true);
    expect(stage.articles.get(savedId)).toBeDefined();
    expect(stage.articles.get(savedId)).not.toBe(restarted.handed.get(savedId)!.stage);
    const taken = [...restarted.handed].filter(([id, a]) => id !== savedId && stage.articles.get(id) === a.stage);
    expect(taken.length).toBe(restarted.handed.size - 1);

    // Another gazetteer (a line of comment more): nothing stored is asked for under it.
    const otherGazetteer = files.map((f) => (f.path === 'gazetteer.yaml' ? { ...f, text: `${f.text}\n# another build's gazetteer\n` } : f));
    const again = watched(store);
    expect(stable(await read(versions.savedNews, new CorpusMemo(undefined, again), otherGazetteer))).toBe(stable(await read(versions.savedNews, new CorpusMemo(), otherGazetteer)));
    expect(again.handed.size).toBe(0);
  }, 120_000);
});


describe('the preparation in a worker started again', () => {
  it('takes from the store what is stored, and the read after it gives what a fresh build gives', async () => {
    const files = await seedFiles();
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    const news = page('panel-news.html');
    const store = memoryStageStore();
    const before = new CorpusMemo(undefined, store);
    const prepared = await warmPageContext({ seedFiles: files, source, memo: before }, { ARTICLES: 200, CHUNK: 2 });
    expect(store.size()).toBe(prepared);

    const restarted = watched(store);
    const memo = new CorpusMemo(undefined, restarted);
    expect(await warmPageContext({ seedFiles: files, source, memo }, { ARTICLES: 200, CHUNK: 2 })).toBe(prepared);
    expect(restarted.handed.size).toBe(prepared);
    const stage = memo.at((await source.meta()).version, rule(files, 'gazetteer.yaml'), rule(files, 'facets.yaml')).stage;
    for (const [id, a] of restarted.handed) expect(stage.articles.get(id)).toBe(a.stage);
    expect(stable(await readPageInContext(news, { seedFiles: files, source, memo }))).toBe(stable(await readPageInContext(news, { seedFiles: files, source, memo: new CorpusMemo() })));
  }, 120_000);
});

describe('two reads asking for the same article at once', () => {
  it('hold one article between them, taken once from the store', async () => {
    const store = memoryStageStore();
    const meta = { id: 'a', file: 'a.txt', title: 'A', outlet: 'X', date: '2025-01-01' };
    const reader = { meta: async () => meta, text: async () => 'Text.' };
    const first = new CorpusMemo(undefined, store);
    const at = first.at('v1', 'gazetteer', 'facets');
    const article = (await at.article('a', reader))!;
    at.stage.articles.set('a', { passages: [], statements: { key: '', ai: 0, first: 0, statements: [], facts: [] } });
    at.facts(article, () => new Map());
    expect(await at.persist()).toBe(1);

    const memo = new CorpusMemo(undefined, store);
    const [page, background] = await Promise.all([memo.at('v2', 'gazetteer', 'facets').article('a', reader), memo.at('v2', 'gazetteer', 'facets').article('a', reader)]);
    expect(page).toBe(background);
    const now = memo.at('v2', 'gazetteer', 'facets');
    expect(now.prepared(page!)).toBe(true);
    // Nothing to store again: it came from the store.
    expect(await now.persist()).toBe(0);
  });
});

describe('an article the reader removes or edits', () => {
  it('leaves no prepared copy behind, stored or about to be, and the next read prepares what it needs again', async () => {
    const files = await seedFiles();
    const news = page('panel-news.html');
    const record = savedTwinOf(news, 'Example News');
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files, { userArticles: [record] })));
    const store = memoryStageStore();
    const memo = new CorpusMemo(undefined, store);
    const ctx = await readPageInContext(news, { seedFiles: files, source, memo });
    expect(ctx.claims.flatMap((c) => c.sources).some((s) => s.articleId === record.id)).toBe(true);
    await memo.saved();
    expect(store.size()).toBeGreaterThan(0);
    await memo.forgetAll();
    expect(store.size()).toBe(0);

    // Removed while the read's preparation is still to be stored: it is not stored after.
    await readPageInContext(news, { seedFiles: files, source, memo });
    await memo.forgetAll();
    await memo.saved();
    expect(store.size()).toBe(0);

    // The corpus without it: read as a fresh build reads it.
    const without = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    expect(stable(await readPageInContext(news, { seedFiles: files, source: without, memo }))).toBe(stable(await readPageInContext(news, { seedFiles: files, source: without, memo: new CorpusMemo() })));
  }, 120_000);
});
