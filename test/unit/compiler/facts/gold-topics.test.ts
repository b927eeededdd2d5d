import { beforeAll, describe, expect, it } from 'vitest';
import { relateFacts } from '../../../../src/compiler/facts';
import type { Fact } from '../../../../src/model/fact';
import { GOLD_TOPICS } from './gold-topic-texts';
import { goldReader, type GoldReader } from './gold-reader';

let read: GoldReader['read'];

beforeAll(async () => {
  ({ read } = await goldReader(GOLD_TOPICS));
});
function factsOf(id: string, action: string): Fact[] {
  return read(id).facts.filter((x) => x.action === action);
}
function inThree(action: string): Fact[] {
  return ['topic-en', 'topic-ar', 'topic-ru'].map((id) => {
    const f = factsOf(id, action)[0];
    if (!f) throw new Error(`${id}: no ${action} fact (${JSON.stringify(read(id).skipped.map((s) => [s.reason, s.quote.slice(0, 40)]))})`);
    return f;
  });
}
function allSame(facts: Fact[]): void {
  for (const f of facts.slice(1)) expect(relateFacts(facts[0]!, f).relation, `${facts[0]!.quote} / ${f.quote}`).toBe('same');
}

describe('topical and positional acts in three scripts', () => {
  it('talks about the bases: both sides discussed them, in any language, with the credit each gives', () => {
    const facts = inThree('discuss');
    for (const f of facts) {
      expect(f.who).toBe('joint');
      // An installation also stands for the topic it is part of: Russia's bases in Syria.
      expect(f.whom).toEqual(expect.arrayContaining(['hmeimim-air-base', 'russian-bases']));
      expect(f.certainty).toBe('reported');
      expect(f.credit).toBe('reuters');
    }
    allSame(facts);
  });

  it('ties affirmed: the speaker holds the position, the other country is its partner', () => {
    const facts = inThree('affirm-ties');
    for (const f of facts) expect(f).toMatchObject({ who: 'vladimir-putin', whom: ['syria'], certainty: 'reported' });
    allSame(facts);
  });

  it('a pledge to honour past agreements', () => {
    const facts = inThree('honour-agreements');
    for (const f of facts) expect(f).toMatchObject({ who: 'ahmad-al-sharaa', certainty: 'reported' });
    allSame(facts);
  });

  it('guarantees asked for: the Syrian side’s request, not denied by the "not" of what it asks', () => {
    const facts = inThree('guarantee');
    for (const f of facts) expect(f).toMatchObject({ who: 'side:sy', request: 'ask', certainty: 'reported' });
    allSame(facts);
  });

  it('an extradition refused: "Russian officials", "روسيا", "Россия" are one actor, the Russian side, and it is denied', () => {
    const facts = inThree('extradite');
    for (const f of facts) {
      expect(f.who, f.quote).toBe('side:ru');
      expect(f.certainty, f.quote).toBe('denied');
      expect(f.whom, f.quote).toContain('bashar-al-assad');
      // Assad, named before "сообщили" across a comma, is whom it concerns, never the speaker.
      expect(f.speaker, f.quote).toBeUndefined();
    }
    allSame(facts);
  });

  it('a hedge ("is expected to", "من المتوقع", "могут") is kept as such, on the same topic', () => {
    const [en, ar, ru] = factsOf('topic-hedges', 'discuss');
    expect(en!.certainty).toBe('expected');
    expect(ar!.certainty).toBe('expected');
    expect(ru!.certainty).toBe('likely');
    for (const f of [en!, ar!, ru!]) expect(f.whom).toContain('hmeimim-air-base');
    // Announced two days before the talks: the plan, then the talks — a later development, never one claim.
    const done = inThree('discuss')[0]!;
    expect(relateFacts(en!, done)).toEqual({ relation: 'differs', kind: 'later-development' });
  });

  it('does not merge what only shares words: other topics, ties inside a country, talks about nothing named', () => {
    const wheat = factsOf('topic-hedges', 'discuss').find((f) => f.whom.includes('wheat-shipments'));
    expect(wheat).toBeDefined();
    expect(relateFacts(wheat!, inThree('discuss')[0]!).relation).toBe('unrelated');
    // "strengthen political ties inside the country", said of elections: no affirmation of ties with Syria.
    expect(factsOf('topic-en', 'affirm-ties').map((f) => f.quote)).toEqual([expect.stringMatching(/^Vladimir Putin reaffirmed/)]);
    // Trade, energy prices and tourism are no entity: the talks' topic cannot be told, so no fact.
    const skipped = read('topic-en').skipped.find((s) => s.quote.startsWith('The two sides also discussed'));
    expect(skipped?.reason).toBe('no-topic');
  });
});
