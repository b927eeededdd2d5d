import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../../src/cli/commands/search';
import { fixtureBundle } from './fixture-bundle';

describe('searchCommand', () => {
  it('Хмеймим returns Hmeimim passages first, in every script', () => {
    const out = searchCommand('Хмеймим', fixtureBundle);
    expect(out.results.slice(0, 3).map((r) => r.article).sort()).toEqual(['a-arabic', 'a-reuters', 'a-tass']);
    expect(out.results[0]?.passage).toMatch(/Hmeimim|Хмеймим|حميميم/);
  });

  it('Tartos returns Tartus passages first and says so', () => {
    const out = searchCommand('Tartos', fixtureBundle);
    expect(out.didYouMean).toBe('Tartus');
    for (const r of out.results.slice(0, 3)) expect(r.passage).toMatch(/Tartus|Тартус/);
  });

  it('respects the limit and reports outlet and date', () => {
    const out = searchCommand('Latakia', fixtureBundle, 1);
    expect(out.results).toHaveLength(1);
    expect(out.results[0]).toMatchObject({ outlet: expect.any(String), date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
  });
});
