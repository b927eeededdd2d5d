/**
 * A source that supports a claim only in part carries its reasons as codes (hedged, unnamed, part), so the
 * card can say why in the reader's language; the English `why` is for `--explain` only.
 */
import { describe, expect, it } from 'vitest';
import { seedBundle } from './seed-files';

describe('partial support on the seed claims', () => {
  it('gives every partial source at least one coded reason, and no full source any', async () => {
    const bundle = await seedBundle();
    const sources = bundle.claims.flatMap((c) => c.sources);
    const partial = sources.filter((s) => s.support?.level === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    for (const s of partial) {
      expect(s.support!.partial?.length, s.support!.why.join('; ')).toBeGreaterThan(0);
      // Each coded reason has its English twin among the `why` lines, and vice versa.
      expect(s.support!.partial!.length).toBe(s.support!.why.filter((w) => w.startsWith('partial: ')).length);
    }
    for (const s of sources.filter((s) => s.support?.level === 'full')) expect(s.support!.partial).toBeUndefined();
  });
});
