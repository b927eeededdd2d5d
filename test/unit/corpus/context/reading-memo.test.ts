import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../../src/compiler';
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

  it('forgets everything when the corpus changes', () => {
    const memo = new CorpusMemo();
    const first = memo.at('v1');
    expect(first.get('k', () => 1)).toBe(1);
    expect(memo.at('v1').get('k', () => 2)).toBe(1);
    expect(memo.at('v2')).not.toBe(first);
    expect(memo.at('v2').get('k', () => 3)).toBe(3);
    expect(memo.at('v2').stage.articles.size).toBe(0);
  });

  it('keeps a bounded number of entries, the least recently used going first, and no failed read', async () => {
    const memo = new CorpusMemo(4).at('v');
    for (const k of ['a', 'b', 'c', 'd']) memo.get(k, () => k);
    memo.get('a', () => 'again'); // used: now the most recent
    memo.get('e', () => 'e');
    expect(memo.get('a', () => 'new')).toBe('a');
    expect(memo.get('b', () => 'new')).toBe('new');
    await expect(memo.remember('x', () => Promise.reject(new Error('closed')))).rejects.toThrow('closed');
    expect(await memo.remember('x', () => Promise.resolve('read'))).toBe('read');
    expect(await memo.remember('x', () => Promise.resolve('again'))).toBe('read');
  });
});
