import { beforeAll, describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../../src/compiler';
import { arabicPhraseForms, russianPhraseForms } from '../../../../src/compiler/phrase-forms';
import type { CompiledCorpus } from '../../../../src/model/corpus-types';
import { toUserArticleRecord } from '../../../../src/model/user-article';
import { seedFiles } from '../seed-files';
import { GOLD_ARCHIVE, GOLD_EVENTS, GOLD_ONGOING, GOLD_STANCE } from './gold-event-texts';
import { relateFacts } from '../../../../src/compiler/facts';
import { goldReader } from './gold-reader';

// The gold event texts compiled with the seeds as a reader's pack: a report of the Kremlin talks that names no
// event is attached to the talks by its participants and date, so its facts join the seed claims of the same
// facts in any language; a near miss is not.
let corpus: CompiledCorpus;
const idOf = new Map<string, string>();
const TALKS = 'kremlin-talks-2025-10-15';

beforeAll(async () => {
  const records = GOLD_EVENTS.map((g, i) => {
    const r = toUserArticleRecord({ url: `https://gold.test/${g.id}`, title: g.title, outlet: g.outlet, date: g.date, text: g.text.split('\n').join('\n\n') }, 'pack', i + 1);
    idOf.set(g.id, r.id);
    return r;
  });
  corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: records });
});

const article = (gold: string) => corpus.articles.find((a) => a.id === idOf.get(gold))!;
const talksClaim = (action: string, who: string) => corpus.claims.find((c) => c.entityId === TALKS && c.fact?.action === action && c.fact.who === who);

describe('a reader’s article is attached to the event its participants and date point to', () => {
  it('attaches the reports of the next days, in English, Arabic and Russian, to the Kremlin talks', () => {
    for (const id of ['event-en', 'event-ar', 'event-ru']) expect(article(id).event, id).toBe(TALKS);
  });

  it('never attaches a near miss: ten days later, or one participant on another subject', () => {
    expect(article('event-late').event).toBeUndefined();
    expect(article('event-other').event).toBeUndefined();
  });

  it('merges their facts into the seed claims of the same facts, on the talks’ card, in three languages', () => {
    const ties = talksClaim('affirm-ties', 'vladimir-putin');
    expect(ties).toBeDefined();
    const ids = new Set(ties!.sources.map((s) => s.articleId));
    for (const id of ['event-en', 'event-ar', 'event-ru']) expect(ids.has(idOf.get(id)!), id).toBe(true);
    // The seed outlets stay under it: one claim, not a seed claim and a reader's claim beside it.
    expect(ties!.sources.some((s) => s.outlet === 'Zamin')).toBe(true);
    expect(ties!.fact!.langs).toEqual(['ar', 'en', 'ru']);
    for (const id of ['event-late', 'event-other']) expect(ids.has(idOf.get(id)!), id).toBe(false);
  });

  it('reads the installations in their declined (Russian) and definite (Arabic) forms: the talks about both bases, in full', () => {
    const talks = talksClaim('discuss', 'joint');
    expect(talks).toBeDefined();
    for (const id of ['event-en', 'event-ar', 'event-ru']) {
      const source = talks!.sources.find((s) => s.articleId === idOf.get(id));
      expect(source, id).toBeDefined();
      // Each names both bases; only Qamishli airport, which the claim's telling adds, is missing.
      expect(source!.support?.partial, id).toEqual([{ code: 'unnamed', names: ['Qamishli airport'] }]);
    }
    // "القاعدة البحرية" is a base, never al-Qaeda.
    expect(corpus.claims.some((c) => c.entityId === 'al-qaeda' && c.sources.some((s) => s.articleId === idOf.get('event-ar')))).toBe(false);
  });
});

