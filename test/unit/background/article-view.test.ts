import { describe, expect, it } from 'vitest';
import { smallBundle } from '../storage/fixtures/bundle';
import { getArticleView } from '../../../src/background/article-view';
import { createMemorySource } from '../../../src/corpus/memory-source';
import type { CorpusSource } from '../../../src/corpus/source';

/** The reader page's article, from a hand-made corpus (test/unit/storage/fixtures/bundle.ts). */
describe('getArticleView', () => {
  it('gives the article\u2019s paragraphs in order, the entities they and its event name, and the corpus date', async () => {
    const source = createMemorySource(smallBundle());
    // A source may give the passages in any order (IndexedDB gives them by id): the reader reads them in order.
    const unordered: CorpusSource = { ...source, getPassagesForArticle: async (id) => [...(await source.getPassagesForArticle(id))].reverse() };
    const view = await getArticleView(unordered, 'a1');
    expect(view?.article.title).toBe('Putin and al-Sharaa meet');
    expect(view?.passages.map((p) => p.id)).toEqual(['a1#0', 'a1#1']);
    expect(view?.entities.map((e) => e.id).sort()).toEqual(['al-sharaa', 'ev-kremlin-talks', 'hmeimim', 'kremlin', 'moscow', 'putin']);
    // Only what the reader shows of each entity crosses, with an event's date.
    expect(view?.entities.find((e) => e.id === 'ev-kremlin-talks')).toEqual({ id: 'ev-kremlin-talks', name: 'Kremlin talks', type: 'event', date: '2025-10-15' });
    expect(view?.entities.find((e) => e.id === 'putin')).toEqual({ id: 'putin', name: 'Vladimir Putin', type: 'person', date: undefined });
    expect(view?.asOf).toBe('2025-10-16');
  });

  it('leaves out an entity the corpus no longer has', async () => {
    const bundle = smallBundle();
    bundle.entities = bundle.entities.filter((e) => e.id !== 'moscow');
    const view = await getArticleView(createMemorySource(bundle), 'a1');
    expect(view?.entities.map((e) => e.id)).not.toContain('moscow');
    expect(view?.entities).toHaveLength(5);
  });

  it('is null for an article that is not in the corpus', async () => {
    expect(await getArticleView(createMemorySource(smallBundle()), 'gone')).toBeNull();
  });
});
