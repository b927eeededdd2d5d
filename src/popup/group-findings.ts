import type { PageFinding } from '../shared/messaging/content-request';

export interface FindingGroup {
  type: string;
  /** Heading shown for the group ("Places"). */
  label: string;
  /** Mentions of all the group's entities together. */
  total: number;
  findings: PageFinding[];
}

const LABELS: Record<string, string> = {
  person: 'People',
  place: 'Places',
  installation: 'Installations',
  organisation: 'Organisations',
  event: 'Events',
  topic: 'Topics',
};
const ORDER = Object.keys(LABELS);

/**
 * Findings grouped by entity type, in a fixed type order (unknown types last, by name), each group's
 * entities most-mentioned first, then by name, so the list reads the same on every open.
 */
export function groupFindings(findings: readonly PageFinding[]): FindingGroup[] {
  const groups = new Map<string, PageFinding[]>();
  for (const f of findings) {
    if (!(f.count > 0)) continue;
    const list = groups.get(f.type) ?? [];
    list.push(f);
    groups.set(f.type, list);
  }
  const rank = (type: string) => {
    const i = ORDER.indexOf(type);
    return i < 0 ? ORDER.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, list]) => ({
      type,
      label: LABELS[type] ?? type.charAt(0).toUpperCase() + type.slice(1),
      total: list.reduce((sum, f) => sum + f.count, 0),
      findings: [...list].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
    }));
}
