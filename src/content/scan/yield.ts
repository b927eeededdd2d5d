/**
 * Cooperative time slicing: long page work (collecting 5 MB of text, matching it) checks a budget
 * between small steps and hands the main thread back before a task grows past ~50 ms.
 */
import { measure } from '../timing/measure';

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Give the event loop a turn: `scheduler.yield()` where it exists (keeps our priority), else a macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Name of the User Timing measure recorded around every slice: their sum is the work's CPU time. */
export const SLICE_MEASURE = 'backstory-slice';

/**
 * A slice budget: `due()` is true once `sliceMs` have passed since the last yield. Each slice (from
 * the budget's creation or a resume to the next yield, or to `finish()`) is recorded as a
 * `backstory-slice` measure, so the bench can tell the work's own time from the time spent waiting
 * for the page's tasks between slices. Work done between two budgets' slices is not counted twice:
 * one budget is passed through a whole scan.
 */
export class SliceBudget {
  private sliceStart = performance.now();
  private open = true;
  /** Sum of this budget's closed slices, in ms. */
  busyMs = 0;
  yields = 0;

  constructor(
    private readonly signal: AbortSignal,
    private readonly sliceMs = 16,
  ) {}

  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  /** Yield if the slice is used up; throws the abort reason if the session ended meanwhile. */
  async check(): Promise<void> {
    if (this.due()) await this.yieldNow();
  }

  /** End the slice here whatever is left of it: the next step is big and wants a task of its own. */
  async yieldNow(): Promise<void> {
    this.finish();
    await yieldToMain();
    this.signal.throwIfAborted();
    this.yields++;
    this.sliceStart = performance.now();
    this.open = true;
  }

  /**
   * Wait for something that is not this work (a reply from the background): the slice ends before the wait
   * and a new one opens after it, so waiting is not counted as the work's CPU time.
   */
  async wait<T>(pending: Promise<T>): Promise<T> {
    this.finish();
    try {
      return await pending;
    } finally {
      this.signal.throwIfAborted();
      this.sliceStart = performance.now();
      this.open = true;
    }
  }

  /** Close (and record) the current slice; the next `check()` that yields opens a new one. */
  finish(): void {
    if (!this.open) return;
    const end = performance.now();
    this.busyMs += end - this.sliceStart;
    measure(SLICE_MEASURE, this.sliceStart, end);
    this.open = false;
  }
}
