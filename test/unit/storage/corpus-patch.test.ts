import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { referenceSource, smallBundle } from './fixtures/bundle';
import { ensureCorpus } from '../../../src/storage/corpus-import';
import { changedRecords, patchCorpus } from '../../../src/storage/corpus-patch';
import { createIdbSource } from '../../../src/storage/idb-source';
import { SLOT_STORES, type BackstoryDb } from '../../../src/storage/schema';
import type { CorpusBundle } from '../../../src/model/corpus-types';

/** The small bundle with extra articles (each one passage naming Hmeimim, one claim), in id order as the compiler sorts them. */
function withArticles(ids: string[], version: string): CorpusBundle {
  const b = smallBundle('v-small-1');
  for (const id of ids) {
    b.articles.push({ id, file: `saved/${id}`, title: `Title ${id}`, outlet: 'Outlet', date: '2025-10-20' });
    b.passages.push({ id: `${id}#0`, articleId: id, index: 0, start: 0, end: 10, text: `Text of ${id}`, sentences: [[0, 10]], entityIds: ['hmeimim'] });
    b.passages.push({ id: `${id}#1`, articleId: id, index: 1, start: 12, end: 20, text: `More of ${id}`, sentences: [[0, 8]], entityIds: ['hmeimim', 'putin'] });
    b.claims.push({ id: `c-${id}`, entityId: 'hmeimim', text: `Claim of ${id}`, sources: [], agreement: { count: 1, total: 3 } });
  }
  const order = b.articles.map((a) => a.id).sort();
  b.articles.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  b.passages.sort((x, y) => order.indexOf(x.articleId) - order.indexOf(y.articleId) || x.index - y.index);
  b.version = version;
  return b;
}

async function expectServes(getDb: () => Promise<BackstoryDb>, bundle: CorpusBundle): Promise<void> {
  const source = createIdbSource(getDb);
  const reference = referenceSource(bundle);
  expect((await source.meta()).version).toBe(bundle.version);
  for (const e of bundle.entities) {
    expect(await source.getPassagesForEntity(e.id)).toEqual(await reference.getPassagesForEntity(e.id));
    expect(await source.getClaimsForEntity(e.id)).toEqual(await reference.getClaimsForEntity(e.id));
  }
  for (const a of bundle.articles) expect(await source.getPassagesForArticle(a.id)).toEqual(await reference.getPassagesForArticle(a.id));
  expect(await source.getTimeline()).toEqual(bundle.timeline);
}

