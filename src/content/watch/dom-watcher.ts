/**
 * Watches the page for text changes (the document and every open shadow root the scanner met) and
 * collects the subtrees to rescan; the rescan scheduler decides when to take them.
 */
import { dirtyRoots, MAX_ROOTS, topmost } from './dirty-roots';

export class DomWatcher {
  private pending = new Set<Node>();
  private all = false;
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();

  constructor(
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.record(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  /** The roots changed since the last call ('all': rescan the page), emptying the list. */
  take(): Node[] | 'all' {
    // Records still queued (not yet delivered to the callback) belong to this batch too.
    this.record(this.observer.takeRecords());
    const out = this.all ? 'all' : topmost([...this.pending]);
    this.pending.clear();
    this.all = false;
    return out;
  }

  private record(records: MutationRecord[]): void {
    if (records.length === 0) return;
    const roots = dirtyRoots(records);
    if (roots === 'all') this.all = true;
    else for (const r of roots) this.pending.add(r);
    if (this.pending.size > MAX_ROOTS) this.all = true;
    if (this.all || roots.length > 0) this.onChange();
  }
}
