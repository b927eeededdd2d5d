import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../src/compiler';
import { getCardData } from '../../../src/corpus/card-data';
import { createMemorySource } from '../../../src/corpus/memory-source';
import { toUserArticleRecord, type ArticleInput } from '../../../src/model/user-article';
import { seedBundle, seedFiles } from './seed-files';
import { claimDateNote } from '../../../src/shared/ui/claim-date';
import type { Claim } from '../../../src/model/corpus-types';

// An article written for this test: the Kremlin talks as a later report might tell them.
const talksReport: ArticleInput = {
  url: 'https://example-news.test/world/sharaa-kremlin?utm_source=feed',
  title: 'What the Kremlin talks left open',
  outlet: 'Example Desk',
  date: '2025-10-16',
  text: [
    'Syrian President Ahmad al-Sharaa held his first Kremlin talks with Vladimir Putin on Wednesday, officials in Damascus said.',
    'Al-Sharaa asked Russia to resume wheat shipments to Syria on favourable terms, the officials said.',
    'The future of the Hmeimim air base was not settled, according to the Example Desk correspondent in Moscow.',
  ].join('\n\n'),
};

// An article about something else entirely, dated years later: it must not be taken to report the talks.
const unrelated: ArticleInput = {
  url: 'https://example-news.test/later',
  title: 'A look back',
  outlet: 'Example Desk',
  date: '2026-03-01',
  text: 'Vladimir Putin spoke about the Kremlin talks with Ahmad al-Sharaa in an interview looking back on the year.',
};

// A later report that refers back to the talks: its statements are about what happened on its own days.
const laterReport: ArticleInput = {
  url: 'https://example-news.test/world/latakia-port',
  title: 'Engineers return to Latakia',
  outlet: 'Example Desk',
  date: '2025-11-04',
  text: [
    'A delegation of Russian engineers arrived in Latakia on Monday for a new round of talks on the future of the port, Syrian officials said, three weeks after Ahmad al-Sharaa met Vladimir Putin at the Kremlin.',
    'The Russian delegation is expected to visit the naval facility at Tartus later in the week, a port official in Latakia said.',
  ].join('\n\n'),
};

describe('the reader\u2019s articles, compiled with the seeds', () => {
  it('set a statement that refers back to an event ("three weeks after …") on its own date, never inside that event', async () => {
    const record = toUserArticleRecord(laterReport, 'saved', 1);
    const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: [record] });
    const mine = corpus.claims.filter((c) => [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)].some((s) => s.articleId === record.id));
    expect(mine.length).toBeGreaterThan(0);
    for (const claim of mine) expect(claim.when?.id, claim.text).not.toBe('kremlin-talks-2025-10-15');
    expect(mine.find((c) => c.text.startsWith('A delegation'))?.when).toMatchObject({ date: '2025-11-03' });
  });

  it('are compiled by the same code, with their origin on every source they stand under', async () => {
    const files = await seedFiles();
    const record = toUserArticleRecord(talksReport, 'saved', Date.UTC(2025, 9, 16));
    const corpus = compileCorpusFromFiles(files, { userArticles: [record] });
    const article = corpus.articles.find((a) => a.id === record.id)!;
    expect(article).toMatchObject({ origin: 'saved', outlet: 'Example Desk', date: '2025-10-16', event: 'kremlin-talks-2025-10-15' });
    expect(corpus.passages.filter((p) => p.articleId === record.id)).toHaveLength(3);
    const cited = corpus.claims.flatMap((c) => [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources)]).filter((s) => s.articleId === record.id);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((s) => s.origin === 'saved')).toBe(true);
    const card = await getCardData(createMemorySource(corpus), 'ahmad-al-sharaa');
    const mine = [...card!.claims, ...card!.differences].flatMap((c) => c.sources).filter((s) => s.articleId === record.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(card!.timeline.find((t) => t.id === 'kremlin-talks-2025-10-15')!.sources.some((s) => s.articleId === record.id && s.origin === 'saved')).toBe(true);
    expect(corpus.version).not.toBe((await seedBundle()).version);
  });

  it('infer an event only from one named in the days just before the article', async () => {
    const files = await seedFiles();
    const record = toUserArticleRecord(unrelated, 'pack', Date.UTC(2026, 2, 1), 'p-0123456789abcdef');
    const corpus = compileCorpusFromFiles(files, { userArticles: [record] });
    const article = corpus.articles.find((a) => a.id === record.id)!;
    expect(article.event).toBeUndefined();
    expect(article).toMatchObject({ origin: 'pack', packId: 'p-0123456789abcdef' });
  });

  it('leave the seeds\u2019 corpus as it was when there are none, and count one article saved twice once', async () => {
    const files = await seedFiles();
    expect(compileCorpusFromFiles(files, { userArticles: [] }).version).toBe((await seedBundle()).version);
    const record = toUserArticleRecord(talksReport, 'saved', 1);
    const twice = compileCorpusFromFiles(files, { userArticles: [record, { ...record, savedAt: 2 }] });
    expect(twice.articles.filter((a) => a.id === record.id)).toHaveLength(1);
  });
});

