// Lint: typescript-eslint's recommended rules, plus the architecture and safety rules this project lives by.
import tseslint from 'typescript-eslint';

/**
 * The layer order, enforced, and exactly the imports the code makes today (test/unit/lint/layers.test.ts
 * fails on an allowed import nothing uses, so the table says what the house is): each folder of src/ may
 * import only the folders listed for it, so no import runs back up. model is the bottom and imports nothing
 * of ours; detect, search, extract and pack build on it; the compiler on detect (it runs the detector); corpus
 * (cards, claim text, the page-in-context comparison) on the compiler; storage keeps the corpus and the packs; shared messaging, i18n and UI sit beside the contexts;
 * the contexts never import each other but talk through typed messages; the CLI and build tooling run the
 * same modules from a terminal. (src/locales holds data, the catalogues, not code.)
 */
export const LAYERS = {
  model: [],
  detect: ['model'],
  search: ['model'],
  extract: ['model'],
  pack: ['model'],
  compiler: ['model', 'detect'],
  corpus: ['model', 'detect', 'compiler'],
  storage: ['model', 'search', 'corpus', 'pack'],
  shared: ['model', 'detect', 'search', 'corpus', 'pack', 'extract'],
  background: ['model', 'detect', 'search', 'compiler', 'corpus', 'storage', 'shared'],
  content: ['model', 'detect', 'shared', 'extract'],
  popup: ['model', 'shared'],
  pages: ['model', 'detect', 'corpus', 'shared', 'pack'],
  tooling: ['model', 'detect', 'compiler'],
  // The CLI prints what the extension's pages show: their words (shared/i18n, shared/ui) and the extractor.
  cli: ['model', 'detect', 'search', 'compiler', 'corpus', 'tooling', 'pack', 'extract', 'shared'],
};

/**
 * A folder's internals stay its own. From outside a folder, an import names one of its top-level modules
 * (`corpus/card-data`) or one of its subfolders, which is entered through that subfolder's index
 * (`corpus/context`), never a file inside it (`corpus/context/page-context`). `shared` is a group of such
 * folders (messaging, i18n, ui, extraction), so there the modules one level down are the public ones. A folder
 * named in ENTRY_POINTS is entered only through its index and the modules listed: the compiler is one program,
 * whose stages are its own business; its index is what the browser may load, `compile-fs` the Node-only seed
 * reader, and the fact reader (its `facts` subfolder, through that folder's index) reads the side panel's page too.
 */
const ENTRY_POINTS = { compiler: ['facts', 'compile-fs'] };
const internalsOf = (other) => {
  if (other === 'shared') return [`**/shared/*/*/*`];
  const entries = ENTRY_POINTS[other];
  if (entries) return [`**/${other}/*`, ...entries.map((entry) => `!**/${other}/${entry}`), `**/${other}/*/*`];
  return [`**/${other}/*/*`];
};

const layerBoundaries = Object.entries(LAYERS).map(([folder, allowed]) => ({
  files: [`src/${folder}/**/*.{ts,tsx,mts}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...Object.keys(LAYERS)
            .filter((other) => other !== folder && !allowed.includes(other))
            .map((other) => ({
              group: [`**/${other}/**`, `**/${other}`],
              message: `src/${folder} may import only ${allowed.join(', ') || 'nothing else of ours'}: src/${other} sits above it or beside it (see LAYERS in eslint.config.mjs).`,
            })),
          ...allowed.map((other) => ({
            group: internalsOf(other),
            message: ENTRY_POINTS[other]
              ? `src/${other} is entered through its index or ${ENTRY_POINTS[other].join(', ')}, not its other modules (see ENTRY_POINTS in eslint.config.mjs).`
              : `src/${other} is entered through its top-level modules or a subfolder's index, not a file inside a subfolder (see LAYERS in eslint.config.mjs).`,
          })),
        ],
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
