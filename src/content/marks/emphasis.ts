/**
 * How each mark is drawn under the reader's mark mode:
 * - 'emphasise-first' (default): an entity's first mention in each section is emphasised, the rest quiet;
 * - 'all': every mention emphasised;
 * - 'first': only the first mention in each section, the rest not drawn.
 * "Section" is whatever key `sectionKeys` gives (see sections.ts); marks come in document order.
 */
import type { PageSettings } from '../../shared/messaging/background-request';

export type Emphasis = 'strong' | 'quiet' | 'none';

/**
 * The emphasis of marks fed one at a time in document order. Incremental so the mark pipeline can
 * spread 150,000 marks over several slices (one synchronous pass over them was 15–21 ms on the 5 MB
 * page).
 */
export class EmphasisAssigner {
  private readonly seen = new Map<unknown, Set<string>>();

  constructor(private readonly mode: PageSettings['markMode']) {}

  next(entityId: string, section: unknown): Emphasis {
    if (this.mode === 'all') return 'strong';
    let ids = this.seen.get(section);
    if (!ids) this.seen.set(section, (ids = new Set()));
    if (ids.has(entityId)) return this.mode === 'first' ? 'none' : 'quiet';
    ids.add(entityId);
    return 'strong';
  }
}
