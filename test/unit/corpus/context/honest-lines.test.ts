import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../../src/compiler';
import { pageInputOf, type PageInput } from '../../../../src/corpus/context/page-input';
import { readPageInContext } from '../../../../src/corpus/context/read-page-in-context';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import { extractArticle } from '../../../../src/extract/extract-article';
import { seedFiles } from '../../compiler/seed-files';

const root = path.resolve(__dirname, '../../../..');
const page = (file: string): PageInput =>
  pageInputOf(extractArticle(parseHTML(readFileSync(path.join(root, 'test/pages', file), 'utf8')).document as unknown as Document, `https://example.org/${file}`));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What the panel promises of any page, whoever wrote it (part of the check reads pages written by others): a line
 * quotes a sentence the page holds, verbatim; a confirmed or differing line names corpus sources, never the page;
 * a new one names none; a question is no claim; a page that is not an article gets names only.
 */
describe('every line of the panel stands on the page and on the corpus', () => {
  const PAGES = ['panel-news.html', 'panel-arabic.html', 'panel-russian.html', 'panel-analysis.html', 'panel-front.html'];

  it.each(PAGES)('%s', async (file) => {
    const files = await seedFiles();
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    const input = page(file);
    const ctx = await readPageInContext(input, { seedFiles: files, source });
    const text = flat(input.text);
    if (ctx.status !== 'article') {
      expect(ctx.claims).toEqual([]);
      expect(ctx.leftOut).toEqual([]);
    }
    if (file === 'panel-front.html') expect(ctx.status).toBe('not-article');
    else expect(ctx.claims.length).toBeGreaterThan(0);
    for (const claim of ctx.claims) {
      expect(text).toContain(flat(claim.sentence.quote));
      expect(claim.sentence.quote).not.toMatch(/[?؟]\s*$/);
      if (claim.standing === 'new') expect(claim.sources).toEqual([]);
      else expect(claim.sources.length).toBeGreaterThan(0);
      if (claim.standing === 'differs') expect(claim.difference).toBeDefined();
      for (const s of claim.sources) {
        expect(s.articleId).not.toBe(ctx.page.articleId);
        expect(s.quote.trim()).not.toBe('');
      }
    }
    for (const group of ctx.leftOut) for (const c of group.claims) expect(c.sources.length).toBeGreaterThan(0);
  }, 60_000);

  it('reads a Russian page against English sources, and an analysis that asks more than it states', async () => {
    const files = await seedFiles();
    const source = createMemorySource(shippedBundle(compileCorpusFromFiles(files)));
    const ru = await readPageInContext(page('panel-russian.html'), { seedFiles: files, source });
    const met = ru.claims.find((c) => /провёл переговоры с Владимиром Путиным/.test(c.sentence.quote));
    expect(met?.standing).toBe('confirmed');
    expect(met?.sources.some((s) => /Ahmad al-Sharaa met with Russian President Vladimir Putin/.test(s.quote))).toBe(true);
    expect(ru.claims.find((c) => /рабочую группу по энергетике/.test(c.sentence.quote))?.standing).toBe('new');
    const analysis = await readPageInContext(page('panel-analysis.html'), { seedFiles: files, source });
    expect(analysis.claims.some((c) => /Could the Hmeimim air base outlast/.test(c.sentence.quote))).toBe(false);
  }, 60_000);
});
