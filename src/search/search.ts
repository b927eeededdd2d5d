import type { Passage } from '../model/corpus-types';
import { type AliasEntry, type AliasMatch, type Word, findAliases, words } from './alias-table';
import { correctedQuery } from './did-you-mean';
import { type Expansion, expandWord } from './expand';
import { highlightSpans } from './highlight';
import { type Unit, scoreUnits } from './score-units';
import { collectTop, makeFilter, scratchFor } from './scoring';
import type { PassageRef, SearchIndex } from './search-index';
import type { SearchFilters, SearchResponse, SearchResult } from './types';

export interface SearchOptions {
  limit?: number;
  filters?: SearchFilters;
}

/** A query is cut to this many words: longer input is pasted text, not a search, and must stay fast. */
const MAX_WORDS = 12;

function unitsOf(q: Word[], aliases: AliasMatch[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  for (const a of aliases) {
    for (; i < a.from; i++) units.push({ words: [i] });
    const ws: number[] = [];
    for (; i < a.to; i++) ws.push(i);
    units.push({ words: ws, alias: a });
  }
  for (; i < q.length; i++) units.push({ words: [i] });
  return units;
}

/** A query ranked: the passages to answer, and what their results need besides the passage texts. */
export interface Ranked {
  query: string;
  /** [passage number, score], best first. */
  top: Array<[number, number]>;
  entities: string[];
  stems: Set<string>;
  entries: AliasEntry[];
  didYouMean?: string;
}

/**
 * Rank passages for a query: BM25 over stems, with completions of the word being typed, typo-tolerant
 * neighbours of words the corpus lacks, and entity names expanded to every passage linked to the entity
 * (any spelling, any script). Never throws on user input; an empty query gives an empty response.
 * The index must hold the passage texts (built from a bundle); a stored index answers through `searchWith`.
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchResponse {
  const passage = index.passage;
  if (!passage) throw new Error('search: this index has no passage texts (use searchWith)');
  return respond(index, rank(index, query, opts, true), (d) => {
    const p = passage(d);
    if (!p) throw new Error(`search: passage ${d} out of range`);
    return p;
  });
}

/**
 * `search` over an index without texts (read from IndexedDB): only the passages answered are read, by
 * id. A passage the corpus no longer has (it changed between ranking and reading) is left out.
 */
export async function searchWith(
  index: SearchIndex,
  query: string,
  opts: SearchOptions,
  readPassages: (ids: string[]) => Promise<Map<string, Pick<Passage, 'text' | 'entityIds'>>>,
): Promise<SearchResponse> {
  const ranked = rank(index, query, opts, true);
  const read = await readPassages(ranked.top.map(([d]) => (index.passages[d] as PassageRef).id));
  return respond(index, ranked, (d) => read.get((index.passages[d] as PassageRef).id));
}

function respond(index: SearchIndex, ranked: Ranked, passageOf: (d: number) => Pick<Passage, 'text' | 'entityIds'> | undefined): SearchResponse {
  const results: SearchResult[] = [];
  for (const [d, score] of ranked.top) {
    const ref = index.passages[d] as PassageRef;
    const p = passageOf(d);
    if (!p) continue;
    results.push({
      articleId: ref.articleId,
      passageId: ref.id,
      outlet: index.outlet[d] ?? '',
      date: index.date[d] ?? '',
      passage: p.text,
      highlights: highlightSpans(p.text, ranked.stems, ranked.entries),
      entityIds: p.entityIds,
      score: Math.round(score * 1000) / 1000,
    });
  }
  const response: SearchResponse = { query: ranked.query, results, entities: ranked.entities };
  if (ranked.didYouMean !== undefined) response.didYouMean = ranked.didYouMean;
  return response;
}

function rank(index: SearchIndex, query: string, opts: SearchOptions, suggest: boolean): Ranked {
  const text = typeof query === 'string' ? query : '';
  const limit = Math.max(0, Math.min(1000, Math.floor(Number(opts.limit ?? 10)) || 0));
  const q = words(text).slice(0, MAX_WORDS);
  if (q.length === 0 || index.live === 0) return { query: text, top: [], entities: [], stems: new Set(), entries: [] };

  const lastIsOpen = !/\s$/.test(text);
  // A word the corpus has as written is meant as written: only unknown words may match a name with typos.
  const known = (w: Word) => w.forms.some((f) => index.termIds.has(f));
  const aliases = findAliases(q, index.aliases, lastIsOpen, known);
  const units = unitsOf(q, aliases);
  const expansions: Expansion[][] = q.map((w, i) => expandWord(index, w, lastIsOpen && i === q.length - 1));

  const s = scratchFor(index);
  scoreUnits(index, units, expansions, s);
  const top = collectTop(s, units.length, limit, makeFilter(index, opts.filters));
  s.total.clear();
  if (units.length > 1) s.matched.fill(0);

  const matchedEntities = [...new Set(aliases.flatMap((a) => a.entityIds))];
  const stems = new Set<string>();
  for (const list of expansions) for (const e of list) stems.add(index.terms[e.term] as string);
  const used = new Set(aliases.flatMap((a) => a.entries));
  const entries = index.aliases.filter(
    (a) => (!a.ambiguous || used.has(a)) && a.entityIds.some((id) => matchedEntities.includes(id)),
  );
  const ranked: Ranked = { query: text, top, entities: matchedEntities, stems, entries };
  if (suggest) {
    const fix = correctedQuery(index, text, q, aliases, expansions, top.length === 0);
    if (fix && fix !== text && (top.length > 0 || rank(index, fix, opts, false).top.length > 0)) {
      ranked.didYouMean = fix;
    }
  }
  return ranked;
}
