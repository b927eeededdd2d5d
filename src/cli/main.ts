/**
 * The `backstory` command. Each sub-command calls the same modules the extension runs (matcher and
 * gating, card data, search) over the corpus compiled from seeds/ by the same compiler the build uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusBundle } from '../model/corpus-types';
import { errorMessage } from '../model/errors';
import { compileCorpus } from '../corpus/compile';
import { toMatcherEntities } from '../tooling/build-corpus';
import { cardCommand, explainCard } from './commands/card';
import { detectFiles, formatDetectLine } from './commands/detect';
import { searchCommand } from './commands/search';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `usage: backstory <command> [options]

  detect FILE... [--explain]  mentions the extension would mark in each HTML or text file (one JSON line per file);
                             --explain: why each was marked, and what was found but not marked and why
  card <entity id or alias> [--explain]
                             the data the context card shows for an entity (JSON); --explain: each claim,
                             its sources and why each supports it, as text
  search "<query>" [--limit N]  corpus search results, best first (JSON)

options:
  --corpus FILE   use a compiled corpus JSON (e.g. extension/corpus.json) instead of compiling seeds/
  --seeds DIR     compile this seeds folder instead of the project's seeds/
`;

/** Options that take no value: `--explain page.html` names a file. */
const FLAGS: ReadonlySet<string> = new Set(['explain']);

interface Parsed {
  positional: string[];
  options: Map<string, string>;
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (FLAGS.has(name ?? '')) options.set(name ?? '', inline ?? 'true');
      else options.set(name ?? '', inline ?? argv[++i] ?? '');
    } else positional.push(arg);
  }
  return { positional, options };
}

export async function main(argv: string[], io: Io, projectRoot: string): Promise<number> {
  async function loadCorpus(options: Map<string, string>): Promise<CorpusBundle> {
    const corpusFile = options.get('corpus');
    const seeds = options.get('seeds') ?? path.join(projectRoot, 'seeds');
    const bundle = corpusFile ? (JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusBundle) : await compileCorpus(seeds);
    // The CLI cannot reach a browser's stored corpus: it says which snapshot it answers from, by the
    // same version the extension's status shows.
    io.stderr(`backstory: corpus ${bundle.version} (as of ${bundle.asOf}) from ${corpusFile ?? (path.relative(process.cwd(), seeds) || '.')}\n`);
    return bundle;
  }

  const [command, ...rest] = argv;
  const { positional, options } = parseArgs(rest);
  try {
    switch (command) {
      case 'detect': {
        if (positional.length === 0) throw new UsageError('detect needs at least one file');
        const bundle = await loadCorpus(options);
        for (const line of await detectFiles(positional, toMatcherEntities(bundle), { explain: options.has('explain') })) io.stdout(`${formatDetectLine(line)}\n`);
        return 0;
      }
      case 'card': {
        const [query] = positional;
        if (!query) throw new UsageError('card needs an entity id or alias');
        const card = await cardCommand(query, await loadCorpus(options));
        if (!card) {
          io.stderr(`backstory: no entity is called ${JSON.stringify(query)}\n`);
          return 1;
        }
        io.stdout(options.has('explain') ? explainCard(card) : `${JSON.stringify(card, null, 2)}\n`);
        return 0;
      }
      case 'search': {
        const [query] = positional;
        if (query === undefined) throw new UsageError('search needs a query');
        const limit = Number(options.get('limit') ?? 10);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
        io.stdout(`${JSON.stringify(searchCommand(query, await loadCorpus(options), limit), null, 2)}\n`);
        return 0;
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
