import { readdirSync } from 'node:fs';
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
    expect(await ruleIdsFor('src/corpus/compile/x.ts', "import { a } from '../../storage/db';\nexport const y = a;\n")).toContain('no-restricted-imports');
  });

  it('lets every folder import the layers below it', async () => {
    expect(await ruleIdsFor('src/corpus/compile/x.ts', "import { a } from '../../detect/matcher';\nimport { b } from '../../model/fold';\nexport const y = [a, b];\n")).toEqual([]);
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
});
