import { describe, expect, it } from 'vitest';
import { relateFacts } from '../../../../src/compiler/facts';
import type { Fact } from '../../../../src/model/fact';

/** A fact with only the slots a case sets; the rest as a plain reported statement in English. */
const fact = (slots: Partial<Fact>): Fact => ({
  who: 'side:sy',
  action: 'discuss',
  whom: [],
  when: { date: '2025-10-15', source: 'article' },
  certainty: 'reported',
  numbers: [],
  lang: 'en',
  quote: '',
  start: 0,
  end: 0,
  ...slots,
});

const KREMLIN = { event: 'kremlin-talks-2025-10-15', date: '2025-10-15', source: 'event' } as const;

describe('relateFacts: what is one fact', () => {
  it('"X said" with nothing said about anyone is no fact two tellings can share', () => {
    // "Few in Damascus would say so in public" against "…, Al-Sharaa said, urging partnership".
    const bare = fact({ action: 'say', whom: [] });
    expect(relateFacts(bare, fact({ action: 'say', whom: ['russia'] })).relation).toBe('unrelated');
    expect(relateFacts(bare, fact({ action: 'say', whom: [] })).relation).toBe('unrelated');
    // Said about the same entity: one fact.
    expect(relateFacts(fact({ action: 'say', whom: ['russia'] }), fact({ action: 'say', whom: ['russia', 'syria'] })).relation).toBe('same');
    // Other acts keep reading an empty "whom" as unstated, not as different.
    expect(relateFacts(fact({ action: 'meet', whom: [] }), fact({ action: 'meet', whom: ['vladimir-putin'] })).relation).toBe('same');
  });

  it('talks at a dated event are not the talks of another month', () => {
    const october = fact({ when: KREMLIN, whom: ['russian-bases'] });
    const february = fact({ when: { date: '2025-02-12', source: 'article' }, whom: ['russian-bases'] });
    expect(relateFacts(october, february).relation).toBe('unrelated');
    expect(relateFacts(february, october).relation).toBe('unrelated');
    // The same event, told on another day: one fact.
    expect(relateFacts(october, fact({ when: { ...KREMLIN, date: '2025-10-16' }, whom: ['russian-bases'] })).relation).toBe('same');
  });

  it('a process told as still going on is not the talks held at an event, unless it is set in that event', () => {
    const ongoing = fact({ phase: 'ongoing', when: { date: '2025-10-20', source: 'article' }, whom: ['russian-bases'] });
    const atEvent = fact({ when: KREMLIN, whom: ['russian-bases'] });
    expect(relateFacts(ongoing, atEvent).relation).toBe('unrelated');
    expect(relateFacts(atEvent, ongoing).relation).toBe('unrelated');
    expect(relateFacts(fact({ phase: 'ongoing', when: KREMLIN, whom: ['russian-bases'] }), atEvent).relation).toBe('same');
  });

  it('an act done once (asylum granted), told later with no date of its own, is the dated act; two dated grants are two', () => {
    const fall = { event: 'fall-of-assad-2024-12-08', date: '2024-12-08', source: 'event' } as const;
    const granted = fact({ who: 'side:ru', action: 'grant-asylum', whom: ['bashar-al-assad'], when: fall });
    const retold = fact({ who: 'side:ru', action: 'grant-asylum', whom: ['bashar-al-assad'] });
    expect(relateFacts(retold, granted).relation).toBe('same');
    expect(relateFacts(granted, retold).relation).toBe('same');
    const other = fact({ who: 'side:ru', action: 'grant-asylum', whom: ['bashar-al-assad'], when: { date: '2025-06-01', source: 'text' } });
    expect(relateFacts(other, granted).relation).toBe('unrelated');
  });
});
