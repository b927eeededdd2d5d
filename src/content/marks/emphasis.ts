/**
 * How each mark is drawn under the reader's mark mode:
 * - 'emphasise-first' (default): an entity's first mention in each section is emphasised, the rest quiet;
 * - 'all': every mention emphasised;
 * - 'first': only the first mention in each section, the rest not drawn.
 * "Section" is whatever key `sectionKeys` gives (see sections.ts); marks come in document order.
 */
import type { PageSettings } from '../../shared/messaging/background-request';

export type Emphasis = 'strong' | 'quiet' | 'none';

export function assignEmphasis(
  marks: ReadonlyArray<{ entityId: string }>,
  sections: readonly unknown[],
  mode: PageSettings['markMode'],
): Emphasis[] {
  if (mode === 'all') return marks.map(() => 'strong');
  const seen = new Map<unknown, Set<string>>();
  return marks.map((mark, i) => {
    const key = sections[i];
    let ids = seen.get(key);
    if (!ids) seen.set(key, (ids = new Set()));
    if (ids.has(mark.entityId)) return mode === 'first' ? 'none' : 'quiet';
    ids.add(mark.entityId);
    return 'strong';
  });
}
