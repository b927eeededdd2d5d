/**
 * The kinds of thing Backstory knows about, written once: the gazetteer validates against this table,
 * and every list that groups or sorts by type follows the table's order. The interface names types in
 * its own language (src/shared/i18n/labels.ts, one message per type).
 */
export const ENTITY_TYPES = [
  { type: 'person', lookup: 2 },
  { type: 'place', lookup: 1 },
  { type: 'installation', lookup: 0 },
  { type: 'organisation', lookup: 3 },
  { type: 'event', lookup: 4 },
  { type: 'topic', lookup: 5 },
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number]['type'];

export const ENTITY_TYPE_NAMES: readonly EntityType[] = ENTITY_TYPES.map((row) => row.type);

function rowOf(type: string) {
  return ENTITY_TYPES.find((row) => row.type === type);
}

/** Position in the table's order; unknown types after every known one. */
export function typeRank(type: string): number {
  const index = ENTITY_TYPE_NAMES.indexOf(type as EntityType);
  return index < 0 ? ENTITY_TYPE_NAMES.length : index;
}

/** Rank for suggestions: what a reader looks up first; unknown types last. */
export function typeLookupRank(type: string): number {
  return rowOf(type)?.lookup ?? ENTITY_TYPES.length;
}
