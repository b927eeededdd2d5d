/**
 * When to rescan after the page changed. A page may rewrite its text every 50 ms forever, so:
 * - changes are batched: a rescan runs DEBOUNCE_MS after the last change, but never later than
 *   MAX_WAIT_MS after the first one (a page that never stops changing is still rescanned);
 * - rescans are bounded: at least MIN_INTERVAL_MS between the end of one and the start of the next,
 *   and never two at once;
 * - the rescan itself waits for an idle moment (requestIdleCallback, with a timeout).
 * The clock and timers are injected so the policy is tested without a page.
 */
import { createLogger } from '../../model/log';

const log = createLogger('content');

export const DEBOUNCE_MS = 200;
export const MAX_WAIT_MS = 1000;
export const MIN_INTERVAL_MS = 500;

export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Run `fn` when the page is idle (or soon anyway). */
  idle(fn: () => void): void;
}

export const browserClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  idle: (fn) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 500 });
    else setTimeout(fn, 0);
  },
};

export class RescanScheduler {
  private firstRequest: number | null = null;
  private lastRequest = 0;
  private lastRunEnd = -Infinity;
  private running = false;
  private waitingIdle = false;
  private timer: unknown = null;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly clock: SchedulerClock = browserClock,
  ) {}

  /** Something changed: make sure a rescan follows. Cheap; call it from every mutation batch. */
  request(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    this.lastRequest = now;
    if (this.firstRequest === null) this.firstRequest = now;
    if (!this.running && !this.waitingIdle) this.arm();
  }

  destroy(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const first = this.firstRequest ?? this.lastRequest;
    const due = Math.max(Math.min(this.lastRequest + DEBOUNCE_MS, first + MAX_WAIT_MS), this.lastRunEnd + MIN_INTERVAL_MS);
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, due - this.clock.now()));
  }

  private fire(): void {
    this.timer = null;
    this.waitingIdle = true;
    this.clock.idle(() => {
      this.waitingIdle = false;
      if (this.stopped) return;
      this.firstRequest = null;
      this.running = true;
      this.run()
        .catch((err: unknown) => log.warn('rescan failed:', err))
        .finally(() => {
          this.running = false;
          this.lastRunEnd = this.clock.now();
          // Changes that came in while this rescan ran get their own, later rescan.
          if (this.firstRequest !== null && !this.stopped) this.arm();
        });
    });
  }
}