describe('forms of multi-word names, from rules', () => {
  it('declines the head of a Russian name in the singular cases, leaving the name after it', () => {
    expect(russianPhraseForms('военно-морская база в Тартусе')).toEqual([
      'военно-морской базы в Тартусе',
      'военно-морской базе в Тартусе',
      'военно-морскую базу в Тартусе',
      'военно-морской базой в Тартусе',
      'военно-морской базе в Тартусе',
    ]);
    expect(russianPhraseForms('аэропорт Камышли')[0]).toBe('аэропорта Камышли');
    expect(russianPhraseForms('российская военная полиция')[0]).toBe('российской военной полиции');
    // Plurals and abbreviations are left to the gazetteer.
    expect(russianPhraseForms('российские военные базы')).toEqual([]);
    expect(russianPhraseForms('МИД России')).toEqual([]);
  });

  it('tells an Arabic construct name with the article and a preposition, and back', () => {
    expect(arabicPhraseForms('قاعدة طرطوس البحرية')).toEqual(expect.arrayContaining(['القاعدة البحرية في طرطوس', 'القاعدة البحرية الروسية في طرطوس', 'قاعدة طرطوس البحرية الروسية']));
    expect(arabicPhraseForms('القاعدة البحرية في طرطوس')).toContain('قاعدة طرطوس البحرية');
  });
});

describe('content older than its article is dated by its text', () => {
  it('reads "In 2017", "في عام 2017" and "В 2017 году" as the year of the act, not the article\'s date', async () => {
    const { read } = await goldReader(GOLD_ARCHIVE);
    for (const id of ['archive-en', 'archive-ar', 'archive-ru']) {
      const fact = read(id).facts.find((f) => f.action === 'sign');
      expect(fact, `${id}: ${JSON.stringify(read(id).skipped.map((s) => s.reason))}`).toBeDefined();
      expect(fact!.when, id).toMatchObject({ date: '2017', source: 'text' });
    }
  });
});

describe('the event in the reader\'s language', () => {
  it('gives a claim set in an event the event\'s Arabic and Russian names from the gazetteer', () => {
    const claim = talksClaim('affirm-ties', 'vladimir-putin')!;
    expect(claim.when!.labels).toEqual({ ar: 'محادثات الشرع مع بوتين في الكرملين', ru: 'Переговоры аш-Шараа с Путиным в Кремле' });
  });
});

describe('a stated position on a topic', () => {
  it('reads "remains unclear", "غامضا", "остается неясным" about the Hmeimim base as one fact in three languages', async () => {
    const { read } = await goldReader(GOLD_STANCE);
    const facts = ['stance-en', 'stance-ar', 'stance-ru'].map((id) => {
      const f = read(id).facts.find((x) => x.action === 'undecided');
      expect(f, `${id}: ${JSON.stringify(read(id).skipped.map((s) => s.reason))}`).toBeDefined();
      expect(f!.whom, id).toContain('hmeimim-air-base');
      expect(f!.certainty, id).toBe('reported');
      return f!;
    });
    for (const f of facts.slice(1)) expect(relateFacts(facts[0]!, f).relation, f.quote).toBe('same');
    // Talks about the base are another fact: a position is not the act it is about.
    expect(relateFacts(facts[0]!, { ...facts[0]!, action: 'discuss' }).relation).toBe('unrelated');
  });
});

describe('talks told as still going on', () => {
  it('are one process across months and languages, kept apart from the talks held at an event', async () => {
    const records = GOLD_ONGOING.map((g, i) => toUserArticleRecord({ url: `https://gold.test/${g.id}`, title: g.title, outlet: g.outlet, date: g.date, text: g.text.split('\n').join('\n\n') }, 'pack', i + 1));
    const compiled = compileCorpusFromFiles(await seedFiles(), { userArticles: records });
    const ids = new Set(records.map((r) => r.id));
    const onHmeimim = compiled.claims.filter((c) => c.entityId === 'hmeimim-air-base' && c.fact?.action === 'discuss');
    const ongoing = onHmeimim.filter((c) => c.sources.some((s) => ids.has(s.articleId)));
    expect(ongoing.map((c) => c.fact?.phase)).toEqual(['ongoing']);
    // February (two outlets: the gold report and the seed's "part of ongoing negotiations") and March, in three languages.
    expect(ongoing[0]!.sources.filter((s) => ids.has(s.articleId))).toHaveLength(3);
    expect(ongoing[0]!.fact!.langs).toEqual(['ar', 'en', 'ru']);
    expect(ongoing[0]!.sources.some((s) => s.date === '2025-02-12')).toBe(true);
    // The Kremlin talks of 15 October are an event of their own: none of these tellings is under them.
    const talks = onHmeimim.find((c) => c.fact?.when.event === 'kremlin-talks-2025-10-15')!;
    expect(talks.sources.some((s) => ids.has(s.articleId) || s.date === '2025-02-12')).toBe(false);
  });
});
