import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../src/compiler';
import { parseGazetteer } from '../../../src/compiler/gazetteer';
import { generateSyntheticSeeds, SYNTHETIC_NAMES } from '../../bench/synthetic-corpus';
import { fileText, seedFiles } from './seed-files';

async function supportFiles() {
  return (await seedFiles()).filter((f) => !f.path.startsWith('articles/'));
}

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSyntheticSeeds(20, 3)).toEqual(generateSyntheticSeeds(20, 3));
    expect(generateSyntheticSeeds(20, 4)).not.toEqual(generateSyntheticSeeds(20, 3));
  });

  it('writes 2–8 KB articles dated 2024–2026 from several outlets, in all three scripts', () => {
    const files = generateSyntheticSeeds(200);
    const outlets = new Set<string>();
    for (const f of files) {
      const bytes = Buffer.byteLength(f.text);
      expect(bytes).toBeGreaterThanOrEqual(2000);
      expect(bytes).toBeLessThanOrEqual(8 * 1024);
      expect(f.text).toMatch(/^---\ntitle: .+\noutlet: .+\ncites: .*\ndate: 202[456]-\d\d-\d\d\nevent: .+\nsource_file: .+\n---\n/);
      outlets.add(/outlet: (.+)/.exec(f.text)![1]!);
    }
    expect(outlets.size).toBeGreaterThanOrEqual(5);
    const all = files.map((f) => f.text).join('\n');
    expect(all).toMatch(/[\u0600-\u06ff]/);
    expect(all).toMatch(/[\u0400-\u04ff]/);
    const years = new Set(files.map((f) => /date: (\d{4})/.exec(f.text)![1]));
    expect([...years].sort()).toEqual(['2024', '2025', '2026']);
  });

  it('uses only names the gazetteer knows', async () => {
    const { entities } = parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'));
    const aliases = new Set(entities.flatMap((e) => e.aliases.map((a) => a.text)));
    for (const script of Object.values(SYNTHETIC_NAMES)) {
      for (const names of Object.values(script)) for (const n of names) expect(aliases, n).toContain(n);
    }
  });

  it('compiles with the real gazetteer: claims cluster across many sources', async () => {
    const bundle = compileCorpusFromFiles([...(await supportFiles()), ...generateSyntheticSeeds(300, 9)]);
    expect(bundle.articles).toHaveLength(300);
    const hmeimim = bundle.claims.filter((c) => c.entityId === 'hmeimim-air-base' && !c.variants);
    // Many outlets carry the same statement; agreement counts the origins they credit, never more.
    expect(hmeimim[0]!.sources.length).toBeGreaterThan(5);
    expect(hmeimim[0]!.agreement.count).toBe(hmeimim[0]!.origins!.length);
    expect(hmeimim[0]!.agreement.count).toBeLessThanOrEqual(hmeimim[0]!.sources.length);
    // Chrome the generator adds is stripped.
    expect(bundle.articles.some((a) => a.text.includes('Subscribe today'))).toBe(false);
    // A card shows a handful of claims, not every sentence: the count per entity stays bounded
    // however many articles mention it (compile time at 10,000 articles is in npm run bench).
    const perEntity = new Map<string, number>();
    for (const c of bundle.claims) perEntity.set(c.entityId, (perEntity.get(c.entityId) ?? 0) + 1);
    for (const n of perEntity.values()) expect(n).toBeLessThanOrEqual(12);
    // Compiling 300 articles on two shared cores, with other suites running: room, not a benchmark.
  }, 60_000);
});
