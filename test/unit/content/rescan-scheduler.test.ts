import { describe, expect, it } from 'vitest';
import { DEBOUNCE_MS, MAX_WAIT_MS, MIN_INTERVAL_MS, RescanScheduler, type SchedulerClock } from '../../../src/content/watch/rescan-scheduler';

/** Let every pending promise callback run (a real macrotask turn). */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A deterministic clock: timers fire when `advance` passes them; idle callbacks run at once. */
class FakeClock implements SchedulerClock {
  time = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  now = (): number => this.time;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  };
  clearTimeout = (h: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== h);
  };
  idle = (fn: () => void): void => fn();
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const t = this.timers[0];
      if (!t || t.at > end) break;
      this.timers.shift();
      this.time = t.at;
      t.fn();
      await flush();
    }
    this.time = end;
    await flush();
  }
}

function setup(runMs = 0) {
  const clock = new FakeClock();
  const runs: number[] = [];
  let running = 0;
  let maxConcurrent = 0;
  const scheduler = new RescanScheduler(async () => {
    runs.push(clock.time);
    running++;
    maxConcurrent = Math.max(maxConcurrent, running);
    if (runMs > 0) await new Promise<void>((resolve) => clock.setTimeout(resolve, runMs));
    running--;
  }, clock);
  return { clock, runs, scheduler, maxConcurrent: () => maxConcurrent };
}

describe('RescanScheduler', () => {
  it('batches a burst of changes into one rescan after the debounce', async () => {
    const { clock, runs, scheduler } = setup();
    for (let i = 0; i < 10; i++) {
      scheduler.request();
      await clock.advance(10);
    }
    await clock.advance(DEBOUNCE_MS + 10);
    expect(runs).toEqual([90 + DEBOUNCE_MS]);
  });

  it('bounds the work of a page that rewrites its text every 50 ms, yet keeps up with it', async () => {
    const { clock, runs, scheduler, maxConcurrent } = setup(30);
    for (let t = 0; t < 10_000; t += 50) {
      scheduler.request();
      await clock.advance(50);
    }
    const perSecond = runs.length / 10;
    expect(perSecond).toBeLessThanOrEqual(1000 / MIN_INTERVAL_MS);
    // Never starved by the constant changes: the first rescan comes within MAX_WAIT_MS.
    expect(runs[0]).toBeLessThanOrEqual(MAX_WAIT_MS);
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(maxConcurrent()).toBe(1);
  });

  it('runs again for changes that came in during a rescan, and stops after destroy', async () => {
    const { clock, runs, scheduler } = setup(100);
    scheduler.request();
    await clock.advance(DEBOUNCE_MS + 50); // first run started, still running
    scheduler.request();
    await clock.advance(2000);
    expect(runs.length).toBe(2);
    expect(runs[1]! - runs[0]!).toBeGreaterThanOrEqual(100 + MIN_INTERVAL_MS);
    scheduler.destroy();
    scheduler.request();
    await clock.advance(2000);
    expect(runs.length).toBe(2);
  });
});
