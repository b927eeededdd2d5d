import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../../src/compiler';
import type { CorpusSource } from '../../../../src/corpus/source';
import type { CompiledCorpus } from '../../../../src/model/corpus-types';
import { toUserArticleRecord } from '../../../../src/model/user-article';
import { CorpusMemo } from '../../../../src/corpus/context/corpus-memo';
import type { PageContext } from '../../../../src/corpus/context/page-context';
import { pageInputOf, type PageInput } from '../../../../src/corpus/context/page-input';
import { readPageInContext } from '../../../../src/corpus/context/read-page-in-context';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import { extractArticle } from '../../../../src/extract/extract-article';
import { seedFiles } from '../../compiler/seed-files';

const root = path.resolve(__dirname, '../../../..');
const page = (file: string): PageInput =>
  pageInputOf(extractArticle(parseHTML(readFileSync(path.join(root, 'test/pages', file), 'utf8')).document as unknown as Document, `https://example.org/${file}`));
/** The context without its timing, which differs from read to read. */
const stable = ({ compared, ...rest }: PageContext) => ({ ...rest, compared: compared.articles });

/**
 * What a read keeps for the next (the corpus articles read back, compiled and read for facts) changes nothing of
 * what the panel shows: pages read one after another with one memo give exactly what each gives read alone.
 */