// A short report written for this test, with no date of its own: saved on 1 December 2026, that day is a guess.
const undatedReport: ArticleInput = {
  url: 'https://example-news.test/undated-lease',
  title: 'A lease renewed',
  outlet: 'Example Desk',
  date: '2026-12-01',
  text: 'Russia signed an agreement with Syria to keep its naval facility at Tartus for 49 years, officials said.',
};

// An archive piece written for this test: a 2017 agreement in an article republished in 2025.
const archivePiece: ArticleInput = {
  url: 'https://example-news.test/archive-tartus',
  title: 'From the archive',
  outlet: 'Example Desk',
  date: '2025-10-20',
  text: 'In 2017, Russia signed an agreement with Syria to keep its naval facility at Tartus for 49 years, officials said.',
};

describe('the date of a reader\u2019s article, told honestly', () => {
  const mine = (corpus: { claims: Claim[] }, id: string) => corpus.claims.filter((c) => c.sources.some((s) => s.articleId === id));

  it('says a date was assumed when the article gave none, and which default it was, on the claims it dates', async () => {
    for (const [origin, code] of [['saved', 'assumed-saved'], ['pack', 'assumed-pack']] as const) {
      const record = toUserArticleRecord({ ...undatedReport, dateSource: 'assumed' }, origin, 1);
      const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: [record], keepClaimsOf: record.id });
      const claims = corpus.claims.filter((c) => c.sources.some((s) => s.articleId === record.id) && c.fact?.action === 'sign');
      expect(claims.length, JSON.stringify(mine(corpus, record.id).map((c) => c.fact))).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(claim.fact!.when).toMatchObject({ date: '2026-12-01', source: 'assumed' });
        expect(claim.sources.find((s) => s.articleId === record.id)!.dateSource).toBe('assumed');
        expect(claimDateNote(claim)).toEqual({ code });
      }
    }
  });

  it('keeps a date the page gave, or the reader entered, as the article\u2019s (the reader\u2019s marked on its source)', async () => {
    const page = toUserArticleRecord({ ...undatedReport, dateSource: 'page' }, 'saved', 1);
    const entered = toUserArticleRecord({ ...undatedReport, url: 'https://example-news.test/b', text: `${undatedReport.text} Officials in Damascus confirmed it.`, dateSource: 'reader' }, 'pack', 1);
    for (const record of [page, entered]) {
      const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: [record], keepClaimsOf: record.id });
      const claim = corpus.claims.find((c) => c.sources.some((s) => s.articleId === record.id) && c.fact?.action === 'sign')!;
      expect(claim.fact!.when.source).toBe('article');
      expect(claimDateNote(claim)).toBeNull();
      expect(claim.sources.find((s) => s.articleId === record.id)!.dateSource).toBe(record === page ? undefined : 'reader');
    }
  });

  it('dates an archive piece in a reader\u2019s article by its text, and says the article is later', async () => {
    const record = toUserArticleRecord(archivePiece, 'pack', 1);
    const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: [record] });
    const claims = mine(corpus, record.id);
    const dated = claims.find((c) => c.fact?.when.source === 'text');
    expect(dated, JSON.stringify(claims.map((c) => [c.fact?.action, c.fact?.when, c.when]))).toBeDefined();
    expect(dated!.when!.date).toBe('2017');
    expect(claimDateNote(dated!)).toEqual({ code: 'from-text', published: '2025-10-20' });
  });
});
