import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../../src/compiler';
import { CorpusMemo } from '../../../../src/corpus/context/corpus-memo';
import type { PageContext } from '../../../../src/corpus/context/page-context';
import { pageInputOf } from '../../../../src/corpus/context/page-input';
import { readPageInContext } from '../../../../src/corpus/context/read-page-in-context';
import { warmPageContext } from '../../../../src/corpus/context/warm-context';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import type { CorpusSource } from '../../../../src/corpus/source';
import { extractArticle } from '../../../../src/extract/extract-article';
import { seedFiles } from '../../compiler/seed-files';

const root = path.resolve(__dirname, '../../../..');
const stable = ({ compared, ...rest }: PageContext) => ({ ...rest, compared: compared.articles });

describe('the side panel prepared ahead of the first read', () => {
  it('leaves the first read nothing to read back, and changes nothing it shows', async () => {
    const files = await seedFiles();
    const bundle = shippedBundle(compileCorpusFromFiles(files));
    const read: string[] = [];
    const plain = createMemorySource(bundle);
    const counted: CorpusSource = { ...plain, getPassagesForArticle: (id) => (read.push(id), plain.getPassagesForArticle(id)) };
    const page = pageInputOf(extractArticle(parseHTML(readFileSync(path.join(root, 'test/pages/panel-news.html'), 'utf8')).document as unknown as Document, 'https://example.org/panel-news.html'));

    const cold = stable(await readPageInContext(page, { seedFiles: files, source: plain, memo: new CorpusMemo() }));
    const memo = new CorpusMemo();
    const prepared = await warmPageContext({ seedFiles: files, source: counted, memo }, { ARTICLES: 200, CHUNK: 2 });
    expect(prepared).toBeGreaterThan(0);
    expect(read.length).toBe(prepared);
    // Each prepared article is compiled (its names and statements kept), not only read back.
    const rule = (file: string) => files.find((f) => f.path === file)!.text;
    const stage = memo.at(bundle.version, rule('gazetteer.yaml'), rule('facets.yaml')).stage;
    for (const id of read) expect(stage.articles.get(id)?.statements?.statements.length).toBeGreaterThan(0);
    read.length = 0;
    const warm = stable(await readPageInContext(page, { seedFiles: files, source: counted, memo }));
    expect(read).toEqual([]);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  }, 60_000);
});
