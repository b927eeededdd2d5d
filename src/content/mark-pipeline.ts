/**
 * The page's marks, stage by stage: raw (every alias the scanner found) → gated (the page is on topic
 * or nothing is) → filtered (names hidden by the reader, mentions dismissed) → emphasised (mark mode)
 * → drawn. The session hands it each scan's marks and asks it to draw; it knows nothing of pointer,
 * keyboard or card.
 *
 * On topic is decided once per scan, when the marks arrive, and kept with them: redraws after a
 * settings change or a dismissal reuse it (the gate reads only raw marks, which they do not change).
 */
import type { PageSettings } from '../shared/messaging/background-request';
import type { Highlighter } from './highlighter';
import { Dismissals } from './marks/dismissals';
import { EmphasisAssigner } from './marks/emphasis';
import type { Mark } from './marks/mark';
import { replaceUnder } from './marks/mark-list';
import type { MatcherSource } from './scan/matcher-source';
import type { Scanner } from './scan/scanner';
import type { SliceBudget } from './scan/yield';
import { measure } from './timing/measure';

/** Marks gated and given their emphasis between budget checks (~0.1 µs each). */
const APPLY_BATCH = 4096;

export type DrawSettings = Pick<PageSettings, 'hiddenEntityIds' | 'markMode'>;

export class MarkPipeline {
  /** Every alias found, before the gate; without those in hidden text once the page could be on topic. Document order. */
  private raw: Mark[] = [];
  /** 'page': every raw mark may be drawn; 'sections': only those in an on-topic section; false: none. */
  private topical: 'page' | 'sections' | false = false;
  /** Entities the corpus has no report on yet: recognised, but never emphasised (known once the names are). */
  private unreportedSet: ReadonlySet<string> | undefined;
  /** What is drawn (and can be moved to, revealed, counted); document order. */
  private shown: Mark[] = [];
  private readonly dismissals = new Dismissals();
  /** Names hidden from a card, applied at once while the background stores them. */
  private readonly locallyHidden = new Set<string>();
  /** Bumped by every `draw`: a sliced one that finds it moved on was superseded and stops. */
  private generation = 0;

  constructor(
    private readonly source: MatcherSource,
    private readonly scanner: Scanner,
    private readonly highlighter: Highlighter,
    private readonly signal: AbortSignal,
  ) {}

  private get unreported(): ReadonlySet<string> {
    const data = this.source.loaded;
    if (!data) return new Set();
    return (this.unreportedSet ??= new Set(data.entities.filter((e) => e.unreported).map((e) => e.id)));
  }

  get onTopic(): boolean {
    return this.topical !== false;
  }

  get drawn(): readonly Mark[] {
    return this.shown;
  }

  /** A full scan's marks replace all the others. */
  replaceAll(marks: Mark[], budget: SliceBudget): Promise<void> {
    return this.settle(marks, budget);
  }

  /**
   * A rescan's marks replace those under `roots`. False when it found exactly what was there (a page
   * rewriting the same text often): nothing to redraw.
   */
  async replaceUnder(roots: readonly Node[], fresh: readonly Mark[], budget: SliceBudget): Promise<boolean> {
    const { marks, changed } = replaceUnder(this.raw, roots, fresh);
    if (changed) await this.settle(marks, budget);
    return changed;
  }

  dismiss(mark: Mark): void {
    this.dismissals.add(mark);
  }

  hideLocally(entityId: string): void {
    this.locallyHidden.add(entityId);
  }

  /** The background's list of hidden names now includes those hidden from a card. */
  forgetLocallyHidden(): void {
    this.locallyHidden.clear();
  }

  /**
   * Decide on topic for `marks` and keep them as the raw marks. Hidden text must never make a page
   * on topic, but CSS is asked only when the marks could make it so (scanner.ts, point 3): hiding
   * only ever removes mentions, so marks that are off topic with hidden text counted stay off topic
   * without it. The gate runs again only when some text was hidden. Marks about to be drawn get
   * their ranges and sections here, in budgeted slices, so drawing thousands is not one long task.
   */
  private async settle(marks: Mark[], budget: SliceBudget): Promise<void> {
    let raw = marks;
    // No names loaded: the scan found no mark, so there is nothing to be on topic with.
    const { loaded: data, detector } = this.source;
    let onTopic = data !== undefined && detector !== undefined && detector.isOnTopic(marks, data);
    if (onTopic && data && detector) {
      raw = await this.scanner.visibleOnly(marks, budget);
      if (raw.length < marks.length) onTopic = detector.isOnTopic(raw, data);
    }
    // Off topic as a whole: the marks of on-topic sections (flagged by the scanner), if they show.
    let local: Mark[] = [];
    if (!onTopic) {
      const candidates = marks.filter((m) => m.inTopicSection);
      if (candidates.length > 0) local = await this.scanner.visibleOnly(candidates, budget);
    }
    this.signal.throwIfAborted();
    if (onTopic || local.length > 0) {
      const started = performance.now();
      await this.scanner.prepare(onTopic ? raw : local, budget);
      measure('backstory-prepare', started, performance.now());
    }
    this.raw = raw;
    this.topical = onTopic ? 'page' : local.length > 0 ? 'sections' : false;
  }

  /**
   * Gate, filter, emphasise and draw the raw marks under `settings`; the marks drawn, or null when a
   * newer draw took over. The pass checks `budget` every APPLY_BATCH marks, so a page with 150,000 of
   * them spreads it over slices (one synchronous pass was 15–21 ms, and the draw after it more); a
   * page with fewer runs through without yielding.
   */
  async draw(settings: DrawSettings, budget: SliceBudget): Promise<readonly Mark[] | null> {
    const generation = ++this.generation;
    const hidden = new Set([...settings.hiddenEntityIds, ...this.locallyHidden]);
    const { raw, topical } = this;
    // The filter is skipped when it has nothing to remove: most pages, and all of the 5 MB bench page.
    const filtering = hidden.size > 0 || this.dismissals.size > 0;
    const emphasis = new EmphasisAssigner(settings.markMode);
    const strong: Mark[] = [];
    const quiet: Mark[] = [];
    const drawn: Mark[] = [];
    for (let i = 0; topical && i < raw.length; i++) {
      if ((i & (APPLY_BATCH - 1)) === APPLY_BATCH - 1) {
        await budget.check();
        if (generation !== this.generation) return null;
      }
      const m = raw[i]!;
      if (topical === 'sections' && !(m.inTopicSection && m.visible)) continue;
      if (filtering && (hidden.has(m.entityId) || this.dismissals.has(m))) continue;
      let kind = emphasis.next(m.entityId, m.section);
      // No report yet: the card has nothing to say but that, so the mark stays quiet.
      if (kind === 'strong' && this.unreported.has(m.entityId)) kind = 'quiet';
      if (kind === 'none') continue;
      (kind === 'strong' ? strong : quiet).push(m);
      drawn.push(m);
    }
    this.shown = drawn;
    this.highlighter.render(strong, quiet, budget);
    return drawn;
  }
}
