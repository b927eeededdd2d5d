import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MEASURES, measure, resetMeasureCount } from '../../../src/content/timing/measure';

const NAME = 'backstory-test-measure';
const recorded = () => performance.getEntriesByName(NAME).length;

describe('content script measures', () => {
  beforeEach(() => {
    performance.clearMeasures(NAME);
    resetMeasureCount();
  });

  it('records measures with their times and detail', () => {
    measure(NAME, 1, 3, { marks: 2 });
    const [entry] = performance.getEntriesByName(NAME) as PerformanceMeasure[];
    expect(entry!.duration).toBe(2);
    expect(entry!.detail).toEqual({ marks: 2 });
  });

  it('stops at MAX_MEASURES, so a page rescanned all day does not grow its timeline without end', () => {
    for (let i = 0; i < MAX_MEASURES + 50; i++) measure(NAME, 0, 1);
    expect(recorded()).toBe(MAX_MEASURES);
  });
});
