// @vitest-environment happy-dom
/**
 * The lean content script's cheap no: the scanner reads the names (MatcherSource.load, a message to the
 * background in the extension) only when the prefilter finds a place where a name may start, and finds
 * the same marks as with every name there from the start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { gateCluesOf, gateOf } from '../../../src/detect/name-gate';
import type { MatcherData } from '../../../src/detect/types';
import { readyMatcherSource, type MatcherSource } from '../../../src/content/scan/matcher-source';
import { detector } from '../../../src/content/lazy/detect-module';
import type { Detector } from '../../../src/content/lazy/detector';
import { Scanner } from '../../../src/content/scan/scanner';
import { SliceBudget } from '../../../src/content/scan/yield';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';
import { installStaticRangeShim } from './static-range-shim';

const data = compileMatcherData(FIXTURE_ENTITIES);

beforeAll(installStaticRangeShim);

/** As the shipped source: the prefilter at once, the rest on `load` (counted). */
function lazySource(full: MatcherData): MatcherSource & { loads: number } {
  const source = {
    prefilter: full.prefilter,
    gate: gateOf(full.keys.map((k) => k[0])),
    clues: gateCluesOf(full),
    loaded: undefined as MatcherData | undefined,
    detector: undefined as Detector | undefined,
    loads: 0,
    load: async () => {
      source.loads++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      source.detector = detector;
      return (source.loaded = full);
    },
  };
  return source;
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const summary = (marks: Array<{ entityId: string; matchedText: string }>) => marks.map((m) => [m.entityId, m.matchedText]);

describe('names loaded on demand', () => {
  it('a page with no place where a name may start never asks for the names', async () => {
    const source = lazySource(data);
    const marks = await new Scanner(source, new AbortController().signal).scan([page('<p>Rain fell over Oslo; buses ran late.</p>')]);
    expect(marks).toEqual([]);
    expect(source.loads).toBe(0);
  });

  it('a page naming someone asks once and finds what the whole data finds', async () => {
    const html = '<p>Near <b>Tartus</b> naval <i>base</i> and Hmeimim, Putin said.</p><p>Hmeimim again.</p>';
    const expected = summary(await new Scanner(readyMatcherSource(data), new AbortController().signal).scan([page(html)]));
    expect(expected.length).toBeGreaterThan(1);
    const source = lazySource(data);
    const scanner = new Scanner(source, new AbortController().signal);
    expect(summary(await scanner.scan([page(html)]))).toEqual(expected);
    expect(summary(await scanner.scan([page(html)]))).toEqual(expected);
    expect(source.loads).toBe(1);
  });

  it('a whole page whose names cannot make it on topic is judged from its clues: the names are never asked for', async () => {
    const source = lazySource(data);
    const scanner = new Scanner(source, new AbortController().signal);
    const offTopic = '<p>Russia raised rates in Moscow.</p><p>The Kremlin said nothing; Moscow markets fell.</p>';
    expect(await scanner.scan([page(offTopic)], undefined, 'page')).toEqual([]);
    expect(source.loads).toBe(0);
    expect(scanner.unread).toBe(true);
    // Part of a page is never judged by topic: its mentions may be what turns the rest on topic.
    expect(summary(await scanner.scan([page(offTopic)]))).toEqual([
      ['russia', 'Russia'], ['moscow', 'Moscow'], ['kremlin', 'Kremlin'], ['moscow', 'Moscow'],
    ]);
    expect(source.loads).toBe(1);
    // A page that may be on topic is matched, and its mentions read.
    const onTopic = '<p>Russia and Syria talked.</p><p>Moscow and Damascus agreed.</p>';
    expect(summary(await scanner.scan([page(onTopic)], undefined, 'page')).length).toBe(4);
    expect(scanner.unread).toBe(false);
  });

  it("waiting for the names is not counted as the scan's work", async () => {
    const budget = new SliceBudget(new AbortController().signal);
    const value = await budget.wait(new Promise<number>((resolve) => setTimeout(() => resolve(7), 120)));
    budget.finish();
    expect(value).toBe(7);
    expect(budget.busyMs).toBeLessThan(60);
  });
});
