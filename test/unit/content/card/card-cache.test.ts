import { describe, expect, it } from 'vitest';
import { CardCache } from '../../../../src/content/card/card-cache';
import type { CardData } from '../../../../src/model/corpus-types';

/** A load the test answers by hand, in any order. */
function deferredLoads() {
  const calls: Array<{ entityId: string; resolve: (data: CardData | null) => void }> = [];
  const load = (entityId: string) => new Promise<CardData | null>((resolve) => calls.push({ entityId, resolve }));
  return { calls, load };
}
const card = (version: string) => ({ entity: { id: 'hmeimim', name: version } }) as unknown as CardData;

describe('CardCache', () => {
  it('a load begun before the corpus changed never answers, nor is cached, with the old corpus', async () => {
    const { calls, load } = deferredLoads();
    const cache = new CardCache(load);
    const opened = cache.get('hmeimim'); // a card opened during a save
    cache.clear(); // the change is reported before the old answer arrives
    calls[0]!.resolve(card('old'));
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(2); // asked again, from the new corpus
    calls[1]!.resolve(card('new'));
    expect((await opened)?.entity.name).toBe('new');
    expect(cache.peek('hmeimim')?.entity.name).toBe('new');
  });

  it('a load begun after the change is kept', async () => {
    const { calls, load } = deferredLoads();
    const cache = new CardCache(load);
    cache.clear();
    const got = cache.get('hmeimim');
    calls[0]!.resolve(card('new'));
    expect((await got)?.entity.name).toBe('new');
    expect(calls).toHaveLength(1);
  });
});
