/**
 * The `backstory` command. Each sub-command calls the same modules the extension runs (matcher and
 * gating, card data, search) over the corpus compiled from seeds/ by the same compiler the build uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusBundle } from '../model/corpus-types';
import { errorMessage } from '../model/errors';
import { compileCorpus, readSeedFiles } from '../compiler/compile-fs';
import { toMatcherEntities } from '../tooling/build-corpus';
import { cardCommand, explainCard, readerCard } from './commands/card';
import { CONTEXT_LANGUAGES, contextCommand, contextText, readContextPage, type ContextLanguage } from './commands/context';
import { detectFiles, formatDetectLine } from './commands/detect';
import { loadPacks, packBuildCommand, packCheckCommand, type CommandOutput } from './commands/pack';
import { searchCommand } from './commands/search';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `usage: backstory <command> [options]

  detect FILE... [--explain]  mentions the extension would mark in each HTML or text file (one JSON line per file);
                             --explain: why each was marked, and what was found but not marked and why
  card <entity id or alias> [--explain] [--lang en|ar|ru]
                             the data the context card shows for an entity (JSON); --explain: each claim,
                             its fact, its sources and why each supports it, as text; --lang: the card as a
                             reader with that interface language sees it (headlines from facts, quotes verbatim)
  context <page.html | file URL> [--lang en|ar|ru] [--json]
                             what the side panel shows for that page: its names, its claims confirmed / differs /
                             new against the corpus with their sources, and what it leaves out (text; --json: data)
  search "<query>" [--limit N]  corpus search results, best first (JSON)
  pack build FOLDER --out FILE [--name NAME]
                             a .backstory pack of the article files in FOLDER (.json: one article; .jsonl: one
                             per line; .txt: "key: value" front matter between --- lines, then the text)
  pack check FILE            what is wrong with a pack, each problem as file:line, or what it holds

options:
  --corpus FILE   use a compiled corpus JSON (e.g. .cache/corpus.json, written by the build) instead of compiling seeds/
  --seeds DIR     compile this seeds folder instead of the project's seeds/
  --with PACK     card, search, context: compile the seeds with this pack's articles, as an import would
                  (repeat for several packs)
`;

/** Options that take no value: `--explain page.html` names a file. */
const FLAGS: ReadonlySet<string> = new Set(['explain', 'json']);

interface Parsed {
  positional: string[];
  /** The last value of each option. */
  options: Map<string, string>;
  /** Every value of each option, for those that repeat (`--with a --with b`). */
  all: Map<string, string[]>;
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const all = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split('=', 2);
      const value = FLAGS.has(name) ? (inline ?? 'true') : (inline ?? argv[++i] ?? '');
      options.set(name, value);
      all.set(name, [...(all.get(name) ?? []), value]);
    } else positional.push(arg);
  }
  return { positional, options, all };
}

