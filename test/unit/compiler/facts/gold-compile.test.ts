import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../../src/compiler';
import { toUserArticleRecord } from '../../../../src/model/user-article';
import { seedFiles } from '../seed-files';
import { GOLD } from './gold-texts';

// The gold texts compiled with the seeds, as a reader's imported pack would be: one fact told in three
// scripts becomes one claim, with its languages and its independent origins counted across them.
describe('the gold suite compiled with the seeds', () => {
  it('merges one wire report (the extradition request) told in English, Arabic and Russian into one claim, in three languages', async () => {
    const records = GOLD.map((g, i) => toUserArticleRecord({ url: `https://gold.test/${g.id}`, title: g.title, outlet: g.outlet, date: g.date, text: g.text.split('\n').join('\n\n') }, 'pack', i + 1));
    const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: records });
    const golds = new Set(records.map((r) => r.id));
    const extradition = corpus.claims.filter((c) => c.fact?.action === 'extradite' && c.sources.some((s) => golds.has(s.articleId)));
    const merged = extradition.find((c) => (c.fact?.langs.length ?? 0) >= 2);
    expect(merged, JSON.stringify(extradition.map((c) => [c.fact?.langs, c.sources.map((s) => s.outlet)]))).toBeDefined();
    expect(merged!.fact!.langs).toEqual(['ar', 'en', 'ru']);
    // The three gold reports all credit Reuters: one origin, not three.
    expect(merged!.origins!.find((o) => o.name === 'Reuters')!.outlets).toEqual(expect.arrayContaining(['Gold Wire', 'Золотое агентство', 'الصحيفة الذهبية']));
    // A withdrawal begun in January and completed in October: a later development, on the airport's card.
    const later = corpus.claims.filter((c) => c.difference?.kind === 'later-development');
    expect(later.map((c) => c.entityId)).toContain('qamishli-airport');
    const onAirport = later.find((c) => c.entityId === 'qamishli-airport')!;
    expect(onAirport.variants!.map((v) => v.label)).toEqual(['begun, 2025-01-20', 'completed, 2025-10-02']);
    // Captions and teasers never become claims.
    const quotes = corpus.claims.flatMap((c) => c.sources.map((s) => s.quote));
    expect(quotes.some((q) => /©|^Read also|^اقرأ أيضا|^Ранее/.test(q))).toBe(false);
  });
});
