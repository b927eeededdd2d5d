import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../../src/compiler/simple-yaml';
import { generateSyntheticSeeds } from '../../bench/synthetic-corpus';
import { seedFiles } from './seed-files';

/** The fast path must agree with the yaml package whenever it answers at all. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml('x', text, 2);
  if (!fast) return false;
  expect(fast.data).toEqual(parse(text, { schema: 'core' }) ?? null);
  return true;
}

function frontMatter(text: string): string {
  return text.slice(4, text.indexOf('\n---\n', 3));
}

describe('front matter fast path', () => {
  it('reads every seed and synthetic front matter exactly as the YAML parser does', async () => {
    const fronts = [...(await seedFiles()).filter((f) => f.path.startsWith('articles/')), ...generateSyntheticSeeds(30)].map((f) => frontMatter(f.text));
    for (const f of fronts) expect(agrees(f), f).toBe(true);
  });

  it('knows line numbers of keys', () => {
    const y = parseSimpleYaml('a.txt', '# comment\ntitle: x\ndate: 2025-01-01', 2)!;
    const obj = y.data as object;
    expect(y.lineOf(obj, 'title')).toBe(3);
    expect(y.lineOf(obj, 'date')).toBe(4);
  });

  it('declines what it does not handle', () => {
    for (const text of ['a:\n  b: 1', 'a: b: c', 'a: [x, [y]]', 'a: "x', 'a: 1\na: 2', 'a: &x 1', 'a: |\n  text', '- a', 'a: 0x10', "a: 'x' y"]) {
      expect(parseSimpleYaml('x', text, 1), text).toBeUndefined();
    }
  });

  it('agrees with the YAML parser on generated flat documents', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('null', '~', 'true', 'False', '12', '-3.5', '1e3', '2025-10-15', 'a # b', "it's", 'x: y', '#x', '[a, b]', '[]', '"q\\"x"', "'a''b'", '"\\u00e9"'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('title', 'outlet', 'date', 'cites', 'event'), scalar), { maxLength: 5 }), (pairs) => {
        const text = pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
        const fast = parseSimpleYaml('x', text, 1);
        if (!fast) return;
        let expected: unknown;
        try {
          expected = parse(text, { schema: 'core', uniqueKeys: true }) ?? null;
        } catch {
          throw new Error(`fast path accepted what YAML rejects: ${JSON.stringify(text)}`);
        }
        expect(fast.data).toEqual(expected);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
