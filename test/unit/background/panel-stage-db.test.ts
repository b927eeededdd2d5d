import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createPanelStageDb } from '../../../src/background/panel-stage-db';
import type { StoredArticle } from '../../../src/corpus/context';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));

const article = (id: string, record = `record of ${id}`): StoredArticle => ({
  id,
  record,
  stage: { passages: [], facetMatches: new Int32Array([3, -1, -2]), cueHits: new Map([['ev', [0, -1]]]) },
  facts: new Map(),
});

/** The side panel's prepared articles in IndexedDB: read back as stored, only under their scope and build, bounded. */
describe('the panel stage database', () => {
  it('gives back what was stored, as it was, under the same scope and build only', async () => {
    const factory = new IDBFactory();
    const db = createPanelStageDb({ factory, codeId: async () => 'build 1' });
    await db.save('scope A', [article('a'), article('b')]);
    const found = await db.load('scope A', ['a', 'b', 'c']);
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    expect(found.get('a')).toEqual(article('a'));
    expect(found.get('a')!.stage.facetMatches).toBeInstanceOf(Int32Array);
    // A worker started again (another connection) reads the same.
    expect((await createPanelStageDb({ factory, codeId: async () => 'build 1' }).load('scope A', ['b'])).get('b')).toEqual(article('b'));
    // Another gazetteer or facets (scope), or another build of the code: nothing.
    expect((await db.load('scope B', ['a'])).size).toBe(0);
    expect((await createPanelStageDb({ factory, codeId: async () => 'build 2' }).load('scope A', ['a'])).size).toBe(0);
  });

  it('keeps at most `max` articles, the oldest stored going first', async () => {
    const factory = new IDBFactory();
    const db = createPanelStageDb({ factory, codeId: async () => 'build', max: 3 });
    const now = vi.spyOn(Date, 'now');
    for (const [i, id] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      now.mockReturnValue(1000 + i);
      await db.save('s', [article(id)]);
    }
    now.mockRestore();
    expect([...(await db.load('s', ['a', 'b', 'c', 'd', 'e'])).keys()].sort()).toEqual(['c', 'd', 'e']);
  });
});
