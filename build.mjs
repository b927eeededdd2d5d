// Backstory build: a short list of named steps. `node build.mjs [--dev] [--watch] [--target chrome|firefox]`.
// Writes the Chrome build to extension/ and the Firefox build to extension-firefox/, from one manifest.json.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTs, projectRoot as root } from './src/tooling/load-ts.mjs';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev') || args.has('--watch');
const targetArg = process.argv.find((a) => a.startsWith('--target='))?.split('=')[1];
const targets = targetArg ? [targetArg] : ['chrome', 'firefox'];
const outDirs = { chrome: path.join(root, 'extension'), firefox: path.join(root, 'extension-firefox') };
/** The seeds compiled, as the background compiles them: not shipped (tests and the demo server read it). */
const compiledCorpusFile = path.join(root, '.cache/corpus.json');

/** Bundled entry points: [source, output name]. One per context. */
const entries = [
  ['src/background/main.ts', 'background'],
  ['src/content/main.ts', 'content'],
  ['src/popup/main.tsx', 'popup'],
  ['src/pages/reader/main.tsx', 'reader'],
  ['src/pages/options/main.tsx', 'options'],
  ['src/pages/search/main.tsx', 'search'],
  ['src/pages/articles/main.tsx', 'articles'],
  // The options page's pack worker: reads and validates .backstory files off the interface's thread.
  ['src/pages/pack-worker/main.ts', 'pack-worker'],
  ['src/pages/panel/main.tsx', 'panel'],
];
/**
 * The content script's lazy modules, ES modules it imports when first needed (src/content/lazy/lazy-module.ts):
 * [source, output name]. Each is a web-accessible resource in manifest.json (with use_dynamic_url).
 */
const lazyModules = [
  ['src/content/lazy/detect-module.ts', 'content-detect'],
  ['src/content/lazy/card-module.ts', 'content-card'],
];
/**
 * The extension pages, each one shell written from one template: [name, title until the page sets its
 * own in the reader's language]. `<name>.js` and `<name>.css` are the page's bundle and stylesheet; the
 * popup, sized by its content, has no viewport line.
 */
const pageShells = [
  ['popup', 'Backstory'],
  ['reader', 'Reader · Backstory'],
  ['options', 'Backstory settings'],
  ['search', 'Search · Backstory'],
  ['articles', 'Your articles · Backstory'],
  ['panel', 'Backstory'],
];

