import type { SearchResponse, SearchResult } from '../../../src/search/types';
import type { EntitySummary } from '../../../src/shared/ui/search-items';

export const ENTITIES: EntitySummary[] = [
  { id: 'hmeimim', name: 'Hmeimim air base', type: 'installation' },
  { id: 'tartus', name: 'Tartus', type: 'place' },
  { id: 'russia', name: 'Russia', type: 'place' },
  { id: 'al-sharaa', name: 'Ahmed al-Sharaa', type: 'person' },
  { id: 'sanctions', name: 'Sanctions', type: 'topic' },
];

/** A result whose highlights are computed from the words to mark, so spans always index the text. */
export function result(passageId: string, passage: string, marked: string[], extra: Partial<SearchResult> = {}): SearchResult {
  const highlights: Array<[number, number]> = [];
  for (const word of marked) {
    const at = passage.indexOf(word);
    if (at < 0) throw new Error(`fixture: "${word}" not in passage`);
    highlights.push([at, at + word.length]);
  }
  highlights.sort((a, b) => a[0] - b[0]);
  return {
    articleId: `article-${passageId}`,
    passageId,
    outlet: 'Reuters',
    date: '2025-02-12',
    passage,
    highlights,
    entityIds: ['hmeimim', 'russia'],
    score: 1,
    ...extra,
  };
}

export function response(query: string, results: SearchResult[], extra: Partial<SearchResponse> = {}): SearchResponse {
  return { query, results, entities: [], ...extra };
}
