import { beforeEach, describe, expect, it, vi } from 'vitest';

const NAME = 'backstory-test-measure';
const recorded = () => performance.getEntriesByName(NAME).length;

/** A fresh copy of the module for each test: its count of measures starts at zero, as in a new frame. */
const load = () => import('../../../src/content/timing/measure');

describe('content script measures', () => {
  beforeEach(() => {
    performance.clearMeasures(NAME);
    vi.resetModules();
  });

  it('records measures with their times and detail', async () => {
    const { measure } = await load();
    measure(NAME, 1, 3, { marks: 2 });
    const [entry] = performance.getEntriesByName(NAME) as PerformanceMeasure[];
    expect(entry!.duration).toBe(2);
    expect(entry!.detail).toEqual({ marks: 2 });
  });

  it('stops at MAX_MEASURES, so a page rescanned all day does not grow its timeline without end', async () => {
    const { MAX_MEASURES, measure } = await load();
    for (let i = 0; i < MAX_MEASURES + 50; i++) measure(NAME, 0, 1);
    expect(recorded()).toBe(MAX_MEASURES);
  });
});
