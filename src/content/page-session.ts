/**
 * One page's Backstory session: wires the mark pipeline (mark-pipeline.ts) to the page. It runs the
 * scans (the first, and rescans after mutations and single-page navigations, one at a time), times
 * them for the bench, and answers the pointer (hover intent), the keyboard and the popup
 * (mark-navigation.ts) and the card's "Not this" and "Hide this name".
 * Every listener, observer and timer hangs off one AbortController, so `destroy()` leaves the page
 * exactly as it was: no highlight, no listener, no node of ours.
 */
import type { PageSettings } from '../shared/messaging/background-request';
import { callBackground } from '../shared/messaging/client';
import type { ContentResponses } from '../shared/messaging/content-request';
import { Highlighter } from './highlighter';
import { LazyCard } from './lazy/lazy-card';
import { listenForShortcut, type Direction } from './keyboard';
import { MarkNavigation } from './mark-navigation';
import { MarkPipeline } from './mark-pipeline';
import { countFindings } from './marks/findings';
import { LiveRanges } from './marks/live-ranges';
import { markIsLive, type Mark } from './marks/mark';
import { MarkIndex } from './marks/mark-index';
import { PageReport } from './page-report';
import { segmentAtPoint } from './pointer/caret';
import { HelpCursor } from './pointer/help-cursor';
import { insideInteractive, trackPointer } from './pointer/pointer-tracker';
import { shippedMatcherSource } from './scan/shipped-matcher-source';
import { Scanner } from './scan/scanner';
import { SliceBudget } from './scan/yield';
import { measure } from './timing/measure';
import { DomWatcher } from './watch/dom-watcher';
import { RescanScheduler } from './watch/rescan-scheduler';
import { watchUrl } from './watch/url-watch';
import { createLogger } from '../model/log';

const log = createLogger('content');

/** Hover intent: the pointer rests this long on a mark before its card opens. */
export const HOVER_OPEN_MS = 300;

/** The prefilter now, the names once a page's text may hold one (matcher-source.ts): one per frame. */
const matcherSource = shippedMatcherSource();

