import { describe, expect, it } from 'vitest';
import { compileCorpusFromFiles, SeedError, type SeedFile } from '../../../src/compiler';
import { fileText, seedFiles, withFile } from './seed-files';

const A = 'articles/000_765fff5e320db609.txt';

function compileError(files: SeedFile[]): SeedError {
  try {
    compileCorpusFromFiles(files);
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

/** Replace exactly one occurrence of `from` in `text` (so a typo in a test cannot silently do nothing). */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, () => to);
}

describe('seed errors', () => {
  it('formats as file:line: message', () => {
    const e = new SeedError('gazetteer.yaml', 12, 'something is wrong');
    expect(String(e)).toBe('gazetteer.yaml:12: something is wrong');
    expect(e).toBeInstanceOf(Error);
    expect(e.file).toBe('gazetteer.yaml');
    expect(e.line).toBe(12);
  });

  it('reports a YAML syntax error in the gazetteer with its line', async () => {
    const files = await seedFiles();
    const text = edit(fileText(files, 'gazetteer.yaml'), '    name: Hmeimim air base\n', '    name: : Hmeimim air base\n');
    const line = text.split('\n').findIndex((l) => l.includes('name: : Hmeimim')) + 1;
    const e = compileError(withFile(files, 'gazetteer.yaml', text));
    expect(e.file).toBe('gazetteer.yaml');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(/^YAML syntax error: /);
    // An unclosed flow mapping is noticed where the parser gives up: the next line.
    const lines = fileText(files, 'gazetteer.yaml').split('\n');
    const at = lines.findIndex((l) => l.includes('{ text: Hmeimim airbase, lang: en }'));
    lines[at] = '      - { text: Hmeimim airbase, lang: en';
    const unclosed = compileError(withFile(files, 'gazetteer.yaml', lines.join('\n')));
    expect(unclosed.line - (at + 1)).toBeGreaterThanOrEqual(0);
    expect(unclosed.line - (at + 1)).toBeLessThanOrEqual(1);
  });

  it('reports a YAML syntax error in front matter with its file line', async () => {
    const files = await seedFiles();
    const e = compileError(withFile(files, A, edit(fileText(files, A), 'cites: [Reuters]', 'cites: : [Reuters]')));
    expect(e.file).toBe(A);
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/^YAML syntax error: /);
  });

  it('reports an unknown event id at the event line', async () => {
    const files = await seedFiles();
    const e = compileError(withFile(files, A, edit(fileText(files, A), 'event: kremlin-talks-2025-10-15', 'event: kremlin-talk')));
    expect(String(e)).toBe(`${A}:8: unknown entity "kremlin-talk" in field "event"`);
  });

  it('reports an unknown related id in the gazetteer', async () => {
    const files = await seedFiles();
    const text = edit(fileText(files, 'gazetteer.yaml'), 'related: [qamishli]', 'related: [qamishly]');
    const line = text.split('\n').findIndex((l) => l.includes('related: [qamishly]')) + 1;
    const e = compileError(withFile(files, 'gazetteer.yaml', text));
    expect(String(e)).toBe(`gazetteer.yaml:${line}: unknown entity "qamishly" in "related" of entity "qamishli-airport"`);
  });

  it('reports an unknown entity in a facet', async () => {
    const files = await seedFiles();
    const text = edit(fileText(files, 'facets.yaml'), 'entity: assad-extradition\n    question: What al-Sharaa', 'entity: assad-extraditon\n    question: What al-Sharaa');
    const line = text.split('\n').findIndex((l) => l.includes('assad-extraditon')) + 1;
    expect(String(compileError(withFile(files, 'facets.yaml', text)))).toBe(`facets.yaml:${line}: unknown entity "assad-extraditon" in facet "assad-extradition-request"`);
  });

  it('reports an alias shared by two entities unless both mark it ambiguous', async () => {
    const files = await seedFiles();
    const gaz = fileText(files, 'gazetteer.yaml');
    // "Tartus" (the city) added to the naval base as well: the matcher could not tell them apart.
    const text = edit(gaz, '      - { text: Tartus naval base, lang: en }\n', '      - { text: Tartus naval base, lang: en }\n      - { text: TARTUS, lang: en }\n');
    // Reported at the later of the two, the city's own "Tartus", naming the first.
    const first = text.split('\n').findIndex((l) => l.includes('TARTUS')) + 1;
    const line = text.split('\n').findIndex((l) => l.includes('{ text: Tartus, lang: en')) + 1;
    const e = compileError(withFile(files, 'gazetteer.yaml', text));
    expect(String(e)).toBe(
      `gazetteer.yaml:${line}: duplicate alias "Tartus": entity "tartus" and entity "tartus-naval-base" (line ${first}) both use it; mark it ambiguous in both or remove one`,
    );
    // Marked ambiguous in both, it is allowed.
    const both = edit(edit(text, '{ text: TARTUS, lang: en }', '{ text: TARTUS, lang: en, ambiguous: true }'), '{ text: Tartus, lang: en,', '{ text: Tartus, lang: en, ambiguous: true,');
    expect(() => compileCorpusFromFiles(withFile(files, 'gazetteer.yaml', both))).not.toThrow();
  });

  it('reports a missing metadata field', async () => {
    const files = await seedFiles();
    const e = compileError(withFile(files, A, edit(fileText(files, A), 'source_file: 000_765fff5e320db609.txt\n', '')));
    expect(String(e)).toBe(`${A}:1: missing metadata field "source_file" in the front matter`);
  });

  it('reports a file without front matter', async () => {
    const files = await seedFiles();
    const e = compileError(withFile(files, 'articles/new.txt', 'Just some text.\n'));
    expect(String(e)).toBe('articles/new.txt:1: missing front matter: the file must start with a "---" line');
  });

  it('reports an unparseable date at its line', async () => {
    const files = await seedFiles();
    for (const bad of ['15 October 2025', '2025-02-30', '2025-13-01']) {
      const e = compileError(withFile(files, A, edit(fileText(files, A), 'date: 2025-10-15', `date: ${bad}`)));
      expect(String(e)).toBe(`${A}:7: unparseable date "${bad}" in the front matter (expected YYYY-MM-DD)`);
    }
  });

  it('reports an article left empty by the chrome rules', async () => {
    const files = await seedFiles();
    const text = '---\ntitle: Empty\noutlet: Zamin\ndate: 2025-10-16\nevent: kremlin-talks-2025-10-15\nsource_file: x.txt\n---\nEmpty\n0\nDismiss\n';
    expect(String(compileError(withFile(files, 'articles/empty.txt', text)))).toBe('articles/empty.txt:8: empty article: no text left after removing site chrome');
  });

  it('reports a bad regex in the chrome rules at its line', async () => {
    const files = await seedFiles();
    const text = edit(fileText(files, 'chrome-rules.yaml'), "pattern: '^#image_title$'", "pattern: '^#image_title($'");
    const line = text.split('\n').findIndex((l) => l.includes('^#image_title($')) + 1;
    const e = compileError(withFile(files, 'chrome-rules.yaml', text));
    expect(e.line).toBe(line);
    expect(e.message).toMatch(/^invalid regex/);
  });

  describe('an identification in Arabic or Russian', () => {
    const HMEIMIM = '    identification: { ar: "قاعدة جوية روسية قرب اللاذقية في سوريا.", ru: "Российская авиабаза под Латакией в Сирии." }\n';
    const cases: Array<[string, string, RegExp]> = [
      ['in another script', '    identification: { ar: "Russian air base.", ru: "Российская авиабаза под Латакией в Сирии." }\n', /"identification" of entity "hmeimim-air-base": "ar" must be written in Arabic script/],
      ['mixing scripts', '    identification: { ar: "قاعدة جوية روسية.", ru: "Российская авиабаза قاعدة." }\n', /"ru" mixes in Arabic script/],
      ['in a language the card does not read', '    identification: { ar: "قاعدة جوية روسية.", de: "Russischer Luftwaffenstützpunkt." }\n', /has a language "de": use ar or ru/],
      ['reporting a number', '    identification: { ar: "قاعدة جوية روسية منذ ٢٠١٥.", ru: "Российская авиабаза." }\n', /"ar" must be a bare identification/],
      ['empty', '    identification: { ar: "", ru: "Российская авиабаза." }\n', /"ar" must be a non-empty string/],
      ['not a mapping', '    identification: قاعدة جوية روسية\n', /"identification" of entity "hmeimim-air-base" must be a mapping/],
    ];
    for (const [what, line, reason] of cases) {
      it(`fails ${what}, with its file, line and reason`, async () => {
        const files = await seedFiles();
        const text = edit(fileText(files, 'gazetteer.yaml'), HMEIMIM, line);
        const e = compileError(withFile(files, 'gazetteer.yaml', text));
        expect(e.file).toBe('gazetteer.yaml');
        expect(e.line).toBe(text.split('\n').indexOf(line.slice(0, -1)) + 1);
        expect(e.message).toMatch(reason);
      });
    }
  });
});
