import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles } from '../../../src/compiler';
import { fileText, seedBundle, seedFiles, withFile } from './seed-files';

/** The gazetteer with one entity's description block replaced. */
async function withDescription(block: string): Promise<() => unknown> {
  const all = await seedFiles();
  const gaz = fileText(all, 'gazetteer.yaml').replace(/    description: 'Russian deputy prime minister\.'\n(?:    identification: .*\n)?    facts:\n(?: {6,}.*\n)+/, block);
  return () => compileCorpusFromFiles(withFile(all, 'gazetteer.yaml', gaz));
}

describe('descriptions with sources', () => {
  it('shows a bare identification, and each further sentence with the passages it cites', async () => {
    const b = await seedBundle();
    const novak = b.entities.find((e) => e.id === 'alexander-novak')!;
    expect(novak.description).toBe('Russian deputy prime minister.');
    expect(novak.facts![0]!.sources[0]).toMatchObject({ articleId: '000_765fff5e320db609', passageId: expect.stringMatching(/^000_765fff5e320db609#[0-9a-f]{12}(-\d+)?$/) });
    for (const e of b.entities) {
      for (const f of e.facts ?? []) {
        for (const s of f.sources) expect(b.passages.find((p) => p.id === s.passageId)!.text.replace(/\s+/g, ' ')).toContain(s.quote.replace(/\s+/g, ' '));
      }
    }
  });

  it('fails the build on a description that reports something', async () => {
    const build = await withDescription("    description: 'Russian deputy prime minister who said officials discussed oil.'\n");
    expect(build).toThrow(/^description of entity "alexander-novak" must be a bare identification; it reports something \("who"\)/);
    const dated = await withDescription("    description: 'Russian deputy prime minister since 2020.'\n");
    expect(dated).toThrow(/must be a bare identification/);
  });

  it('fails the build on a fact that cites nothing, or a quote its article does not hold', async () => {
    const bare = await withDescription("    description: 'Russian deputy prime minister.'\n    facts:\n      - text: 'Said oil talks went well.'\n");
    expect(bare).toThrow(/fact "Said oil talks went well\." of entity "alexander-novak" cites nothing/);
    const wrong = await withDescription(
      "    description: 'Russian deputy prime minister.'\n    facts:\n      - text: 'Said oil talks went well.'\n        cites:\n          - { article: 000_765fff5e320db609, quote: 'oil talks went well' }\n",
    );
    expect(wrong).toThrow(/article "000_765fff5e320db609" does not contain the quote "oil talks went well"/);
  });
});