export async function main(argv: string[], io: Io, projectRoot: string): Promise<number> {
  // Pack names by pack id, for the packs given with --with: the output says which pack a source came from.
  const packNames = new Map<string, string>();

  async function loadCorpus(options: Map<string, string>, packs: string[] = []): Promise<CorpusBundle> {
    const corpusFile = options.get('corpus');
    const seeds = options.get('seeds') ?? path.join(projectRoot, 'seeds');
    if (corpusFile && packs.length > 0) throw new UsageError('--with compiles the seeds with the pack, so it cannot be used with --corpus');
    const { records, names } = await loadPacks(packs);
    for (const [id, name] of names) packNames.set(id, name);
    const bundle = corpusFile ? (JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusBundle) : await compileCorpus(seeds, { userArticles: records });
    // The CLI cannot reach a browser's stored corpus: it says which snapshot it answers from, by the
    // same version the extension's status shows.
    const withPacks = packs.length > 0 ? ` with ${records.length} article${records.length === 1 ? '' : 's'} from ${packs.join(', ')}` : '';
    io.stderr(`backstory: corpus ${bundle.version} (as of ${bundle.asOf}) from ${corpusFile ?? (path.relative(process.cwd(), seeds) || '.')}${withPacks}\n`);
    return bundle;
  }

  function print(result: CommandOutput): number {
    if (result.out) io.stdout(result.out);
    if (result.err) io.stderr(result.err);
    return result.code;
  }

  const [command, ...rest] = argv;
  const { positional, options, all } = parseArgs(rest);
  const packs = all.get('with') ?? [];
  try {
    switch (command) {
      case 'detect': {
        if (positional.length === 0) throw new UsageError('detect needs at least one file');
        const bundle = await loadCorpus(options, packs);
        for (const line of await detectFiles(positional, toMatcherEntities(bundle), { explain: options.has('explain') })) io.stdout(`${formatDetectLine(line)}\n`);
        return 0;
      }
      case 'card': {
        const [query] = positional;
        if (!query) throw new UsageError('card needs an entity id or alias');
        const bundle = await loadCorpus(options, packs);
        const card = await cardCommand(query, bundle);
        if (!card) {
          io.stderr(`backstory: no entity is called ${JSON.stringify(query)}\n`);
          return 1;
        }
        const lang = options.get('lang');
        if (lang !== undefined && lang !== 'en' && lang !== 'ar' && lang !== 'ru') throw new UsageError('--lang must be en, ar or ru');
        io.stdout(
          lang !== undefined && !options.has('explain')
            ? readerCard(card, lang)
            : options.has('explain')
              ? explainCard(card, sourcePacks(bundle, packNames))
              : `${JSON.stringify(card, null, 2)}\n`,
        );
        return 0;
      }
      case 'context': {
        const [target] = positional;
        if (!target) throw new UsageError('context needs a page (an HTML file or its file: URL)');
        const lang = options.get('lang') ?? 'en';
        if (!(CONTEXT_LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${CONTEXT_LANGUAGES.join(', ')}`);
        const page = await readContextPage(target);
        const bundle = await loadCorpus(options, packs);
        const seedFiles = await readSeedFiles(options.get('seeds') ?? path.join(projectRoot, 'seeds'));
        const context = await contextCommand(page, bundle, seedFiles);
        io.stdout(options.has('json') ? `${JSON.stringify(context, null, 2)}\n` : await contextText(context, lang as ContextLanguage, projectRoot));
        return 0;
      }
      case 'search': {
        const [query] = positional;
        if (query === undefined) throw new UsageError('search needs a query');
        const limit = Number(options.get('limit') ?? 10);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
        const bundle = await loadCorpus(options, packs);
        io.stdout(`${JSON.stringify(searchCommand(query, bundle, limit, sourcePacks(bundle, packNames)), null, 2)}\n`);
        return 0;
      }
      case 'pack': {
        const [sub, target] = positional;
        if (sub === 'build') {
          const out = options.get('out');
          if (!target) throw new UsageError('pack build needs a folder of article files');
          if (!out) throw new UsageError('pack build needs --out FILE');
          const name = options.get('name');
          const corpusVersion = (await loadCorpus(options)).version;
          return print(await packBuildCommand(target, { out, corpusVersion, ...(name !== undefined ? { name } : {}) }));
        }
        if (sub === 'check') {
          if (!target) throw new UsageError('pack check needs a pack file');
          return print(await packCheckCommand(target));
        }
        throw new UsageError(sub === undefined ? 'pack needs build or check' : `unknown pack command ${JSON.stringify(sub)}`);
      }
      case undefined:
      case 'help':
      case '--help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`backstory: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`backstory: ${errorMessage(err)}\n`);
    return 1;
  }
}

class UsageError extends Error {}

/** The pack name of each article that came with a pack given with --with, by article id. */
function sourcePacks(bundle: CorpusBundle, names: ReadonlyMap<string, string>): Map<string, string> {
  const byArticle = new Map<string, string>();
  if (names.size === 0) return byArticle;
  for (const a of bundle.articles) {
    const name = a.packId !== undefined ? names.get(a.packId) : undefined;
    if (name !== undefined) byArticle.set(a.id, name);
  }
  return byArticle;
}
