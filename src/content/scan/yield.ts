/**
 * Cooperative time slicing: long page work (collecting 5 MB of text, matching it) checks a budget
 * between small steps and hands the main thread back before a task grows past ~50 ms.
 */

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Give the event loop a turn: `scheduler.yield()` where it exists (keeps our priority), else a macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice budget: `due()` is true once `sliceMs` have passed since the last yield. */
export class SliceBudget {
  private sliceStart = performance.now();

  constructor(
    private readonly signal: AbortSignal,
    private readonly sliceMs = 12,
  ) {}

  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  /** Yield if the slice is used up; throws the abort reason if the session ended meanwhile. */
  async check(): Promise<void> {
    if (!this.due()) return;
    await yieldToMain();
    this.signal.throwIfAborted();
    this.sliceStart = performance.now();
  }
}