describe('patchCorpus', () => {
  it('inserts, edits and removes articles in the slot being read, in bundle order, writing no second copy', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    const db = await getDb();
    const first = withArticles(['m', 'x'], 'r1');
    await ensureCorpus(db, first, { basis: 'v-small-1+r1' });
    // Inserted between the others, before them all and after them all; then one removed and one retitled.
    const steps: Array<[string[], string]> = [[['m', 'x', 'c'], 'r2'], [['m', 'x', 'c', 'n', 'n2', 'n3'], 'r3'], [['x', 'c', 'n', 'n2', 'n3', 'zz'], 'r4']];
    for (const [ids, version] of steps) {
      const next = withArticles(ids, version);
      expect(await patchCorpus(db, next, { basis: `v-small-1+${version}` })).toBe('patched');
      await expectServes(getDb, next);
    }
    const retitled = withArticles(['x', 'c', 'n', 'n2', 'n3', 'zz'], 'r5');
    retitled.articles.find((a) => a.id === 'n')!.title = 'Corrected title';
    expect(await patchCorpus(db, retitled, { basis: 'v-small-1+r5' })).toBe('patched');
    expect((await createIdbSource(getDb).getArticle('n'))?.title).toBe('Corrected title');
    expect(await db.count(SLOT_STORES.b.articles)).toBe(0);
    expect(await db.count(SLOT_STORES.a.passages)).toBe(retitled.passages.length);
    await connector.close();
  });

  it('declines a change from another shipped corpus, or too large for one transaction', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    await ensureCorpus(db, withArticles(['m'], 'r1'), { basis: 'v-small-1+r1' });
    expect(await patchCorpus(db, withArticles(['m', 'n'], 'r2'), { basis: 'v-small-2+r2' })).toBe('full');
    expect(await patchCorpus(db, withArticles(['m', 'n', 'o'], 'r2'), { basis: 'v-small-1+r2', recordLimit: 3 })).toBe('full');
    expect(await patchCorpus(db, withArticles(['m'], 'r1'), { basis: 'v-small-1+r1' })).toBe('current');
    await connector.close();
  });

  it('declines when repeated inserts at one place run out of room between two positions', async () => {
    const { connector } = freshDb();
    const db = await connector.getDb();
    let ids = ['a3', 'z'];
    await ensureCorpus(db, withArticles(ids, 'r0'), { basis: 'v-small-1+r0' });
    let result: string = 'patched';
    // Each new id sorts just before 'z', after the previous one: every insert halves the same gap.
    for (let n = 1; n < 80 && result === 'patched'; n++) {
      ids = [...ids, `y${String(n).padStart(3, '0')}`];
      result = await patchCorpus(db, withArticles(ids, `r${n}`), { basis: `v-small-1+r${n}` });
    }
    expect(result).toBe('full');
    await connector.close();
  });

  it('writes only the claims, entities and timeline events that changed, and serves them in bundle order', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    const db = await getDb();
    const first = withArticles(['m', 'x'], 'r1');
    await ensureCorpus(db, first, { basis: 'v-small-1+r1' });
    // A claim inserted before the others, one edited, one removed, one moved to the end; an entity's count changed.
    const next = withArticles(['m', 'x'], 'r2');
    next.claims.splice(0, 0, { id: 'c-new', entityId: 'putin', text: 'A new claim', sources: [], agreement: { count: 1, total: 2 } });
    next.claims.find((c) => c.id === 'c-m')!.text = 'Claim of m, corrected';
    next.claims = next.claims.filter((c) => c.id !== 'c-x');
    next.claims.push(next.claims.splice(1, 1)[0]!);
    next.entities[0]!.articles = 42;
    const stored = (await db.getAll(SLOT_STORES.a.claims)).sort((a, b) => a.seq - b.seq);
    const changes = changedRecords(stored, next.claims);
    // The moved claim, the new one and the edited one: the others keep their stored records.
    expect(changes.puts.map((c) => c.id).sort()).toEqual(['c-m', 'c-new', next.claims[next.claims.length - 1]!.id].sort());
    expect(changes.deletes).toEqual(['c-x']);
    expect(await patchCorpus(db, next, { basis: 'v-small-1+r2' })).toBe('patched');
    await expectServes(getDb, next);
    expect((await createIdbSource(getDb).getEntity(next.entities[0]!.id))?.articles).toBe(42);
    await connector.close();
  });

  it('patches, never imports whole, when a save re-sorts many claims into one place (the ~10 s save with 10,000 articles)', async () => {
    const { connector } = freshDb();
    const getDb = () => connector.getDb();
    const db = await getDb();
    await ensureCorpus(db, withArticles(['m', 'x'], 'r1'), { basis: 'v-small-1+r1' });
    // Each save puts 80 claims (new, or moved: their order changed) between the same two kept ones, as the claims of
    // an entity every save cites are re-ranked. Halving the gap once per record ran out of precision in the first one.
    let next = withArticles(['m', 'x'], 'r1');
    for (let round = 2; round < 6; round++) {
      next = withArticles(['m', 'x'], `r${round}`);
      const [head, ...tail] = next.claims;
      const moved = Array.from({ length: 80 }, (_, k) => ({ id: `lavrov-${round}-${k}`, entityId: 'putin', text: `Claim ${round} ${k}`, sources: [], agreement: { count: 1, total: 2 } }));
      next.claims = [head!, ...moved, ...tail];
      expect(await patchCorpus(db, next, { basis: `v-small-1+r${round}` })).toBe('patched');
      await expectServes(getDb, next);
    }
    expect(await db.count(SLOT_STORES.b.claims)).toBe(0);
    await connector.close();
  });

  it('with the stored corpus held in memory, writes exactly what reading every stored article writes', async () => {
    // Two databases given the same changes: one patched reading all stored articles, one comparing with the
    // corpus compiled before (reading only the records it needs). Every store must end up the same, seq for seq.
    const plain = freshDb().connector;
    const helped = freshDb().connector;
    let ids = ['f', 'm', 'x'];
    let previous = withArticles(ids, 'r0');
    for (const c of [plain, helped]) await ensureCorpus(await c.getDb(), previous, { basis: 'v-small-1+r0' });
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 1; round <= 30; round++) {
      // Some new ids (sorting anywhere), a removal now and then, and a retitle.
      const added = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => `${String.fromCharCode(97 + Math.floor(random() * 26))}${round}-${k}`);
      ids = [...ids.filter(() => random() > 0.1), ...added];
      const next = withArticles(ids, `r${round}`);
      const retitled = next.articles[Math.floor(random() * next.articles.length)];
      if (retitled) retitled.title = `Retitled in round ${round}`;
      const basis = `v-small-1+r${round}`;
      expect(await patchCorpus(await plain.getDb(), next, { basis })).toBe('patched');
      expect(await patchCorpus(await helped.getDb(), next, { basis, stored: previous })).toBe('patched');
      for (const store of Object.values(SLOT_STORES.a)) {
        const [a, b] = await Promise.all([plain, helped].map(async (c) => (await c.getDb()).getAll(store)));
        expect(b).toEqual(a);
      }
      await expectServes(() => helped.getDb(), next);
      previous = next;
    }
    // A held corpus of another version is not trusted: the patch reads what is stored.
    const next = withArticles([...ids, 'zz-last'], 'r31');
    expect(await patchCorpus(await helped.getDb(), next, { basis: 'v-small-1+r31', stored: withArticles(['q'], 'r-old') })).toBe('patched');
    await expectServes(() => helped.getDb(), next);
    await plain.close();
    await helped.close();
  });

  it('renumbers a kind whose gaps are too narrow instead of giving up', () => {
    // Two kept records whose positions have no float between them: the run between them cannot fit.
    const stored = [{ id: 'a', seq: 1 }, { id: 'b', seq: 1 + Number.EPSILON }];
    const changes = changedRecords(stored, [{ id: 'a' }, { id: 'new' }, { id: 'b' }]);
    expect(changes.puts.map((r) => [r.id, r.seq])).toEqual([['a', 0], ['new', 1], ['b', 2]]);
  });

  it('keeps any order of records with positions between their neighbours', () => {
    let stored = ['a', 'b', 'c', 'd'].map((id, seq) => ({ id, seq }));
    for (const order of [['d', 'a', 'b', 'c'], ['a', 'e', 'b', 'f', 'c', 'd'], ['f', 'e', 'd', 'c', 'b', 'a'], ['a']]) {
      const changes = changedRecords(stored, order.map((id) => ({ id })));
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const r of changes.puts) byId.set(r.id, r);
      for (const id of changes.deletes) byId.delete(id);
      stored = [...byId.values()].sort((x, y) => x.seq - y.seq);
      expect(stored.map((r) => r.id)).toEqual(order);
    }
  });
});
