/** What the popup lists: the entities drawn on the page, in order of first appearance, with counts. */
import type { PageFinding } from '../../shared/messaging/content-request';

export function countFindings(
  marks: ReadonlyArray<{ entityId: string }>,
  entities: ReadonlyMap<string, { name: string; type: string }>,
): PageFinding[] {
  const byId = new Map<string, PageFinding>();
  for (const m of marks) {
    const found = byId.get(m.entityId);
    if (found) found.count++;
    else {
      const e = entities.get(m.entityId);
      byId.set(m.entityId, { entityId: m.entityId, name: e?.name ?? m.entityId, type: e?.type ?? 'topic', count: 1 });
    }
  }
  return [...byId.values()];
}
