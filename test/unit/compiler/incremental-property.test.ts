import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, shippedBundle } from '../../../src/compiler';
import { createIncrementalCompiler } from '../../../src/compiler/incremental';
import { toUserArticleRecord, withArticleChanges, type UserArticleRecord } from '../../../src/model/user-article';
import { rng as random } from '../../bench/synthetic-corpus';
import { packArticles } from '../../bench/user-corpus-inputs';
import { corpusDetector, toMatcherEntity } from '../../../src/compiler';
import { parseGazetteer } from '../../../src/compiler/gazetteer';
import { linkEntities, type ArticleLinks } from '../../../src/compiler/link-entities';
import { splitPassages } from '../../../src/compiler/passages';
import { userArticleToArticle } from '../../../src/compiler/user-articles';
import type { Article, Passage } from '../../../src/model/corpus-types';
import { fileText, seedFiles } from './seed-files';

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
const GAZETTEER = fileText(await seedFiles(), 'gazetteer.yaml');

describe('the incremental compiler, after random saves, removals and edits', () => {
  it.each([1, 2, 3, 4, 5])('serves exactly what a compile from nothing serves (sequence %i), compared as JSON', async (seed) => {
    const files = await seedFiles();
    const compiler = createIncrementalCompiler(async () => files);
    const next = random(seed);
    // The reader's articles as they are now, by pool index: an edit replaces one with its corrected record (same id).
    const held = new Map<number, UserArticleRecord>();
    for (let step = 0; step < 10; step++) {
      // Mostly saves of one or a few articles, sometimes removals or edits, now and then a whole pack at once.
      const roll = next();
      const count = roll < 0.15 ? 8 : 1 + Math.floor(next() * 3);
      for (let k = 0; k < count; k++) {
        const i = Math.floor(next() * POOL.length);
        const some = [...held.keys()][Math.floor(next() * held.size)];
        if (roll < 0.35 && some !== undefined) held.delete(some);
        else if (roll < 0.55 && some !== undefined) held.set(some, edited(held.get(some)!, next));
        else if (!held.has(i)) held.set(i, POOL[i]!);
      }
      const records = [...held.values()];
      const incremental = await compiler.compile(records);
      const fresh = shippedBundle(compileCorpusFromFiles(files, { userArticles: records }));
      expect(asJson(incremental), `seed ${seed}, step ${step}: ${records.length} articles`).toBe(asJson(fresh));
    }
  }, 120_000);
});

/**
 * A reader's correction, as the "Your articles" page makes it (withArticleChanges): a new title or outlet, or a date
 * moved by days, which may bring the article into an event's days or out of them and changes what is newest.
 */
function edited(record: UserArticleRecord, next: () => number): UserArticleRecord {
  const roll = next();
  if (roll < 0.25) return withArticleChanges(record, { title: `${record.title} (corrected)` });
  if (roll < 0.4) return withArticleChanges(record, { outlet: `${record.outlet} Weekly` });
  const day = new Date(`${record.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + Math.floor(next() * 61) - 30);
  return withArticleChanges(record, { date: day.toISOString().slice(0, 10) });
}

describe('links kept per article', () => {
  it('place every sentence and mention of an article linked before as a fresh link does, at its new position', () => {
    const articles = POOL.slice(0, 6).map(userArticleToArticle);
    const find = corpusDetector(parseGazetteer('gazetteer.yaml', GAZETTEER).entities.map(toMatcherEntity));
    const layout = (list: Article[]) => {
      const passages: Passage[] = [];
      const first: number[] = [];
      for (const a of list) {
        first.push(passages.length);
        passages.push(...splitPassages(a));
      }
      return { passages, first };
    };
    const kept = new Map<string, { linked?: ArticleLinks }>();
    const before = layout(articles);
    linkEntities(articles, before.passages, before.first, find, (ai) => kept.get(articles[ai]!.id) ?? kept.set(articles[ai]!.id, {}).get(articles[ai]!.id));
    // Another order, one article fewer: each placed elsewhere than when it was linked.
    const moved = [...articles.slice(1)].reverse();
    const again = layout(moved);
    const fresh = layout(moved);
    const cached = linkEntities(moved, again.passages, again.first, find, (ai) => kept.get(moved[ai]!.id));
    const direct = linkEntities(moved, fresh.passages, fresh.first, find);
    expect(cached.sentences.length).toBeGreaterThan(0);
    expect(cached.sentences.some((s) => s.mentions.length > 0)).toBe(true);
    expect(asJson(cached.sentences)).toBe(asJson(direct.sentences));
    expect(asJson([...cached.articlesByEntity])).toBe(asJson([...direct.articlesByEntity]));
    expect(asJson(again.passages)).toBe(asJson(fresh.passages));
  });
});
