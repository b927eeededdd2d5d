import { describe, expect, it } from 'vitest';
import { cardCommand } from '../../../src/cli/commands/card';
import { getCardData } from '../../../src/corpus/card-data';
import { createMemorySource } from '../../../src/corpus/memory-source';
import { seedBundle } from '../compiler/seed-files';

describe('card data', () => {
  it.each(['hmeimim', 'Khmeimim', 'حميميم', 'Хмеймим', 'HMEIMIM AIRBASE', 'hmeimim-air-base'])('finds Hmeimim air base by "%s"', async (name) => {
    const card = (await cardCommand(name, await seedBundle()))!;
    expect(card.entity.id).toBe('hmeimim-air-base');
    expect(card.entity.name).toBe('Hmeimim air base');
    expect(card.claims.length).toBeGreaterThanOrEqual(3);
    expect(card.claims.length).toBeLessThanOrEqual(5);
    for (const c of card.claims) {
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.outlet).not.toBe('');
        expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(c.agreement.count).toBe(c.origins!.length);
      expect(c.when).toBeDefined();
    }
    expect(card.articleCount).toBe(5);
    expect(card.asOf).toBe('2025-10-15');
    expect(card.timeline.map((t) => t.id)).toContain('kremlin-talks-2025-10-15');
  });

  it('shows al-Sharaa with the titles the sources differ on', async () => {
    const card = (await cardCommand('al-sharaa', await seedBundle()))!;
    expect(card.entity.id).toBe('ahmad-al-sharaa');
    const titles = card.differences.find((d) => d.facet === 'Title used for al-Sharaa at the Kremlin talks')!;
    const who = Object.fromEntries(titles.variants!.map((v) => [v.label, v.sources.map((s) => s.outlet)]));
    expect(who).toEqual({
      President: ['unnamed outlet citing Reuters', 'bne IntelliNews'],
      'interim President': ['GlobalPost'],
      'acting president': ['Zamin'],
    });
    expect(titles.difference!.kind).toBe('precision');
    expect(card.claims.every((c) => !c.variants)).toBe(true);
  });

  it('resolves names in all three scripts to the same person', async () => {
    const source = createMemorySource(await seedBundle());
    for (const name of ['Ahmed al-Sharaa', 'al Sharaa', 'Jolani', 'أحمد الشرع', 'الجولاني', 'Ахмед аш-Шараа', 'аль-джулани']) {
      const card = await getCardData(source, name);
      if (name === 'Jolani') expect(card).toBeUndefined();
      else expect(card?.entity.id, name).toBe('ahmad-al-sharaa');
    }
  });

  it('prefers the entity for which a name is not ambiguous', async () => {
    const source = createMemorySource(await seedBundle());
    expect((await getCardData(source, 'Assad'))?.entity.id).toBe('bashar-al-assad');
    expect((await getCardData(source, 'Tartous'))?.entity.id).toBe('tartus');
    expect(await getCardData(source, 'Atlantis')).toBeUndefined();
  });

  it('memory source indexes aliases, passages, claims and timeline', async () => {
    const b = await seedBundle();
    const source = createMemorySource(b);
    expect(await source.meta()).toEqual({ version: b.version, asOf: '2025-10-15', articleCount: 5, entityCount: b.entities.length });
    expect((await source.findEntitiesByAlias('KHMEIMIM')).map((e) => e.id)).toEqual(['hmeimim-air-base']);
    const passages = await source.getPassagesForEntity('qamishli-airport');
    expect(passages.map((p) => p.articleId.slice(0, 3))).toEqual(['000', '001']);
    expect((await source.getClaimsForEntity('hmeimim-air-base')).every((c) => c.entityId === 'hmeimim-air-base')).toBe(true);
    expect((await source.getTimeline()).length).toBe(b.timeline.length);
    expect((await source.getTimeline('ofac')).map((t) => t.id)).toEqual(['sanctions-order-2025-06-30']);
    expect(await source.getArticle('004_d3ef7b13162ee847')).toMatchObject({ outlet: 'unnamed outlet' });
    const paragraphs = await source.getPassagesForArticle('004_d3ef7b13162ee847');
    expect(await source.getPassage(paragraphs[0]!.id)).toMatchObject({ index: 0 });
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // The passages are the whole article: what ships in place of its text (shipped-bundle.ts).
    expect(paragraphs.map((p) => p.text).join('\n\n')).toBe(b.articles.find((a) => a.id === '004_d3ef7b13162ee847')!.text);
  });
});
