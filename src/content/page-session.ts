/**
 * One page's Backstory session: scan → gate → draw, then keep the marks in step with the page
 * (mutations, single-page navigations) and answer the pointer, the keyboard and the popup.
 * Every listener, observer and timer hangs off one AbortController, so `destroy()` leaves the page
 * exactly as it was: no highlight, no listener, no node of ours.
 */
import embeddedMatcherData from 'backstory:matcher-data';
import { isOnTopic } from '../detect/gating';
import type { MatcherData } from '../detect/types';
import type { PageSettings } from '../shared/messaging/background-request';
import { callBackground } from '../shared/messaging/client';
import type { ContentResponses } from '../shared/messaging/content-request';
import { Announcer } from './announcer';
import { CardController } from './card/card-controller';
import { Highlighter } from './highlighter';
import { listenForShortcut, startIndex, stepIndex, type Direction } from './keyboard';
import { EmphasisAssigner } from './marks/emphasis';
import { countFindings } from './marks/findings';
import { markIsLive, markStart, type Mark } from './marks/mark';
import { MarkIndex } from './marks/mark-index';
import { replaceUnder } from './marks/mark-list';
import { segmentAtPoint } from './pointer/caret';
import { HelpCursor } from './pointer/help-cursor';
import { insideInteractive, trackPointer } from './pointer/pointer-tracker';
import { Scanner } from './scan/scanner';
import { SliceBudget } from './scan/yield';
import { measure } from './timing/measure';
import { DomWatcher } from './watch/dom-watcher';
import { RescanScheduler } from './watch/rescan-scheduler';
import { pageKey, watchUrl } from './watch/url-watch';

/** Hover intent: the pointer rests this long on a mark before its card opens. */
export const HOVER_OPEN_MS = 300;

/** Marks gated and given their emphasis between budget checks (~0.1 µs each). */
const APPLY_BATCH = 4096;

// Typed here as well: the virtual module's declaration is only as good as build-constants.d.ts.
const matcherData: MatcherData = embeddedMatcherData;
const entities = new Map(matcherData.entities.map((e) => [e.id, e]));

