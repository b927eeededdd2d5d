
import { createIncrementalCompiler } from '../../src/corpus/compile/incremental';
import { toUserArticleRecord } from '../../src/model/user-article';
import { buildSearchIndex } from '../../src/search';
import { packArticles } from './user-corpus-inputs';

export async function prof() {
  const { readSeedFiles } = await import('../../src/corpus/compile/compile-fs');
  const seeds = await (readSeedFiles as any)('seeds');
  const compiler = createIncrementalCompiler(async () => seeds);
  const { articles } = packArticles(Number(process.env.N ?? 10000));
  const records = articles.map((a, i) => toUserArticleRecord(a, 'pack', 0));
  let t = performance.now();
  let b = await compiler.compile(records);
  console.log('first compile', performance.now() - t, b.articles.length, b.passages.length, b.entities.length, b.claims.length, b.timeline.length);
  const extra = toUserArticleRecord({ url: 'https://x.example/a', title: 'Lavrov', outlet: 'X', date: '2025-12-02', text: 'Sergei Lavrov met Asaad al-Shaibani in Moscow on Tuesday for talks on the ports.\n\nSergei Lavrov said Russia was ready.' }, 'saved', 0);
  for (let i = 0; i < 2; i++) {
    t = performance.now();
    b = await compiler.compile([...records, extra]);
    console.log('recompile', performance.now() - t);
  }
  t = performance.now();
  buildSearchIndex(b);
  console.log('index', performance.now() - t);
  console.log('json size', JSON.stringify(b).length);
}
