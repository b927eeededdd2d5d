import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../../../../src/compiler';
import { corpusAgencies } from '../../../../src/corpus/context/corpus-agencies';
import { seedFiles } from '../../compiler/seed-files';

const article = (id: string, cites: string): SeedFile => ({
  path: `articles/${id}.txt`,
  text: `---\ntitle: "${id}"\noutlet: Desk\ncites: [${cites}]\ndate: 2025-10-20\nevent: kremlin-talks-2025-10-15\nsource_file: ${id}.txt\n---\nA line of text.\n`,
});

describe('the agencies the corpus cites', () => {
  it('are those every shipped article cites, once each, whatever else the seed files hold', async () => {
    const files = [...(await seedFiles()).filter((f) => !f.path.startsWith('articles/')), article('a', 'Desk Wire, Reuters'), article('b', 'Reuters'), article('c', '')];
    expect(corpusAgencies(files)).toEqual(['Desk Wire', 'Reuters']);
  });

  it('include, for the shipped seeds, each agency any seed article cites', async () => {
    const files = await seedFiles();
    const cited = files.filter((f) => f.path.startsWith('articles/')).flatMap((f) => /^cites: \[(.*)\]$/m.exec(f.text)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? []);
    expect(cited.length).toBeGreaterThan(0);
    expect(corpusAgencies(files)).toEqual([...new Set(cited)].sort());
  });
});
