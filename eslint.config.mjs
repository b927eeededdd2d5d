// Lint: typescript-eslint's recommended rules, plus the architecture and safety rules this project lives by.
import tseslint from 'typescript-eslint';

/**
 * The layer order, enforced: each folder of src/ may import only the folders listed for it, so no
 * import runs back up. model is the bottom and imports nothing of ours; detect, search and corpus
 * build on it (the corpus compiler runs the detector); storage keeps the corpus; shared messaging and
 * UI sit beside the contexts; the contexts never import each other's internals but talk through
 * typed messages; the CLI and build tooling run the same modules from a terminal.
 */
export const LAYERS = {
  model: [],
  detect: ['model'],
  search: ['model'],
  extract: ['model'],
  pack: ['model'],
  corpus: ['model', 'detect'],
  storage: ['model', 'detect', 'search', 'corpus', 'pack'],
  shared: ['model', 'detect', 'search', 'corpus', 'pack', 'extract'],
  background: ['model', 'detect', 'search', 'corpus', 'storage', 'shared', 'pack'],
  content: ['model', 'detect', 'search', 'corpus', 'shared', 'extract'],
  popup: ['model', 'detect', 'search', 'corpus', 'shared'],
  pages: ['model', 'detect', 'search', 'corpus', 'shared', 'pack'],
  tooling: ['model', 'detect', 'search', 'corpus', 'pack'],
  // The CLI prints what the extension's pages show: their words (shared/i18n, shared/ui) and the extractor.
  cli: ['model', 'detect', 'search', 'corpus', 'storage', 'tooling', 'pack', 'extract', 'shared'],
};
const layerBoundaries = Object.entries(LAYERS).map(([folder, allowed]) => ({
  files: [`src/${folder}/**/*.{ts,tsx,mts}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: Object.keys(LAYERS)
          .filter((other) => other !== folder && !allowed.includes(other))
          .map((other) => ({
            group: [`**/${other}/**`, `**/${other}`],
            message: `src/${folder} may import only ${allowed.join(', ') || 'nothing else of ours'}: src/${other} sits above it or beside it (see LAYERS in eslint.config.mjs).`,
          })),
      },
    ],
  },
}));

/** Page and corpus text is only ever rendered as text. */
const noHtmlInjection = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-properties': [
      'error',
      { property: 'innerHTML', message: 'Render text as text (Preact text nodes, textContent).' },
      { property: 'outerHTML', message: 'Render text as text.' },
      { property: 'insertAdjacentHTML', message: 'Render text as text.' },
      { object: 'document', property: 'write', message: 'Never document.write.' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text as text.' },
      { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the extension runs no generated code.' },
    ],
    'no-eval': 'error',
    'no-implied-eval': 'error',
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'extension/', 'extension-firefox/', 'dist/', 'test-results/', '.cache/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests and benchmarks probe untyped browser globals (page worlds, chrome.* in extension pages).
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  noHtmlInjection,
  ...layerBoundaries,
  {
    files: ['**/*.mjs', 'build.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly' } },
  },
);
