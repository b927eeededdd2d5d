import { beforeAll, describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../../src/compiler';
import { compareFacts, relateFacts } from '../../../../src/compiler/facts';
import { getCardData } from '../../../../src/corpus/card-data';
import { createMemorySource } from '../../../../src/corpus/memory-source';
import { toUserArticleRecord } from '../../../../src/model/user-article';
import type { Fact } from '../../../../src/model/fact';
import { seedFiles } from '../seed-files';
import { GOLD } from './gold-texts';
import { GOLD_STANCES } from './gold-stance-texts';
import { goldReader, type GoldReader } from './gold-reader';

let read: GoldReader['read'];
beforeAll(async () => {
  ({ read } = await goldReader([...GOLD, ...GOLD_STANCES]));
});
const factsOf = (id: string, action: string): Fact[] => read(id).facts.filter((f) => f.action === action);
const quoteOf = (id: string, start: string): Fact | undefined => read(id).facts.find((f) => f.quote.startsWith(start));

describe('Russia’s position on handing Assad over, as one fact in three scripts (issue 21)', () => {
  it('reads the refusal — a spokesman’s “will not”, “refused to hand … over”, “لن تسلم”, “رفضت تسليم”, “не будет выдавать”, “отказалась выдать” — as the Russian side refusing to extradite Assad', () => {
    const refusals = [
      quoteOf('gold-en-refusal', 'Russia will not extradite'),
      quoteOf('gold-en-refusal', 'Moscow refused'),
      quoteOf('gold-ar-refusal', 'وقال المتحدث'),
      quoteOf('gold-ar-refusal', 'ورفضت موسكو'),
      quoteOf('gold-ru-refusal', 'Пресс-секретарь'),
      quoteOf('gold-ru-refusal', 'Москва отказалась'),
    ];
    for (const f of refusals) {
      expect(f, JSON.stringify(refusals.map((x) => x?.quote))).toBeDefined();
      expect(f).toMatchObject({ who: 'side:ru', action: 'extradite', whom: ['bashar-al-assad'], certainty: 'denied' });
      expect(relateFacts(f!, refusals[0]!).relation).toBe('same');
    }
    // The spokesman is who says it; the Kremlin in his title is neither the actor nor what the act concerns.
    expect(refusals.filter((f) => f!.speaker === 'dmitry-peskov')).toHaveLength(3);
    expect([refusals[1]!.credit, refusals[3]!.credit, refusals[5]!.credit]).toEqual(['reuters', 'reuters', 'tass']);
  });

  it('keeps a request for Assad’s extradition the asker’s, and apart from Russia’s refusal', () => {
    const asked = factsOf('gold-en-wire', 'extradite')[0]!;
    expect(asked).toMatchObject({ who: 'ahmad-al-sharaa', request: 'ask' });
    expect(relateFacts(asked, quoteOf('gold-en-refusal', 'Russia will not extradite')!).relation).toBe('unrelated');
  });

  it('merges the refusal told by three outlets in three languages into one claim on the Assad and Russia cards', async () => {
    const records = GOLD_STANCES.filter((g) => g.id.endsWith('-refusal')).map((g, i) =>
      toUserArticleRecord({ url: `https://gold.test/${g.id}`, title: g.title, outlet: g.outlet, date: g.date, text: g.text.split('\n').join('\n\n') }, 'pack', i + 1),
    );
    const corpus = compileCorpusFromFiles(await seedFiles(), { userArticles: records });
    const source = createMemorySource(corpus);
    for (const entity of ['bashar-al-assad', 'russia']) {
      const card = await getCardData(source, entity);
      const refusals = card!.claims.filter((c) => c.fact?.action === 'extradite' && c.fact.certainty === 'denied');
      expect(refusals, `${entity}: ${JSON.stringify(card!.claims.map((c) => [c.fact?.action, c.fact?.certainty, c.fact?.who, c.sources.length]))}`).toHaveLength(1);
      expect(refusals[0]!.fact!.langs).toEqual(['ar', 'en', 'ru']);
      expect(new Set(refusals[0]!.sources.map((s) => s.articleId))).toEqual(new Set(records.map((r) => r.id)));
    }
  });
});

describe('conditionals and hedges are never asserted facts (en, ar, ru)', () => {
  it('reads no fact from a condition or an open question: “if”, “whether”, “إذا”, “если”', () => {
    for (const [id, start] of [
      ['gold-en-refusal', 'If Russia'],
      ['gold-en-refusal', 'Whether Russia'],
      ['gold-ar-refusal', 'وإذا'],
      ['gold-ru-refusal', 'Если'],
    ] as const) {
      const skipped = read(id).skipped.find((s) => s.quote.startsWith(start));
      expect(skipped, `${id}: ${start}`).toMatchObject({ reason: 'conditional' });
    }
  });

  it('reads a hedge — “perhaps”, “ربما”, “возможно” — as likely, never as reported or planned', () => {
    for (const [id, start] of [
      ['gold-en-refusal', 'Perhaps'],
      ['gold-ar-refusal', 'وربما'],
      ['gold-ru-refusal', 'Возможно'],
    ] as const) {
      const f = quoteOf(id, start);
      const skipped = read(id).skipped.some((s) => s.quote.startsWith(start));
      expect(f ? f.certainty : skipped ? 'no fact' : 'missing', `${id}: ${start}`).toMatch(/^(?:likely|no fact)$/);
    }
    expect(quoteOf('gold-ru-refusal', 'Возможно')).toMatchObject({ who: 'side:ru', action: 'extradite', certainty: 'likely' });
  });

  it('no longer reads the seeds’ open question (“whether Russia will hand over Assad”) as a claim', async () => {
    const corpus = compileCorpusFromFiles(await seedFiles());
    const quotes = corpus.claims.flatMap((c) => c.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.startsWith('One tricky issue is whether'))).toBe(false);
  });
});

