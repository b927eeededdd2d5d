import type { Entity } from '../../model/corpus-types';
import { typeLookupRank } from '../../model/entity-types';
import type { SearchResponse, SearchResult } from '../../search/types';

export type EntitySummary = Pick<Entity, 'id' | 'name' | 'type'>;

/** One option of the search listbox: a passage, a corrected query, or an entity to search for. */
export type SearchItem =
  | { kind: 'result'; key: string; result: SearchResult }
  | { kind: 'correction'; key: string; query: string }
  | { kind: 'entity'; key: string; entity: EntitySummary };

/**
 * Entities to offer for an empty query: those on the current page first (in the order given), then
 * the rest by type and name, so the list is the same on every open.
 */
export function suggestEntities(all: readonly EntitySummary[], preferredIds: readonly string[] = [], max = 8): EntitySummary[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const picked: EntitySummary[] = [];
  for (const id of preferredIds) {
    const entity = byId.get(id);
    if (entity && !picked.includes(entity)) picked.push(entity);
  }
  const rest = all
    .filter((e) => !picked.includes(e))
    .sort((a, b) => typeLookupRank(a.type) - typeLookupRank(b.type) || a.name.localeCompare(b.name, 'en'));
  return [...picked, ...rest].slice(0, max);
}

/**
 * What the listbox holds: suggestions for an empty query; otherwise the "did you mean" correction when
 * there is one, then the passages, or when nothing matched, the entities whose names match the query.
 */
export function searchItems(
  query: string,
  response: SearchResponse | null,
  suggestions: readonly EntitySummary[],
  entityById: ReadonlyMap<string, EntitySummary>,
): SearchItem[] {
  if (query.trim() === '') return suggestions.map((entity) => ({ kind: 'entity', key: `entity-${entity.id}`, entity }));
  if (!response) return [];
  const items: SearchItem[] = [];
  // Offered even when the typo still found something (fuzzy matches): the corrected query finds more.
  if (response.didYouMean) items.push({ kind: 'correction', key: 'correction', query: response.didYouMean });
  if (response.results.length > 0) {
    return [...items, ...response.results.map((result): SearchItem => ({ kind: 'result', key: `result-${result.passageId}`, result }))];
  }
  for (const id of response.entities) {
    const entity = entityById.get(id);
    if (entity) items.push({ kind: 'entity', key: `entity-${entity.id}`, entity });
  }
  return items;
}