describe('reading pages in context, one after another', () => {
  it('gives for each page what a first read gives, whatever was read before', async () => {
    const files = await seedFiles();
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    const news = page('panel-news.html');
    const arabic = page('panel-arabic.html');
    // Another page on the same story: its corpus articles are the news page's, its text is not.
    const retold = { ...news, url: `${news.url}?retold`, text: news.text.replace('October 14', 'October 15') };
    const alone = async (p: PageInput) => stable(await readPageInContext(p, { seedFiles: files, source, memo: new CorpusMemo() }));
    const memo = new CorpusMemo();
    const inTurn = async (p: PageInput) => stable(await readPageInContext(p, { seedFiles: files, source, memo }));
    const expected = { news: await alone(news), arabic: await alone(arabic), retold: await alone(retold) };
    expect(expected.news.claims.length).toBeGreaterThan(3);
    expect(expected.retold.claims.find((c) => /took place on October 15/.test(c.sentence.quote))?.standing).not.toBe('differs');
    expect(await inTurn(news)).toEqual(expected.news);
    expect(await inTurn(arabic)).toEqual(expected.arabic);
    expect(await inTurn(retold)).toEqual(expected.retold);
    expect(await inTurn(news)).toEqual(expected.news);
  }, 120_000);

  it('after a save, a new record and a removal, gives what a first read gives, reading back only the articles that changed', async () => {
    const files = await seedFiles();
    const news = page('panel-news.html');
    const arabic = page('panel-arabic.html');
    const retold = { ...news, url: `${news.url}?retold`, text: news.text.replace('October 14', 'October 15') };
    // Another outlet's telling of the story (the page's paragraphs, each with a line of its own): a source for the page.
    const shorter = news.text
      .split(/\n\s*\n/)
      .map((p, i) => `${p.trim()} Example Wire's note ${i + 1}.`)
      .join('\n\n');
    const saved = (outlet: string) => toUserArticleRecord({ url: 'https://example.net/talks', title: 'Kremlin talks', outlet, date: '2025-10-16', text: shorter }, 'saved', 1);
    const versions = {
      shipped: compileCorpusFromFiles(files),
      // The reader saves it: the corpus now holds it (and its claims are on the cards of its names).
      savedNews: compileCorpusFromFiles(files, { userArticles: [saved('Example News')] }),
      // Removed, then the same text saved again as another outlet's: the same id, another record.
      retitled: compileCorpusFromFiles(files, { userArticles: [saved('Other Outlet')] }),
    };
    expect(new Set(Object.values(versions).map((v) => v.version)).size).toBe(3);
    const memo = new CorpusMemo();
    const passagesRead: string[] = [];
    const counted = (source: CorpusSource): CorpusSource => ({
      ...source,
      getPassagesForArticle: (id) => (passagesRead.push(id), source.getPassagesForArticle(id)),
    });
    const inTurn = async (corpus: CompiledCorpus, p: PageInput) => stable(await readPageInContext(p, { seedFiles: files, source: counted(createMemorySource(shippedBundle(corpus))), memo }));
    const alone = async (corpus: CompiledCorpus, p: PageInput) => stable(await readPageInContext(p, { seedFiles: files, source: createMemorySource(shippedBundle(corpus)), memo: new CorpusMemo() }));
    const savedId = saved('').id;

    await inTurn(versions.shipped, news);
    await inTurn(versions.shipped, arabic);
    const firstRead = passagesRead.splice(0);
    expect(firstRead.length).toBeGreaterThan(2);

    const citing = (ctx: ReturnType<typeof stable>) => ctx.claims.flatMap((c) => c.sources).filter((s) => s.articleId === savedId);
    // After the save: the saved article is the only one read back, and the page is compared with it too.
    const afterSave = await inTurn(versions.savedNews, news);
    expect(JSON.stringify(afterSave)).toBe(JSON.stringify(await alone(versions.savedNews, news)));
    expect(passagesRead.splice(0)).toEqual([savedId]);
    expect(citing(afterSave).length).toBeGreaterThan(0);
    expect(JSON.stringify(await inTurn(versions.savedNews, retold))).toBe(JSON.stringify(await alone(versions.savedNews, retold)));
    expect(passagesRead.splice(0)).toEqual([]);

    // Its record changed under the same id: read back again, not taken from before.
    const retitled = await inTurn(versions.retitled, retold);
    expect(JSON.stringify(retitled)).toBe(JSON.stringify(await alone(versions.retitled, retold)));
    expect(passagesRead.splice(0)).toEqual([savedId]);
    expect(citing(retitled).length).toBeGreaterThan(0);
    expect(citing(retitled).every((s) => s.outlet === 'Other Outlet')).toBe(true);

    // Removed: back to the shipped corpus, nothing read back, nothing of the saved article left.
    const afterRemoval = await inTurn(versions.shipped, arabic);
    expect(JSON.stringify(afterRemoval)).toBe(JSON.stringify(await alone(versions.shipped, arabic)));
    expect(JSON.stringify(await inTurn(versions.shipped, news))).toBe(JSON.stringify(await alone(versions.shipped, news)));
    expect(passagesRead.splice(0)).toEqual([]);
  }, 180_000);

  it('forgets everything when the gazetteer changes', async () => {
    const memo = new CorpusMemo();
    const reads = { meta: 0, text: 0 };
    const reader = (title: string) => ({
      meta: async () => (reads.meta++, { id: 'a', file: 'a.txt', title, outlet: 'X', date: '2025-01-01' }),
      text: async () => (reads.text++, 'Text.'),
    });
    const first = await memo.at('v1', 'gazetteer 1').article('a', reader('A'));
    expect(await memo.at('v1', 'gazetteer 1').article('a', reader('A'))).toBe(first);
    expect(reads).toEqual({ meta: 1, text: 1 });
    expect(await memo.at('v2', 'gazetteer 1').article('a', reader('A'))).toBe(first);
    expect(reads).toEqual({ meta: 2, text: 1 });
    expect((await memo.at('v3', 'gazetteer 1').article('a', reader('B')))?.title).toBe('B');
    expect(reads).toEqual({ meta: 3, text: 2 });
    expect(await memo.at('v3', 'gazetteer 2').article('a', reader('B'))).not.toBe(first);
    expect(reads).toEqual({ meta: 4, text: 3 });
    expect(memo.at('v3', 'gazetteer 2').stage).not.toBe(memo.at('v3', 'gazetteer 1').stage);
  });

  it('keeps a bounded number of articles, the least recently used going first, and no failed read', async () => {
    const memo = new CorpusMemo(4).at('v', 'g');
    const reader = (id: string, text: () => Promise<string> = async () => id) => ({ meta: async () => ({ id, file: id, title: id, outlet: 'X', date: '2025-01-01' }), text });
    const kept = new Map<string, unknown>();
    for (const id of ['a', 'b', 'c', 'd']) kept.set(id, await memo.article(id, reader(id)));
    await memo.article('a', reader('a')); // used: now the most recent
    await memo.article('e', reader('e'));
    expect(await memo.article('a', reader('a'))).toBe(kept.get('a'));
    expect(await memo.article('b', reader('b'))).not.toBe(kept.get('b'));
    await expect(memo.article('x', reader('x', () => Promise.reject(new Error('closed'))))).rejects.toThrow('closed');
    const x = await memo.article('x', reader('x'));
    expect(x?.text).toBe('x');
    expect(await memo.article('x', reader('x', async () => 'again'))).toBe(x);
    const facts = memo.facts(x!, () => new Map());
    expect(memo.facts(x!, () => new Map())).toBe(facts);
  });
});