export class PageSession {
  private readonly controller = new AbortController();
  private readonly signal = this.controller.signal;
  private readonly scanner = new Scanner(matcherData, this.signal);
  private readonly highlighter = new Highlighter();
  private readonly card = new CardController(this.signal);
  private readonly announcer = new Announcer(this.signal);
  private readonly cursor = new HelpCursor(this.signal);
  private readonly watcher = new DomWatcher(() => this.scheduler.request(), this.signal);
  private readonly scheduler = new RescanScheduler(() => this.enqueue(() => this.rescanChanged()));
  /** Every alias found, before the on-topic gate; document order. */
  private raw: Mark[] = [];
  private onTopic = false;
  /** What is drawn (and can be moved to, revealed, counted); document order. */
  private drawn: Mark[] = [];
  /** Hit-test index over `drawn`, built on the first pointer test after a draw (not during the scan). */
  private indexCache: MarkIndex | null = null;
  private focused: Mark | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** Mentions the reader dismissed with "Not this": keyed by text node, then offset and entity. */
  private dismissed = new WeakMap<Text, Set<string>>();
  private dismissedCount = 0;
  /** Names hidden from a card, applied at once while the background stores them. */
  private locallyHidden = new Set<string>();
  private liveRanges = new WeakMap<Mark, Range>();
  private lastReport = '';
  /** Bumped by every `apply`: a sliced one that finds it moved on was superseded and stops. */
  private applyGeneration = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private settings: PageSettings) {
    this.watcher.observe(document);
    trackPointer(
      {
        hit: (x, y) => segmentAtPoint((this.indexCache ??= new MarkIndex(this.drawn)), x, y, [...this.scanner.shadowRoots]),
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

  update(settings: PageSettings): void {
    this.settings = settings;
    // The background's list now includes anything hidden from a card.
    this.locallyHidden.clear();
    this.redraw();
  }

  destroy(): void {
    this.controller.abort();
    this.scheduler.destroy();
    this.highlighter.destroy();
  }

  findings(): ContentResponses['getFindings'] {
    return { url: location.href, active: true, onTopic: this.onTopic, findings: countFindings(this.drawn, entities) };
  }

  reveal(entityId: string, index: number): ContentResponses['reveal'] {
    const list = this.drawn.filter((m) => m.entityId === entityId && markIsLive(m));
    const mark = list[index];
    if (!mark) return { revealed: false, total: list.length };
    this.scrollTo(mark);
    this.highlighter.flash(mark.range);
    this.openCard(mark, 'click');
    return { revealed: true, total: list.length };
  }

  moveMark(direction: Direction): boolean {
    const marks = this.drawn.filter(markIsLive);
    if (marks.length === 0) return false;
    let i = this.focused ? marks.indexOf(this.focused) : -1;
    if (i < 0) {
      const rects = marks.map((m) => this.liveRange(m).getBoundingClientRect());
      i = startIndex(rects.map((r) => r.top), rects.map((r) => r.bottom), innerHeight, direction);
    } else i = stepIndex(i, marks.length, direction);
    const mark = marks[i]!;
    this.focused = mark;
    this.highlighter.focus(mark.range);
    this.scrollTo(mark);
    this.openCard(mark, 'keyboard');
    return true;
  }

  /** Scans run one after another, never interleaved (a full scan and a rescan share `raw`). */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((err: unknown) => {
      if (!this.signal.aborted) console.warn('[backstory] scan failed:', err);
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
    const raw = await this.visibleIfTopical(await this.scanner.scan([document.documentElement], budget), budget);
    this.signal.throwIfAborted();
    await this.prepareRanges(raw, budget);
    for (const root of this.scanner.shadowRoots) this.watcher.observe(root);
    this.raw = raw;
    this.focused = null;
    await this.apply(budget);
    // Timing stops only once the marks are registered and the on-topic decision is made.
    await this.highlighter.settled();
    budget.finish();
    // The bench and the tests read this from the page: wall time of collect + match + gate + draw,
    // with the work's own time (the sum of its slices) in the detail.
    measure('backstory-scan', started, performance.now(), {
      marks: this.drawn.length,
      onTopic: this.onTopic,
      cpuMs: budget.busyMs,
      yields: budget.yields,
      styleChecks: this.scanner.styleChecks,
    });
  }

  /** `marks` without those in text CSS hides, when they could make the page on topic; else as they are. */
  private visibleIfTopical(marks: Mark[], budget: SliceBudget): Promise<Mark[]> | Mark[] {
    return isOnTopic(marks, matcherData) ? this.scanner.visibleOnly(marks, budget) : marks;
  }

  /**
   * Make the ranges and section keys of marks about to be drawn in budgeted slices, so drawing
   * thousands of them is not one long task. Off-topic pages draw nothing and skip this.
   */
  private async prepareRanges(marks: Mark[], budget: SliceBudget): Promise<void> {
    if (!isOnTopic(marks, matcherData)) return;
    const started = performance.now();
    await this.scanner.prepare(marks, budget);
    measure('backstory-prepare', started, performance.now());
  }

  private async rescanChanged(): Promise<void> {
    if (this.signal.aborted) return;
    const roots = this.watcher.take();
    if (roots === 'all') return this.fullScan();
    if (roots.length === 0) return;
    const budget = new SliceBudget(this.signal);
    const fresh = await this.scanner.scan(roots, budget);
    this.signal.throwIfAborted();
    for (const root of this.scanner.shadowRoots) this.watcher.observe(root);
    const { marks, changed } = replaceUnder(this.raw, roots, fresh);
    if (!changed) return budget.finish();
    // The new marks may be what makes the page on topic: then every mark's text must show.
    const raw = await this.visibleIfTopical(marks, budget);
    this.signal.throwIfAborted();
    await this.prepareRanges(raw, budget);
    this.raw = raw;
    await this.apply(budget);
    await this.highlighter.settled();
    budget.finish();
  }

  /** `apply` on its own budget, for changes that come from the reader (settings, "Not this"). */
  private redraw(): void {
    const budget = new SliceBudget(this.signal);
    this.apply(budget)
      .then(() => this.highlighter.settled())
      .catch((err: unknown) => {
        if (!this.signal.aborted) console.warn('[backstory] redraw failed:', err);
      })
      .finally(() => budget.finish());
  }

  /**
   * Gate, filter and draw `raw` under the current settings; report and announce the result.
   * The pass over the marks checks `budget` every APPLY_BATCH marks, so a page with 150,000 of them
   * spreads it over slices (one synchronous pass was 15–21 ms, and the draw after it more); a page
   * with fewer runs through without yielding. A newer `apply` supersedes one that is waiting.
   */
  private async apply(budget: SliceBudget): Promise<void> {
    if (this.signal.aborted) return;
    const generation = ++this.applyGeneration;
    let started = performance.now();
    const hidden = new Set([...this.settings.hiddenEntityIds, ...this.locallyHidden]);
    const raw = this.raw;
    const onTopic = isOnTopic(raw, matcherData);
    // The filter is skipped when it has nothing to remove: most pages, and all of the 5 MB bench page.
    const filtering = hidden.size > 0 || this.dismissedCount > 0;
    const emphasis = new EmphasisAssigner(this.settings.markMode);
    const strong: Mark[] = [];
    const quiet: Mark[] = [];
    const drawn: Mark[] = [];
    for (let i = 0; onTopic && i < raw.length; i++) {
      if ((i & (APPLY_BATCH - 1)) === APPLY_BATCH - 1) {
        await budget.check();
        if (generation !== this.applyGeneration) return;
      }
      const m = raw[i]!;
      if (filtering && (hidden.has(m.entityId) || this.isDismissed(m))) continue;
      const kind = emphasis.next(m.entityId, m.section);
      if (kind === 'none') continue;
      (kind === 'strong' ? strong : quiet).push(m);
      drawn.push(m);
    }
    this.onTopic = onTopic;
    this.drawn = drawn;
    this.highlighter.render(strong, quiet, budget);
    this.indexCache = null;
    if (this.focused && !this.drawn.includes(this.focused)) {
      this.focused = null;
      this.highlighter.focus(null);
    }
    measure('backstory-draw', started, (started = performance.now()));
    const entityIds = [...new Set(this.drawn.map((m) => m.entityId))];
    this.report(entityIds, this.drawn.length);
    measure('backstory-report', started, performance.now());
    // Not needed for the marks to show: the announcement (it adds our live region to the page the
    // first time) and the cards' data wait for an idle moment, off the task that draws (~3 ms on
    // an Arabic news page's first scan). A reader cannot hover a mark sooner than that anyway.
    const key = pageKey(location.href);
    requestIdleCallback(
      () => {
        if (this.signal.aborted) return;
        this.announcer.announce(key, entityIds.length);
        if (entityIds.length > 0) this.card.prefetch(entityIds);
      },
      { timeout: 500 },
    );
  }

  private report(entityIds: string[], mentionCount: number): void {
    const key = `${location.href}|${entityIds.join(',')}|${mentionCount}`;
    if (key === this.lastReport) return;
    this.lastReport = key;
    callBackground({ type: 'reportPage', entityIds, mentionCount }).catch((err: unknown) => {
      if (!this.signal.aborted) console.debug('[backstory] could not report the page:', err);
    });
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
      range: this.liveRange(mark),
      trigger,
      site: this.settings.site,
      onNotThis: () => this.dismiss(mark),
      onHideName: () => this.hideName(mark),
    });
  }

  /** One live Range per mark, so the card can follow edits and recognise the mark it already shows. */
  private liveRange(mark: Mark): Range {
    let range = this.liveRanges.get(mark);
    if (!range) {
      range = document.createRange();
      range.setStart(mark.range.startContainer, mark.range.startOffset);
      range.setEnd(mark.range.endContainer, mark.range.endOffset);
      this.liveRanges.set(mark, range);
    }
    return range;
  }

  private scrollTo(mark: Mark): void {
    const el = mark.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
  }

  private dismissKey(mark: Mark): string {
    return `${markStart(mark).offset}:${mark.entityId}`;
  }

  private isDismissed(mark: Mark): boolean {
    return this.dismissed.get(markStart(mark).node)?.has(this.dismissKey(mark)) ?? false;
  }

  private dismiss(mark: Mark): void {
    const node = markStart(mark).node;
    let keys = this.dismissed.get(node);
    if (!keys) this.dismissed.set(node, (keys = new Set()));
    keys.add(this.dismissKey(mark));
    this.dismissedCount++;
    this.card.close({ returnFocus: true });
    this.redraw();
  }

  private hideName(mark: Mark): void {
    this.locallyHidden.add(mark.entityId);
    this.card.close({ returnFocus: true });
    this.redraw();
    callBackground({ type: 'hideName', url: location.href, entityId: mark.entityId, alias: mark.alias }).catch((err: unknown) =>
      console.warn('[backstory] could not hide the name:', err),
    );
  }
}
