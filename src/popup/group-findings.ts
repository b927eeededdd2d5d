import { typeRank } from '../model/entity-types';
import { typeGroupLabel } from '../shared/i18n';
import type { PageFinding } from '../shared/messaging/content-request';

export interface FindingGroup {
  type: string;
  /** Heading shown for the group ("Places"), in the interface language. */
  label: string;
  /** Mentions of all the group's entities together. */
  total: number;
  findings: PageFinding[];
}

/**
 * Findings grouped by entity type, in a fixed type order (unknown types last, by name), each group's
 * entities most-mentioned first, then by name, so the list reads the same on every open.
 */
export function groupFindingsByType(findings: readonly PageFinding[]): FindingGroup[] {
  const groups = new Map<string, PageFinding[]>();
  for (const f of findings) {
    if (!(f.count > 0)) continue;
    const list = groups.get(f.type) ?? [];
    list.push(f);
    groups.set(f.type, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => typeRank(a) - typeRank(b) || a.localeCompare(b))
    .map(([type, list]) => ({
      type,
      label: typeGroupLabel(type),
      total: list.reduce((sum, f) => sum + f.count, 0),
      findings: [...list].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
    }));
}
