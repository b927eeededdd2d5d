/**
 * Mentions the reader dismissed with "Not this", for as long as the page session lives. Keyed by the
 * mark's first text node (weakly: a node that leaves the page takes its dismissals with it), then by
 * offset and entity, so a rescan that makes a fresh mark for the same words still finds it dismissed.
 */
import { markStart, type Mark } from './mark';

export class Dismissals {
  private byNode = new WeakMap<Text, Set<string>>();
  /** Dismissals made so far: zero lets the draw skip the per-mark look-up altogether. */
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(mark: Mark): boolean {
    const { node, offset } = markStart(mark);
    return this.byNode.get(node)?.has(keyOf(offset, mark.entityId)) ?? false;
  }

  add(mark: Mark): void {
    const { node, offset } = markStart(mark);
    let keys = this.byNode.get(node);
    if (!keys) this.byNode.set(node, (keys = new Set()));
    keys.add(keyOf(offset, mark.entityId));
    this.count++;
  }
}

function keyOf(offset: number, entityId: string): string {
  return `${offset}:${entityId}`;
}
