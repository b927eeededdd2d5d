/**
 * The general rules of claims, on small articles written for these tests (not the seed articles): who
 * speaks, references, fragments, events and dates, negation, independent origins.
 */
import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, type SeedFile } from '../../../src/compiler';
import { findTimes } from '../../../src/compiler/time-expressions';
import type { Claim, CompiledCorpus } from '../../../src/model/corpus-types';
import { fileText, seedFiles } from './seed-files';

function article(id: string, front: { outlet: string; cites: string[]; date: string; event: string }, body: string): SeedFile {
  const text = [
    '---',
    `title: "Test article ${id}"`,
    `outlet: ${front.outlet}`,
    `cites: [${front.cites.join(', ')}]`,
    `date: ${front.date}`,
    `event: ${front.event}`,
    `source_file: ${id}.txt`,
    '---',
    body,
  ].join('\n');
  return { path: `articles/${id}.txt`, text };
}

const TALKS = 'kremlin-talks-2025-10-15';
const CALL = 'first-phone-call-2025-02-12';

let compiled: CompiledCorpus | undefined;
async function fixture(): Promise<CompiledCorpus> {
  if (compiled) return compiled;
  const all = await seedFiles();
  const support = ['gazetteer.yaml', 'facets.yaml', 'chrome-rules.yaml'].map((p) => ({ path: p, text: fileText(all, p) }));
  compiled = compileCorpusFromFiles([
    ...support,
    article('f1', { outlet: 'Levant Wire', cites: ['TASS'], date: '2025-10-20', event: TALKS }, [
      'Vladimir Putin told Ahmad al-Sharaa that Russia would keep its word on reconstruction aid for Syria.',
      'Al-Sharaa told Putin that Syria honours the agreements it signed with Russia, TASS reported. He also asked Moscow for firm guarantees on the future of the Hmeimim air base.',
      'This included talks on fuel deliveries to Syria from Russia.',
      'This was welcomed by officials in Damascus and in Moscow alike.',
      'The visit to Moscow had a long agenda on Syria:',
      'Russia will not withdraw its aircraft from the Hmeimim air base this year, TASS reported.',
    ].join('\n\n')),
    article('f2', { outlet: 'Coastal Daily', cites: ['TASS'], date: '2025-10-21', event: TALKS }, [
      'Al-Sharaa asked Moscow for firm guarantees on the future of the Hmeimim air base, according to TASS.',
      'Russia will withdraw its aircraft from the Hmeimim air base this year, officials in Moscow said.',
    ].join('\n\n')),
    article('f3', { outlet: 'Steppe Post', cites: [], date: '2025-02-14', event: CALL }, [
      'Al-Sharaa asked Moscow for firm guarantees on the future of the Hmeimim air base during the call on Wednesday.',
      'Last month a Russian delegation visited Damascus in Syria to discuss the future of the Hmeimim air base with Russia.',
    ].join('\n\n')),
  ]);
  return compiled;
}

const ours = (b: CompiledCorpus): Claim[] => b.claims.filter((c) => !c.variants && c.sources.every((s) => /^f\d$/.test(s.articleId)));
const about = (b: CompiledCorpus, re: RegExp): Claim[] => ours(b).filter((c) => c.sources.some((s) => re.test(s.quote)));
const keys = (cs: Claim[]): Set<string> => new Set(cs.map((c) => c.key!));

describe('statements on fixture articles', () => {
  it('resolves "He" to the speaker of the sentence before, and shows it in brackets', async () => {
    const b = await fixture();
    const c = about(b, /^He also asked Moscow/)[0]!;
    expect(c.agent).toBe('ahmad-al-sharaa');
    expect(c.text).toBe('[Ahmad al-Sharaa] also asked Moscow for firm guarantees on the future of the Hmeimim air base.');
  });

  it('groups one request reported by two outlets, counting their shared agency once', async () => {
    const b = await fixture();
    const october = about(b, /firm guarantees/).filter((c) => c.when!.id === TALKS);
    expect(keys(october).size).toBe(1);
    const c = october[0]!;
    expect(c.sources.map((s) => s.articleId)).toEqual(['f1', 'f2']);
    expect(c.origins).toEqual([{ name: 'TASS', outlets: ['Coastal Daily', 'Levant Wire'] }]);
    expect(c.agreement.count).toBe(1);
  });

  it('never merges across events: the same words in the February call are another claim', async () => {
    const b = await fixture();
    const feb = about(b, /during the call on Wednesday/);
    expect(feb.length).toBeGreaterThan(0);
    for (const c of feb) {
      expect(c.when).toMatchObject({ id: CALL, label: 'First Putin–al-Sharaa phone call', date: '2025-02-12' });
      expect(c.sources.map((s) => s.articleId)).toEqual(['f3']);
    }
  });

  it('keeps who speaks to whom: what Putin told al-Sharaa and what al-Sharaa told Putin are two claims', async () => {
    const b = await fixture();
    const putin = about(b, /^Vladimir Putin told/);
    const sharaa = about(b, /^Al-Sharaa told Putin/);
    expect(putin.every((c) => c.agent === 'vladimir-putin')).toBe(true);
    expect(sharaa.every((c) => c.agent === 'ahmad-al-sharaa')).toBe(true);
    for (const c of putin) expect(c.sources.some((s) => /^Al-Sharaa told/.test(s.quote))).toBe(false);
  });

  it('keeps a negated statement apart from its opposite', async () => {
    const b = await fixture();
    const not = about(b, /will not withdraw/);
    const will = about(b, /will withdraw its aircraft/);
    expect(not.length).toBeGreaterThan(0);
    expect(will.length).toBeGreaterThan(0);
    for (const c of not) expect(c.sources.some((s) => /will withdraw its aircraft/.test(s.quote))).toBe(false);
  });

  it('leaves out fragments: an open "This …", a lead-in ending in a colon', async () => {
    const b = await fixture();
    expect(about(b, /^This was welcomed/)).toEqual([]);
    expect(about(b, /long agenda on Syria:$/)).toEqual([]);
  });

  it('keeps "This included talks on …": talks are both sides\' whatever "This" was, so nothing is left unresolved', async () => {
    const b = await fixture();
    expect(about(b, /^This included talks/).length).toBeGreaterThan(0);
  });

  it('dates "last month" from the article, outside the article’s event', async () => {
    const b = await fixture();
    const c = about(b, /^Last month a Russian delegation/)[0]!;
    expect(c.when).toEqual({ id: 'time:2025-01', label: 'January 2025', date: '2025-01' });
  });
});

describe('time expressions', () => {
  it('resolves dates against the article date', () => {
    const at = (text: string, date = '2025-10-15'): string[] => findTimes(text, date).map((t) => t.date);
    expect(at('on Wednesday')).toEqual(['2025-10-15']);
    expect(at('on Monday')).toEqual(['2025-10-13']);
    expect(at('in December')).toEqual(['2024-12']);
    expect(at('in July')).toEqual(['2025-07']);
    expect(at('collapsed on December 8, 2024')).toEqual(['2024-12-08']);
    expect(at('held on October 15.')).toEqual(['2025-10-15']);
    expect(at('a visit last month', '2025-02-12')).toEqual(['2025-01']);
    expect(at('On June 30, the order, effective July 1, 2025')).toEqual(['2025-06-30', '2025-07-01']);
    expect(at('no date here')).toEqual([]);
  });
});