export class PageSession {
  private readonly controller = new AbortController();
  private readonly signal = this.controller.signal;
  private readonly scanner = new Scanner(matcherSource, this.signal);
  private readonly highlighter = new Highlighter();
  private readonly marks = new MarkPipeline(matcherSource, this.scanner, this.highlighter, this.signal);
  private readonly card = new LazyCard(this.signal);
  private readonly report = new PageReport(this.card, this.signal);
  private readonly liveRanges = new LiveRanges();
  private readonly navigation = new MarkNavigation(this.highlighter, this.liveRanges, (mark, trigger) => this.openCard(mark, trigger));
  private readonly cursor = new HelpCursor(this.signal);
  private readonly watcher = new DomWatcher(() => this.scheduler.request(), this.signal);
  private readonly scheduler = new RescanScheduler(() => this.enqueue(() => this.rescanChanged()));
  /** Hit-test index over the drawn marks, built on the first pointer test after a draw (not during the scan). */
  private indexCache: MarkIndex | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private settings: PageSettings) {
    this.watcher.observe(document);
    trackPointer(
      {
        hit: (x, y) => segmentAtPoint((this.indexCache ??= new MarkIndex(this.marks.drawn)), x, y, [...this.scanner.shadowRoots]),
        onHoverChange: (mark) => this.hover(mark),
        onClick: (mark) => {
          clearTimeout(this.hoverTimer);
          this.openCard(mark, 'click');
        },
      },
      this.signal,
    );
    listenForShortcut((d) => this.moveMark(d), this.signal);
    watchUrl(() => void this.enqueue(() => this.fullScan()), this.signal);
    this.signal.addEventListener('abort', () => clearTimeout(this.hoverTimer), { once: true });
    void this.enqueue(() => this.fullScan());
  }

  /** The corpus changed (an article saved, a pack imported or removed): cards ask for their data again. */
  corpusChanged(): void {
    this.card.corpusChanged();
  }

  update(settings: PageSettings): void {
    this.settings = settings;
    this.card.languageMayHaveChanged();
    this.marks.forgetLocallyHidden();
    this.redraw();
  }

  destroy(): void {
    this.controller.abort();
    this.scheduler.destroy();
    this.highlighter.destroy();
  }

  findings(): ContentResponses['getFindings'] {
    // Marks are drawn only from loaded names: with none loaded there is nothing to count.
    const entities = new Map(matcherSource.loaded?.entities.map((e) => [e.id, e]));
    return { url: location.href, active: true, onTopic: this.marks.onTopic, findings: countFindings(this.marks.drawn, entities) };
  }

  reveal(entityId: string, index: number): ContentResponses['reveal'] {
    return this.navigation.reveal(this.marks.drawn, entityId, index);
  }

  moveMark(direction: Direction): boolean {
    return this.navigation.move(this.marks.drawn, direction);
  }

  /** Scans run one after another, never interleaved (a full scan and a rescan share the raw marks). */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((err: unknown) => {
      if (!this.signal.aborted) log.warn('scan failed:', err);
    });
    return this.queue;
  }

  private async fullScan(): Promise<void> {
    if (this.signal.aborted) return;
    const started = performance.now();
    // One budget from the first read to the draw: its `backstory-slice` measures are the scan's CPU time.
    const budget = new SliceBudget(this.signal);
    // Changes before this point are covered by the full scan.
    this.watcher.take();
    const raw = await this.scanner.scan([document.documentElement], budget, 'page');
    this.signal.throwIfAborted();
    this.observeShadowRoots();
    await this.marks.replaceAll(raw, budget);
    this.navigation.reset();
    await this.apply(budget);
    // Timing stops only once the marks are registered and the on-topic decision is made.
    await this.highlighter.settled();
    budget.finish();
    // The bench and the tests read this from the page: wall time of collect + match + gate + draw,
    // with the work's own time (the sum of its slices) in the detail.
    measure('backstory-scan', started, performance.now(), {
      marks: this.marks.drawn.length,
      onTopic: this.marks.onTopic,
      cpuMs: budget.busyMs,
      yields: budget.yields,
      styleChecks: this.scanner.styleChecks,
    });
  }

  private async rescanChanged(): Promise<void> {
    if (this.signal.aborted) return;
    const roots = this.watcher.take();
    if (roots === 'all') return this.fullScan();
    if (roots.length === 0) return;
    const budget = new SliceBudget(this.signal);
    if (this.scanner.unread) {
      // The page was judged off topic from its clues alone and its mentions were never read: a change
      // that may add a name is judged with the rest of the page, in a whole-page scan.
      const mayName = await this.scanner.mayNameUnder(roots, budget);
      budget.finish();
      return mayName ? this.fullScan() : undefined;
    }
    const fresh = await this.scanner.scan(roots, budget);
    this.signal.throwIfAborted();
    this.observeShadowRoots();
    // The new marks may be what makes the page on topic: the pipeline then drops those CSS hides.
    if (!(await this.marks.replaceUnder(roots, fresh, budget))) return budget.finish();
    await this.apply(budget);
    await this.highlighter.settled();
    budget.finish();
  }

  /** Shadow roots the scans met are watched for changes too. */
  private observeShadowRoots(): void {
    for (const root of this.scanner.shadowRoots) this.watcher.observe(root);
  }

  /** `apply` on its own budget, for changes that come from the reader (settings, "Not this"). */
  private redraw(): void {
    const budget = new SliceBudget(this.signal);
    this.apply(budget)
      .then(() => this.highlighter.settled())
      .catch((err: unknown) => {
        if (!this.signal.aborted) log.warn('redraw failed:', err);
      })
      .finally(() => budget.finish());
  }

  /** Draw under the current settings, then point what depends on the drawn marks at the new ones. */
  private async apply(budget: SliceBudget): Promise<void> {
    if (this.signal.aborted) return;
    let started = performance.now();
    const drawn = await this.marks.draw(this.settings, budget);
    // A newer draw took over.
    if (!drawn) return;
    this.indexCache = null;
    this.navigation.redrawn(drawn);
    measure('backstory-draw', started, (started = performance.now()));
    this.report.drawn(drawn);
    measure('backstory-report', started, performance.now());
  }

  private hover(mark: Mark | null): void {
    clearTimeout(this.hoverTimer);
    this.cursor.set(mark !== null && !insideInteractive(mark.range.startContainer));
    if (!mark) {
      if (this.card.isOpen) this.card.scheduleClose();
      return;
    }
    this.card.cancelClose();
    if (!this.settings.hoverOpens) return;
    this.hoverTimer = setTimeout(() => this.openCard(mark, 'hover'), HOVER_OPEN_MS);
  }

  private openCard(mark: Mark, trigger: 'hover' | 'click' | 'keyboard'): void {
    if (this.signal.aborted || !markIsLive(mark)) return;
    this.card.open({
      entityId: mark.entityId,
      matchedText: mark.matchedText,
      alias: mark.alias,
      range: this.liveRanges.of(mark),
      trigger,
      site: this.settings.site,
      onNotThis: () => this.dismiss(mark),
      onHideName: () => this.hideName(mark),
    });
  }

  private dismiss(mark: Mark): void {
    this.marks.dismiss(mark);
    this.card.close({ returnFocus: true });
    this.redraw();
  }

  private hideName(mark: Mark): void {
    this.marks.hideLocally(mark.entityId);
    this.card.close({ returnFocus: true });
    this.redraw();
    callBackground({ type: 'hideName', url: location.href, entityId: mark.entityId, alias: mark.alias }).catch((err: unknown) =>
      log.warn('could not hide the name:', err),
    );
  }
}
