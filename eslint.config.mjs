// Lint: typescript-eslint's recommended rules, plus the architecture and safety rules this project lives by.
import tseslint from 'typescript-eslint';

/** Contexts never import each other's internals: they talk through src/shared/messaging. */
const CONTEXTS = ['background', 'content', 'popup', 'pages'];
const contextBoundaries = CONTEXTS.map((context) => ({
  files: [`src/${context}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: CONTEXTS.filter((other) => other !== context).map((other) => ({
          group: [`**/${other}/**`, `**/${other}`],
          message: `src/${context} must not import src/${other}: use typed messages (src/shared/messaging).`,
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
  { ignores: ['node_modules/', 'extension/', 'extension-firefox/', 'test-results/', '.cache/'] },
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
  ...contextBoundaries,
  {
    files: ['**/*.mjs', 'build.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly' } },
  },
);
