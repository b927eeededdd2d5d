import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../../../src/model/fact';
/** The fact reader as the gold suites use it: the seed gazetteer's entities and detector, and a reader of a gold article by id. */
import { corpusDetector, toMatcherEntity } from '../../../../src/compiler';
import { parseGazetteer } from '../../../../src/compiler/gazetteer';
import { readArticle, type FactEntity } from '../../../../src/compiler/facts';
import type { Mention } from '../../../../src/detect/types';
import { fileText, seedFiles } from '../seed-files';
import type { GoldArticle } from './gold-texts';

export interface GoldReader {
  entities: Map<string, FactEntity>;
  find: (text: string) => Mention[];
  /** The reading of the gold article `id` of `texts`. */
  read: (id: string) => ReturnType<typeof readArticle>;
}

export async function goldReader(texts: readonly GoldArticle[]): Promise<GoldReader> {
  const { entities: list } = parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'));
  const entities = new Map<string, FactEntity>(list.map((e) => [e.id, e]));
  const find = corpusDetector(list.map(toMatcherEntity));
  const read = (id: string) => {
    const a = texts.find((g) => g.id === id);
    if (!a) throw new Error(`no gold article ${id}`);
    return readArticle(a.text, { title: a.title, date: a.date }, find, entities);
  };
  return { entities, find, read };
}

/** A first sentence naming al-Sharaa in full, so that a sentence after it is read as in an article about him. */
const LEAD = {
  en: 'Syrian President Ahmad al-Sharaa arrived in Moscow on Wednesday.',
  ar: 'وصل الرئيس السوري أحمد الشرع إلى موسكو يوم الأربعاء.',
  ru: 'Президент Сирии Ахмед аш-Шараа прибыл в Москву в среду.',
} as const;

export type LeadLang = keyof typeof LEAD;

/** Single sentences as gold articles (`case-<i>`), each after the lead of its language, dated 16 October 2025. */
export function sentenceArticles(cases: ReadonlyArray<readonly [LeadLang, string, ...unknown[]]>): GoldArticle[] {
  return cases.map(([lang, text], i) => ({ id: `case-${i}`, outlet: 'Test Desk', date: '2025-10-16', title: 'Qxzq', text: `${LEAD[lang]}\n${text}` }));
}

/**
 * One test per sentence of `cases`: read after the lead of its language, it states exactly one fact, with the slots
 * of its `want` (and whatever `also` checks of every fact read).
 */
export function eachSentenceReads(title: string, cases: ReadonlyArray<readonly [LeadLang, string, Partial<Fact>]>, also?: (fact: Fact) => void): void {
  let read: GoldReader['read'];
  beforeAll(async () => {
    ({ read } = await goldReader(sentenceArticles(cases)));
  });
  describe(title, () => {
    cases.forEach(([, text, want], i) => {
      it(text, () => {
        const facts = read(`case-${i}`).facts.slice(1);
        expect(facts, JSON.stringify(read(`case-${i}`).skipped)).toEqual([expect.objectContaining(want)]);
        for (const f of facts) also?.(f);
      });
    });
  });
}
