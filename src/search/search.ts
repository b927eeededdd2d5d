import { type AliasMatch, type Word, findAliases, words } from './alias-table';
import { correctedQuery } from './did-you-mean';
import { type Expansion, expandWord } from './expand';
import { highlightSpans } from './highlight';
import { type Unit, scoreUnits } from './score-units';
import { collectTop, makeFilter, scratchFor } from './scoring';
import type { SearchIndex } from './search-index';
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

/**
 * Rank passages for a query: BM25 over stems, with completions of the word being typed, typo-tolerant
 * neighbours of words the corpus lacks, and entity names expanded to every passage linked to the entity
 * (any spelling, any script). Never throws on user input; an empty query gives an empty response.
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchResponse {
  return run(index, query, opts, true);
}

function run(index: SearchIndex, query: string, opts: SearchOptions, suggest: boolean): SearchResponse {
  const text = typeof query === 'string' ? query : '';
  const limit = Math.max(0, Math.min(1000, Math.floor(Number(opts.limit ?? 10)) || 0));
  const q = words(text).slice(0, MAX_WORDS);
  if (q.length === 0 || index.passages.length === 0) return { query: text, results: [], entities: [] };

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
  const results: SearchResult[] = top.map(([d, score]) => {
    const p = index.passages[d];
    if (!p) throw new Error(`search: passage ${d} out of range`);
    return {
      articleId: p.articleId,
      passageId: p.id,
      outlet: index.outlet[d] ?? '',
      date: index.date[d] ?? '',
      passage: p.text,
      highlights: highlightSpans(p.text, stems, entries),
      entityIds: p.entityIds,
      score: Math.round(score * 1000) / 1000,
    };
  });

  const response: SearchResponse = { query: text, results, entities: matchedEntities };
  if (suggest) {
    const fix = correctedQuery(index, text, q, aliases, expansions, results.length === 0);
    if (fix && fix !== text && (results.length > 0 || run(index, fix, opts, false).results.length > 0)) {
      response.didYouMean = fix;
    }
  }
  return response;
}
