import { describe, expect, it } from 'vitest';
import type { Claim, CorpusBundle } from '../../../src/model/corpus-types';
import { seedBundle } from './seed-files';

const claimsOf = (b: CorpusBundle, id: string): Claim[] => b.claims.filter((c) => c.entityId === id);
const short = (articleId: string) => articleId.slice(0, 3);

describe('claims on the seed corpus', () => {
  it('attributes each title of al-Sharaa to the articles that use it', async () => {
    const b = await seedBundle();
    const facet = claimsOf(b, 'ahmad-al-sharaa').find((c) => c.facet === 'Title used for al-Sharaa at the Kremlin talks')!;
    expect(facet).toBeDefined();
    const variants = Object.fromEntries(facet.variants!.map((v) => [v.label, v.sources.map((s) => short(s.articleId))]));
    expect(variants).toEqual({
      President: ['000', '001'],
      'interim President': ['003'],
      'acting president': ['002'],
    });
    expect(facet.agreement).toEqual({ count: 4, total: 5 });
    const change = claimsOf(b, 'ahmad-al-sharaa').find((c) => c.facet === "How al-Sharaa's title changed")!;
    expect(Object.fromEntries(change.variants!.map((v) => [v.label, v.sources.map((s) => short(s.articleId))]))).toEqual({
      'newly appointed leader (February 2025)': ['004'],
      'President (October 2025)': ['000', '001'],
    });
    const acting = facet.variants!.find((v) => v.label === 'acting president')!.sources[0]!;
    expect(acting).toMatchObject({ outlet: 'Zamin', date: '2025-10-15' });
    expect(acting.quote).toMatch(/acting president, Ahmad al-Sharaa/);
  });

  it('records the disputed talks duration and what was said about extraditing Assad', async () => {
    const b = await seedBundle();
    const duration = b.claims.find((c) => c.id.endsWith('facet:kremlin-talks-duration'))!;
    expect(Object.fromEntries(duration.variants!.map((v) => [v.label, v.sources.map((s) => short(s.articleId))]))).toEqual({
      'two and a half hours': ['000'],
      'more than two and a half hours': ['001'],
    });
  });

  it('has claim ids unique and stable', async () => {
    const b = await seedBundle();
    const ids = b.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of b.claims) expect(c.id.startsWith(`${c.entityId}:`)).toBe(true);
    // A claim and its copies on other cards share a key.
    for (const c of b.claims.filter((x) => !x.variants)) expect(c.id).toBe(`${c.entityId}:${c.key}`);
  });

  it('builds a dated timeline with the articles that report each event', async () => {
    const b = await seedBundle();
    expect(b.timeline.map((t) => t.date)).toEqual(b.timeline.map((t) => t.date).sort());
    const talks = b.timeline.find((t) => t.id === 'kremlin-talks-2025-10-15')!;
    expect(talks.sources.map((s) => short(s.articleId))).toEqual(['000', '001', '002', '003']);
    expect(talks.entityIds).toEqual(expect.arrayContaining(['hmeimim-air-base', 'vladimir-putin', 'ahmad-al-sharaa']));
    const call = b.timeline.find((t) => t.id === 'first-phone-call-2025-02-12')!;
    expect(call.sources).toEqual([{ articleId: '004_d3ef7b13162ee847', outlet: 'unnamed outlet', date: '2025-02-12' }]);
    const fall = b.timeline.find((t) => t.id === 'fall-of-assad-2024-12-08')!;
    // 002 gives the date; 003 and 004 describe the ousting without naming the event.
    expect(fall.sources.map((s) => short(s.articleId))).toEqual(expect.arrayContaining(['002', '003', '004']));
  });
});
