import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../src/compiler';
import { createIncrementalCompiler } from '../../../src/compiler/incremental';
import { toUserArticleRecord, type ArticleInput } from '../../../src/model/user-article';
import { seedFiles } from './seed-files';

// Articles written for this test: each names entities of the gazetteer, as a news report would.
const report = (n: number, date: string, text: string): ArticleInput => ({ url: `https://desk.example/${n}`, title: `Report ${n}`, outlet: `Desk ${n % 3}`, date, text });
const ARTICLES = [
  report(1, '2025-10-16', 'Ahmad al-Sharaa held talks with Vladimir Putin at the Kremlin on Wednesday, officials in Damascus said.\n\nThe future of the Hmeimim air base was not settled, the officials said.'),
  report(2, '2025-11-04', 'Russian engineers arrived in Latakia on Monday for talks on the port, Syrian officials said.\n\nThe delegation will visit the naval facility at Tartus later in the week, a port official said.'),
  report(3, '2025-11-20', 'Wheat shipments from Russia to Syria resumed this month, the trade ministry in Damascus said.'),
  report(4, '2025-12-01', 'Planes left the Hmeimim air base at dawn, a Russian defence ministry statement said.\n\nAl-Sharaa said the base would be discussed again in the new year.'),
].map((a, i) => toUserArticleRecord(a, 'saved', i));

describe('the incremental compiler', () => {
  it('gives, after any sequence of saves and removals, exactly what a compile from nothing gives', async () => {
    const files = await seedFiles();
    const compiler = createIncrementalCompiler(async () => files);
    const sequence = [[0, 1], [0, 1, 2], [1, 2], [1, 2, 3, 0], [3]];
    for (const picked of sequence) {
      const records = picked.map((i) => ARTICLES[i]!);
      const incremental = await compiler.compile(records);
      const fresh = shippedBundle(compileCorpusFromFiles(files, { userArticles: records }));
      expect(incremental).toEqual(fresh);
      expect(incremental.version).toBe(fresh.version);
    }
    expect(await compiler.compile([])).toEqual(shippedBundle(compileCorpusFromFiles(files)));
  });

  it('gives another version when an article\u2019s text changes by one word', async () => {
    const files = await seedFiles();
    const a = ARTICLES[0]!;
    const b = { ...a, text: a.text.replace('Wednesday', 'Thursday') };
    const va = compileCorpusFromFiles(files, { userArticles: [a] }).version;
    const vb = compileCorpusFromFiles(files, { userArticles: [b] }).version;
    expect(va).not.toBe(vb);
  });
});