describe('the side panel’s gaps across scripts', () => {
  it('meets the English corpus’s “more than two and a half hours” with “three hours” told the other way round: precision, not a new fact', () => {
    const corpusMeet = factsOf('gold-en-wire', 'meet').find((f) => f.numbers.length > 0)!;
    const three = factsOf('gold-ru-panel', 'meet')[0]!;
    expect(three.numbers).toEqual([{ value: 3, unit: 'hour' }]);
    expect(three.who).not.toBe(corpusMeet.who);
    expect(relateFacts(three, corpusMeet)).toEqual({ relation: 'same', kind: 'precision' });
    const compared = compareFacts([three], [{ fact: corpusMeet }]);
    expect(compared.new).toEqual([]);
    expect(compared.confirmed).toHaveLength(1);
    // Two hours against more than two and a half, or against three: a number that differs.
    const two = factsOf('gold-en-panel', 'meet').find((f) => f.numbers.length > 0)!;
    expect(relateFacts(two, corpusMeet)).toEqual({ relation: 'differs', kind: 'contradiction' });
    expect(relateFacts(two, three)).toEqual({ relation: 'differs', kind: 'contradiction' });
  });

  it('meets the Russian deputy prime minister’s energy talks with the English telling', () => {
    const ru = factsOf('gold-ru-panel', 'discuss')[0]!;
    const en = factsOf('gold-en-panel', 'discuss')[0]!;
    expect(ru).toMatchObject({ speaker: 'alexander-novak', whom: ['energy-cooperation'] });
    expect(compareFacts([ru], [{ fact: en }]).confirmed).toHaveLength(1);
  });

  it('meets an Arabic request for a “new army” with the English one', () => {
    const ar = factsOf('gold-ar-panel', 'ask')[0]!;
    const en = factsOf('gold-en-panel', 'ask')[0]!;
    expect(ar).toMatchObject({ who: 'side:sy', whom: ['new-syrian-army'] });
    expect(en).toMatchObject({ who: 'side:sy', whom: ['new-syrian-army'] });
    expect(compareFacts([ar], [{ fact: en }]).confirmed).toHaveLength(1);
  });

  it('never calls a speech or a bare request new against a corpus that holds it as a sentence without a fact', () => {
    const novak = factsOf('gold-ru-panel', 'discuss')[0]!;
    const asked = factsOf('gold-ar-panel', 'ask')[0]!;
    const said = { ...novak, action: 'say', whom: [] };
    // The corpus's claims of the same statements, grouped by their words (speech and requests do not merge on facts).
    const compared = compareFacts([asked, said], [{}, {}]);
    expect(compared.new).toEqual([]);
    // A fact that merges on its fact, and that no corpus claim holds, is new.
    expect(compareFacts([novak], [{}]).new).toEqual([novak]);
  });
});
