import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../src/compiler';
import { createIncrementalCompiler } from '../../../src/compiler/incremental';
import { toUserArticleRecord, type UserArticleRecord } from '../../../src/model/user-article';
import { packArticles } from '../../bench/user-corpus-inputs';
import { seedFiles } from './seed-files';

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Synthetic reports (every name in them a gazetteer alias: events, bases, people, disputed points), and a few
// written here that report an event of the days before them, so an event is inferred and its timeline touched.
const POOL: UserArticleRecord[] = [
  ...packArticles(24).articles.map((a, i) => toUserArticleRecord(a, i % 3 === 0 ? 'saved' : 'pack', i)),
  toUserArticleRecord({
    url: 'https://desk.example/visit',
    title: 'Al-Sharaa in Moscow',
    outlet: 'Desk One',
    date: '2025-10-16',
    text: 'Ahmad al-Sharaa held talks with Vladimir Putin at the Kremlin on Wednesday, officials in Damascus said.\n\nThe future of the Hmeimim air base was not settled, the officials said.',
  }, 'saved', 100),
  toUserArticleRecord({
    url: 'https://desk.example/base',
    title: 'Planes leave Hmeimim',
    outlet: 'Desk Two',
    date: '2025-12-01',
    text: 'Planes left the Hmeimim air base at dawn, a Russian defence ministry statement said.\n\nAl-Sharaa said the base would be discussed again in the new year.',
  }, 'saved', 101),
];

const asJson = (value: unknown): string => JSON.stringify(value);

describe('the incremental compiler, after random saves and removals', () => {
  it.each([1, 2, 3])('serves exactly what a compile from nothing serves (sequence %i), compared as JSON', async (seed) => {
    const files = await seedFiles();
    const compiler = createIncrementalCompiler(async () => files);
    const next = random(seed);
    const held = new Set<number>();
    for (let step = 0; step < 8; step++) {
      // Mostly saves of one or a few articles, sometimes removals, now and then a whole pack at once.
      const roll = next();
      const count = roll < 0.15 ? 8 : 1 + Math.floor(next() * 3);
      for (let k = 0; k < count; k++) {
        const i = Math.floor(next() * POOL.length);
        if (roll < 0.35 && held.size > 0) held.delete([...held][Math.floor(next() * held.size)]!);
        else held.add(i);
      }
      const records = [...held].map((i) => POOL[i]!);
      const incremental = await compiler.compile(records);
      const fresh = shippedBundle(compileCorpusFromFiles(files, { userArticles: records }));
      expect(asJson(incremental), `seed ${seed}, step ${step}: ${records.length} articles`).toBe(asJson(fresh));
    }
  }, 120_000);
});
