/**
 * The gold fact-check suite: the seed cards read claim by claim, the way a foreign-desk fact-checker would.
 * Each test names a class of error from issue 13 and the sentences that must (or must never) go together.
 */
import { describe, expect, it } from 'vitest';
import { cardCommand } from '../../../src/cli/commands/card';
import type { CardData, Claim, CompiledCorpus } from '../../../src/model/corpus-types';
import { seedBundle } from '../compiler/seed-files';

const short = (articleId: string): string => articleId.slice(0, 3);
const articlesOf = (c: Claim): string[] => [...new Set(c.sources.map((s) => short(s.articleId)))].sort();
const plain = (b: CompiledCorpus): Claim[] => b.claims.filter((c) => !c.variants);
const withQuote = (b: CompiledCorpus, re: RegExp): Claim[] => plain(b).filter((c) => c.sources.some((s) => re.test(s.quote)));
const card = async (id: string): Promise<CardData> => (await cardCommand(id, await seedBundle()))!;

describe('sources that must never support a claim', () => {
  it('names no actor a sentence does not: the US order on Assad "and others now in Moscow, Russia" is no act of the Russian side', async () => {
    const order = (await card('bashar-al-assad')).claims.filter((c) => /^The order maintains/.test(c.text));
    expect(order.length).toBeGreaterThan(0);
    for (const c of order) expect(c.fact?.who).not.toBe('side:ru');
  });

  it('the February phone call never supports a claim about the October talks', async () => {
    const b = await seedBundle();
    for (const c of plain(b)) {
      if (c.sources.some((s) => short(s.articleId) === '004')) {
        expect(c.when!.date < '2025-10-01', c.text).toBe(true);
        expect(c.when!.id).not.toBe('kremlin-talks-2025-10-15');
      }
      if (c.when?.id === 'kremlin-talks-2025-10-15') expect(articlesOf(c)).not.toContain('004');
    }
  });

  it('a quote in which al-Sharaa speaks never supports what Putin said, and the reverse', async () => {
    const b = await seedBundle();
    for (const c of withQuote(b, /^Sharaa told Putin/)) expect(c.agent).toBe('ahmad-al-sharaa');
    for (const c of withQuote(b, /^Putin told Sharaa/)) expect(c.agent).toBe('vladimir-putin');
    for (const c of plain(b).filter((x) => x.agent === 'vladimir-putin')) {
      for (const s of c.sources) expect(s.quote).not.toMatch(/^(?:"|“)?(?:Sharaa|Al-Sharaa|al-Sharaa|President al-Sharaa)\b.*\b(?:told|said|reaffirmed|stressed)/);
    }
  });

  it('sentences that share only place names are different claims', async () => {
    const b = await seedBundle();
    for (const c of withQuote(b, /^Talks covered the fate of the Hmeimim/)) {
      expect(c.sources.some((s) => /is still unclear/.test(s.quote))).toBe(false);
    }
  });

  it('every source of every claim says why it supports it: same event, same agent, shared content', async () => {
    const b = await seedBundle();
    for (const c of plain(b)) {
      for (const s of c.sources) {
        expect(s.support, c.text).toBeDefined();
        const why = s.support!.why.join(' | ');
        expect(why).toContain(`same event: ${c.when!.label}`);
        expect(why).toMatch(/content: /);
        if (c.agent) expect(why).toMatch(new RegExp(`(?:agent|speaker): ${b.entities.find((e) => e.id === c.agent)!.name}`));
        // The quote is verbatim from its article and its passage.
        expect(b.articles.find((a) => a.id === s.articleId)!.text).toContain(s.quote);
        expect(b.passages.find((p) => p.id === s.passageId)!.text).toContain(s.quote);
      }
    }
  });

  it('a plan is never grouped with a report that it happened (expected before the visit / raised during it)', async () => {
    const b = await seedBundle();
    for (const c of withQuote(b, /expected to formally request/)) expect(c.sources.some((s) => /raised the issue/.test(s.quote))).toBe(false);
  });
});

describe('agreements that must be found', () => {
  it('the military-police request, reported by three outlets, is one claim with three sources and one origin', async () => {
    const b = await seedBundle();
    const claims = withQuote(b, /redeploy/);
    const keys = new Set(claims.map((c) => c.key));
    expect(keys.size).toBe(1);
    const c = claims[0]!;
    expect(articlesOf(c)).toEqual(['000', '001', '003']);
    expect(c.agent).toBe('ahmad-al-sharaa');
    expect(c.origins!.map((o) => o.name)).toEqual(['Reuters']);
    expect(c.agreement.count).toBe(1);
    // "likely asked" supports "proposed" only in part, and says so.
    const hedged = c.sources.find((s) => /likely asked/.test(s.quote))!;
    expect(hedged.support!.level).toBe('partial');
    expect(hedged.support!.why.join(' ')).toMatch(/hedged \(“likely”\)/);
  });

  it('the wheat request is one claim from three articles; the new army one from two', async () => {
    const b = await seedBundle();
    expect(new Set(withQuote(b, /wheat/).map((c) => c.key)).size).toBe(1);
    expect(articlesOf(withQuote(b, /wheat/)[0]!)).toEqual(['000', '001', '003']);
    const army = withQuote(b, /delegation requested Russian assistance/);
    expect(new Set(army.map((c) => c.key)).size).toBe(1);
    expect(articlesOf(army[0]!)).toEqual(['000', '001']);
  });

  it('the request for guarantees: the delegation (000), al-Sharaa’s delegation via SANA (001) and "Syria" (GlobalPost) are one claim of the Syrian side', async () => {
    const b = await seedBundle();
    const c = withQuote(b, /sought assurances from Moscow/)[0]!;
    expect(articlesOf(c)).toEqual(['000', '001', '003']);
    expect(c.origins!.map((o) => o.name)).toContain('SANA');
    expect(c.agreement.count).toBe(3);
    expect(c.fact).toMatchObject({ who: 'side:sy', action: 'guarantee', request: 'ask', certainty: 'reported' });
  });

  it('"expected to formally request" and "plans to demand" are one Reuters report in two outlets', async () => {
    const b = await seedBundle();
    const c = withQuote(b, /plans to demand/)[0]!;
    expect(articlesOf(c)).toEqual(['001', '002']);
    expect(c.origins).toEqual([{ name: 'Reuters', outlets: ['Zamin', 'bne IntelliNews'] }]);
    expect(c.hedge).toMatch(/plans to|expected to/);
  });

  it('a claim reads the same on every card: text, sources and counts', async () => {
    const b = await seedBundle();
    const byKey = new Map<string, Claim>();
    for (const c of plain(b)) {
      const first = byKey.get(c.key!);
      if (!first) byKey.set(c.key!, c);
      else expect({ text: c.text, sources: c.sources, agreement: c.agreement }).toEqual({ text: first.text, sources: first.sources, agreement: first.agreement });
    }
  });

  it('agreement counts independent origins, never more than the outlets', async () => {
    const b = await seedBundle();
    for (const c of plain(b)) {
      expect(c.agreement.count).toBe(c.origins!.length);
      expect(c.agreement.count).toBeLessThanOrEqual(articlesOf(c).length);
      expect(c.origins!.flatMap((o) => o.outlets).length).toBeGreaterThanOrEqual(articlesOf(c).length > 0 ? 1 : 0);
    }
  });
});

describe('claims that matter', () => {
  it('no dateline, headline, byline, caption or fragment becomes a claim', async () => {
    const b = await seedBundle();
    for (const c of plain(b)) {
      expect(c.text, c.text).not.toMatch(/:\s*$/);
      expect(c.text).not.toMatch(/^(?:This|These|That|It)\b(?! should be recalled)/);
      expect(c.text).not.toMatch(/^In addition, (?:he|she)\b/);
      expect(c.text).not.toMatch(/^By /);
      expect(c.text).not.toMatch(/ \/ /);
      expect((c.text.match(/“/g) ?? []).length).toBe((c.text.match(/”/g) ?? []).length);
      expect(b.articles.some((a) => c.text.includes(a.title))).toBe(false);
    }
  });

  it('a resolved "he" is shown in brackets, never bare', async () => {
    const b = await seedBundle();
    const resolved = plain(b).filter((c) => c.sources.some((s) => s.quote === c.text.replace(/^\[[^\]]+\]/, 'He')));
    expect(resolved.map((c) => c.text)).toContain('[Ahmad al-Sharaa] also requested compensation for wartime damages, which continue to place a significant strain on Syria’s economy.');
    for (const c of plain(b)) expect(c.text).not.toMatch(/^(?:In addition, )?he\b/i);
    // Zamin's "In addition, he is negotiating …" is one telling of the talks about the bases: the claim is the
    // telling that names every base (Reuters'), and Zamin's quote supports part of it.
    const bases = withQuote(b, /^In addition, he is negotiating/)[0]!;
    expect(bases.text).toMatch(/^Talks covered the fate of the Hmeimim airbase/);
    expect(bases.sources.find((s) => s.quote.startsWith('In addition, he'))!.support!.level).toBe('partial');
  });

  it('the October talks card has at least three claims from at least three articles', async () => {
    const talks = await card('kremlin-talks-2025-10-15');
    expect(talks.claims.length).toBeGreaterThanOrEqual(3);
    expect(new Set(talks.claims.flatMap(articlesOf)).size).toBeGreaterThanOrEqual(3);
    for (const c of talks.claims) expect(c.when!.id).toBe('kremlin-talks-2025-10-15');
  });

  it('the phone-call and fall-of-Assad cards are not empty, and their counts agree with their timelines', async () => {
    for (const id of ['first-phone-call-2025-02-12', 'fall-of-assad-2024-12-08']) {
      const c = await card(id);
      expect(c.claims.length, id).toBeGreaterThan(0);
      expect(c.empty).toBeUndefined();
      expect(c.articleCount).toBe(c.timeline.find((t) => t.id === id)!.sources.length);
      for (const claim of c.claims) expect(claim.when!.id).toBe(id);
    }
  });

  it('an entity with nothing to say says so plainly', async () => {
    const reuters = await card('reuters');
    expect(reuters.claims).toEqual([]);
    expect(reuters.empty).toBe('passing');
    expect(reuters.articleCount).toBeGreaterThan(1);
  });
});

describe('differences that must be shown', () => {
  const kinds = (c: CardData): Record<string, string> => Object.fromEntries(c.differences.map((d) => [d.facet!, d.difference!.kind]));

  it('the sanctions order: a date given two ways and "all sanctions" against an exception, in one article', async () => {
    const order = await card('sanctions-order-2025-06-30');
    const k = kinds(order);
    expect(k['When: US executive order revoking Syria sanctions']).toBe('dates-of-one-act');
    expect(k['Scope: sanctions']).toBe('scope');
    const when = order.differences.find((d) => d.facet!.startsWith('When:'))!;
    expect(when.variants!.map((v) => v.label)).toEqual(['in July', 'June 30']);
    // The contradicted sentence is not also shown as a plain claim on Trump's card.
    const trump = await card('donald-trump');
    expect(trump.claims.some((c) => /removed all sanctions/.test(c.text))).toBe(false);
    expect(trump.differences.length).toBeGreaterThan(0);
  });

  it('classifies the curated differences', async () => {
    // One day, three wordings of one office: precision, not a change; February's title against October's is one.
    expect(kinds(await card('ahmad-al-sharaa'))['Title used for al-Sharaa at the Kremlin talks']).toBe('precision');
    expect(kinds(await card('ahmad-al-sharaa'))["How al-Sharaa's title changed"]).toBe('change-over-time');
    const extradition = kinds(await card('assad-extradition'));
    expect(extradition['What al-Sharaa would ask about Assad, as reported before the talks']).toBe('paraphrase');
    expect(extradition['When the question of Assad came up']).toBe('change-over-time');
    expect(extradition['Will Russia hand Assad over?']).toBe('different-questions');
    // "two and a half hours" against "more than two and a half hours" agree: a rounding, never a contradiction.
    expect(kinds(await card('kremlin-talks-2025-10-15'))['How long the Kremlin talks lasted']).toBe('precision');
    expect(kinds(await card('sana'))['Who reports the request for guarantees']).toBe('attribution');
  });
});

describe('claim text', () => {
  it('never starts with a dateline, while the quote under it stays verbatim', async () => {
    const b = await seedBundle();
    const dateline = /^[A-Z][\p{L} .]{1,30}\s[–—-]\s/u;
    const withDateline = b.claims.filter((c) => c.sources.some((s) => dateline.test(s.quote)));
    // The corpus has one: "Moscow – On Wednesday, Russian President Vladimir Putin held a conversation …".
    expect(withDateline.length).toBeGreaterThan(0);
    for (const c of b.claims) expect(c.text).not.toMatch(dateline);
    // The card shows that sentence from "On Wednesday …"; the source chip's quote keeps "Moscow – ".
    const shown = withDateline.filter((c) => c.sources.some((s) => dateline.test(s.quote) && s.quote.replace(dateline, '') === c.text));
    expect(shown.length).toBeGreaterThan(0);
  });
});