function pageShell(name, title) {
  const viewport = name === 'popup' ? '' : '\n    <meta name="viewport" content="width=device-width, initial-scale=1" />';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="color-scheme" content="light dark" />${viewport}
    <title>${title}</title>
    <link rel="stylesheet" href="page.css" />
    <link rel="stylesheet" href="${name}.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="${name}.js"></script>
  </body>
</html>
`;
}

/** Static files copied as they are: [source, destination in the build]. */
const staticFiles = [
  ['src/shared/ui/page.css', 'page.css'],
  ['src/content/content.css', 'content.css'],
  ['src/icons', 'icons'],
  // The interface text in every language, where the browsers look for it (browser.i18n, __MSG_…__ in the manifest).
  ['src/locales', '_locales'],
];

/** Step 1: compile seeds/ into the corpus bundle and the matcher data the content script embeds. */
async function compileCorpusStep() {
  const { buildCorpusArtifacts } = await loadTs('src/tooling/build-corpus.ts');
  const started = performance.now();
  try {
    const artifacts = await buildCorpusArtifacts(path.join(root, 'seeds'));
    const ms = performance.now() - started;
    console.log(`corpus: ${artifacts.bundle.articles.length} articles, ${artifacts.bundle.entities.length} entities, ` +
      `${artifacts.bundle.claims.length} claims in ${ms.toFixed(0)} ms (version ${artifacts.bundle.version.slice(0, 12)})`);
    return artifacts;
  } catch (err) {
    // Seed errors carry file:line; print them plainly and fail the build.
    console.error(`build failed: ${err?.toString?.() ?? err}`);
    process.exit(1);
  }
}

/** Step 2: bundle each entry point (classic scripts) and each lazy module (ES modules) for one target. */
async function bundleStep(target, artifacts, watch) {
  for (const [list, format] of [[entries, 'iife'], [lazyModules, 'esm']]) {
    const options = bundleOptions(outDirs[target], list, format, artifacts);
    if (watch) await (await esbuild.context(options)).watch();
    else await esbuild.build(options);
  }
}

function bundleOptions(outdir, list, format, artifacts) {
  return {
    // A lazy module is imported when its code is about to run: V8's explicit compile hint has it compiled
    // whole while it loads (off the main thread where the browser streams it), not function by function
    // inside the scan's first slices.
    ...(format === 'esm' ? { banner: { js: '//# allFunctionsCalledOnLoad' } } : {}),
    entryPoints: Object.fromEntries(list.map(([src, name]) => [name, path.join(root, src)])),
    outdir,
    bundle: true,
    format,
    target: ['chrome120', 'firefox140'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // UTF-8 output: the matcher's prefilter and character tables are mostly Cyrillic, Arabic and
    // accented letters, 2 bytes each as themselves against 6 as \u escapes (content.js: -10 KiB).
    // Chrome and Firefox read extension scripts as UTF-8.
    charset: 'utf8',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
    },
    plugins: [matcherDataPlugin(artifacts)],
    logLevel: 'warning',
  };
}

/**
 * `backstory:matcher-data`: the gazetteer compiled for matching, embedded (the background, the reader page);
 * `backstory:matcher-probe`: its prefilter and character tables only, all the content script embeds.
 */
function matcherDataPlugin(artifacts) {
  return {
    name: 'matcher-data',
    setup(build) {
      build.onResolve({ filter: /^backstory:matcher-(data|probe)$/ }, (a) => ({ path: a.path.slice('backstory:'.length), namespace: 'backstory' }));
      build.onLoad({ filter: /.*/, namespace: 'backstory' }, (a) => ({
        contents: JSON.stringify(a.path === 'matcher-probe' ? artifacts.matcherProbe : artifacts.matcherData),
        loader: 'json',
      }));
    },
  };
}

/** Step 3: static assets and the corpus file. */
function copyStaticStep(target, artifacts) {
  const outdir = outDirs[target];
  for (const [src, dest] of staticFiles) cpSync(path.join(root, src), path.join(outdir, dest), { recursive: true });
  for (const [name, title] of pageShells) writeFileSync(path.join(outdir, `${name}.html`), pageShell(name, title));
  // The seeds ship once (seed-files.json, below): the background compiles them. The compiled corpus is
  // written beside the build, not into it, for the tests and the demo server to read.
  mkdirSync(path.join(root, '.cache'), { recursive: true });
  writeFileSync(compiledCorpusFile, JSON.stringify(artifacts.bundle));
  // The shipped corpus's identity, read from the package at every start: the background compares it
  // with the stored corpus's without loading corpus.json, and never trusts a constant in its own
  // script (a browser may keep running an older registered worker after the files change).
  writeFileSync(path.join(outdir, 'corpus-meta.json'), JSON.stringify(artifacts.meta));
  // The seeds themselves: the background compiles them, alone and with the articles the reader adds.
  writeFileSync(path.join(outdir, 'seed-files.json'), JSON.stringify(artifacts.seedFiles));
}

/** Step 4: the manifest for one target, from manifest.json and its `browser_overrides`. */
function writeManifestStep(target) {
  const source = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const { browser_overrides: overrides = {}, ...manifest } = source;
  const merged = mergeManifest({ ...manifest, version: pkg.version }, overrides[target] ?? {});
  writeFileSync(path.join(outDirs[target], 'manifest.json'), `${JSON.stringify(merged, null, 2)}\n`);
}

/** Deep merge where `null` in the override deletes the key: small per-browser patches. */
function mergeManifest(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object') out[key] = mergeManifest(out[key], value);
    else out[key] = value;
  }
  return out;
}

/** Step 5: print each bundle's size, raw and gzip. */
function reportSizesStep(target) {
  const cssFiles = readdirSync(outDirs[target]).filter((f) => f.endsWith('.css'));
  const rows = [...[...entries, ...lazyModules].map(([, name]) => `${name}.js`), ...cssFiles, 'seed-files.json'].map((file) => {
    const bytes = readFileSync(path.join(outDirs[target], file));
    return `${file} ${(bytes.length / 1024).toFixed(1)} KiB (gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB)`;
  });
  console.log(`${target}: ${rows.join(', ')}`);
}

const artifacts = await compileCorpusStep();
for (const target of targets) {
  rmSync(outDirs[target], { recursive: true, force: true });
  mkdirSync(outDirs[target], { recursive: true });
  await bundleStep(target, artifacts, args.has('--watch'));
  copyStaticStep(target, artifacts);
  writeManifestStep(target);
  if (!args.has('--watch')) reportSizesStep(target);
}
if (args.has('--watch')) console.log('watching src/ for changes (seeds/ changes need a restart)');
