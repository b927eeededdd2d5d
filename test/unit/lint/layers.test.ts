import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The config is plain JavaScript; read its layer table through a path TypeScript does not resolve.
const configPath = '../../../eslint.config.mjs';
const { LAYERS } = (await import(configPath)) as { LAYERS: Record<string, string[]> };

/** Lints one made-up file at `filePath` with the project's own configuration and returns the rule ids it breaks. */
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer order in eslint.config.mjs', () => {
  it('fails an import that runs back up', async () => {
    const ids = await ruleIdsFor('src/detect/new-file.ts', "import { openCorpus } from '../storage/open-corpus';\nexport const x = openCorpus;\n");
    expect(ids).toContain('no-restricted-imports');
  });

  it('fails model importing anything of ours, and contexts importing each other', async () => {
    expect(await ruleIdsFor('src/model/x.ts', "import { fold } from '../detect/matcher';\nexport const y = fold;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/popup/x.ts', "import { a } from '../content/main';\nexport const y = a;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/compiler/x.ts', "import { a } from '../../storage/db';\nexport const y = a;\n")).toContain('no-restricted-imports');
  });

  it('lets every folder import the layers below it', async () => {
    expect(await ruleIdsFor('src/compiler/x.ts', "import { a } from '../../detect/matcher';\nimport { b } from '../../model/fold';\nexport const y = [a, b];\n")).toEqual([]);
    expect(await ruleIdsFor('src/background/x.ts', "import { a } from '../storage/db';\nexport const y = a;\n")).toEqual([]);
  });

  it('names every code folder of src/, and no two layers import each other', () => {
    const folders = Object.keys(LAYERS);
    const codeFolders = readdirSync(fileURLToPath(new URL('../../../src', import.meta.url)), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'icons' && d.name !== 'locales') // data, not code
      .map((d) => d.name);
    expect([...folders].sort()).toEqual(codeFolders.sort());
    for (const [folder, allowed] of Object.entries(LAYERS)) {
      for (const below of allowed) {
        expect(folders).toContain(below);
        // A folder below may not import the one above it back.
        expect(LAYERS[below]).not.toContain(folder);
      }
    }
  });

  it('allows exactly the imports the code makes: an allowed import nothing uses fails', () => {
    const graph = importGraph();
    expect(unusedEdges(LAYERS, graph)).toEqual([]);
    // Every edge of the code is allowed (the lint rule enforces it file by file; here the whole at once).
    for (const [folder, used] of Object.entries(graph)) for (const to of used) expect(LAYERS[folder], `${folder} → ${to}`).toContain(to);
    // The check bites: a table that allows the popup to import storage, which no popup file does, fails.
    expect(unusedEdges({ ...LAYERS, popup: [...LAYERS.popup!, 'storage'] }, graph)).toEqual(['popup → storage']);
  });

  it("fails a reach into another folder's internals, and lets the folder's public modules through", async () => {
    // The compiler is entered through its index (and its Node-only seed reader, and the fact reader's index).
    expect(await ruleIdsFor('src/background/x.ts', "import { compileCorpusFromFiles } from '../compiler/compile-corpus';\nexport const y = compileCorpusFromFiles;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/corpus/x.ts', "import { readSentenceFact } from '../compiler/facts/read-fact';\nexport const y = readSentenceFact;\n")).toContain('no-restricted-imports');
    // A file inside a subfolder is internal: the subfolder is entered through its index.
    expect(await ruleIdsFor('src/pages/x.ts', "import type { PageContext } from '../corpus/context/page-context';\nexport type Y = PageContext;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/popup/x.ts', "import { a } from '../shared/ui/deep/inside';\nexport const y = a;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/background/x.ts', "import { compileCorpusFromFiles } from '../compiler';\nimport { getCardData } from '../corpus/card-data';\nexport const y = [compileCorpusFromFiles, getCardData];\n")).toEqual([]);
    expect(await ruleIdsFor('src/cli/x.ts', "import { compileCorpus } from '../compiler/compile-fs';\nimport { readArticleFacts } from '../compiler/facts';\nexport const y = [compileCorpus, readArticleFacts];\n")).toEqual([]);
    expect(await ruleIdsFor('src/popup/x.ts', "import { callBackground } from '../shared/messaging/client';\nexport const y = callBackground;\n")).toEqual([]);
    // Inside its own folder, a module reaches its neighbours freely.
    expect(await ruleIdsFor('src/compiler/facts/x.ts', "import { splitSentences } from '../sentences';\nexport const y = splitSentences;\n")).toEqual([]);
  });
});

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g;

/** Which folders of src/ each folder's files import today (relative imports; src/locales is data). */
function importGraph(): Record<string, Set<string>> {
  const graph: Record<string, Set<string>> = {};
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|mts)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = path.relative(SRC, file).split(path.sep)[0]!;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = path.relative(SRC, path.resolve(path.dirname(file), (m[1] ?? m[2] ?? m[3])!)).split(path.sep)[0]!;
      if (to !== from && to !== '..' && to !== 'locales') (graph[from] ??= new Set()).add(to);
    }
  }
  return graph;
}

/** The allowed imports of `layers` that no file makes, as "from → to". */
function unusedEdges(layers: Record<string, string[]>, graph: Record<string, Set<string>>): string[] {
  return Object.entries(layers).flatMap(([folder, allowed]) => allowed.filter((to) => !graph[folder]?.has(to)).map((to) => `${folder} → ${to}`));
}

