// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { isOnTopic } from '../../../src/detect/gating';
import type * as Gating from '../../../src/detect/gating';
import type { Highlighter } from '../../../src/content/highlighter';
import { MarkPipeline, type DrawSettings } from '../../../src/content/mark-pipeline';
import type { Mark } from '../../../src/content/marks/mark';
import { readyMatcherSource } from '../../../src/content/scan/matcher-source';
import { Scanner } from '../../../src/content/scan/scanner';
import { SliceBudget } from '../../../src/content/scan/yield';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';
import { installStaticRangeShim } from './static-range-shim';

// The real gate, counted: the pipeline is to decide on topic once per scan.
vi.mock('../../../src/detect/gating', async (importOriginal) => {
  const actual = await importOriginal<typeof Gating>();
  return { ...actual, isOnTopic: vi.fn(actual.isOnTopic) };
});

const data = compileMatcherData(FIXTURE_ENTITIES);
const DEFAULTS: DrawSettings = { hiddenEntityIds: [], markMode: 'emphasise-first' };

beforeAll(installStaticRangeShim);
beforeEach(() => {
  vi.mocked(isOnTopic).mockClear();
});

/** A pipeline over the real scanner, drawing into a highlighter that only records what it was given. */
function setUp(html: string) {
  document.body.innerHTML = html;
  const signal = new AbortController().signal;
  const scanner = new Scanner(readyMatcherSource(data), signal);
  const renders: Array<{ strong: string[]; quiet: string[] }> = [];
  const names = (marks: readonly Mark[]) => marks.map((m) => m.matchedText);
  const highlighter = { render: (strong: readonly Mark[], quiet: readonly Mark[]) => renders.push({ strong: names(strong), quiet: names(quiet) }) };
  const pipeline = new MarkPipeline(readyMatcherSource(data), scanner, highlighter as unknown as Highlighter, signal);
  const budget = () => new SliceBudget(signal);
  const scanAll = async () => pipeline.replaceAll(await scanner.scan([document.body], budget()), budget());
  const draw = async (settings: Partial<DrawSettings> = {}) => names((await pipeline.draw({ ...DEFAULTS, ...settings }, budget())) ?? []);
  return { pipeline, scanner, renders, budget, scanAll, draw };
}

describe('MarkPipeline', () => {
  it('decides on topic once per scan, and redraws after settings changes reuse the decision', async () => {
    const { pipeline, scanner, scanAll, draw } = setUp('<p>Russia flew into Hmeimim.</p><p>Putin and Hmeimim again.</p>');
    await scanAll();
    expect(isOnTopic).toHaveBeenCalledTimes(1);
    expect(pipeline.onTopic).toBe(true);
    expect(await draw()).toEqual(['Russia', 'Hmeimim', 'Putin', 'Hmeimim']);
    expect(await draw({ markMode: 'all' })).toHaveLength(4);
    expect(isOnTopic).toHaveBeenCalledTimes(1);
    // Asked, because the page could be on topic: both paragraphs.
    expect(scanner.styleChecks).toBe(2);
  });

  it('asks no CSS on a page that is off topic, and draws nothing there', async () => {
    const { pipeline, scanner, renders, scanAll, draw } = setUp('<p>Putin spoke in Moscow about Russia.</p>');
    await scanAll();
    expect(pipeline.onTopic).toBe(false);
    expect(scanner.styleChecks).toBe(0);
    expect(await draw()).toEqual([]);
    expect(renders.at(-1)).toEqual({ strong: [], quiet: [] });
    expect(isOnTopic).toHaveBeenCalledTimes(1);
  });

  it('never lets text CSS hides make a page on topic: the gate runs again without it', async () => {
    const { pipeline, scanAll, draw } = setUp('<p>Putin in Moscow.</p><p style="display:none">Hmeimim</p>');
    await scanAll();
    expect(isOnTopic).toHaveBeenCalledTimes(2);
    expect(pipeline.onTopic).toBe(false);
    expect(await draw()).toEqual([]);
  });

  it('emphasises the first mention of a name per section under the mark mode', async () => {
    const { renders, scanAll, draw } = setUp('<p>Hmeimim and Putin. Putin again.</p>');
    await scanAll();
    await draw();
    expect(renders.at(-1)).toEqual({ strong: ['Hmeimim', 'Putin'], quiet: ['Putin'] });
    expect(await draw({ markMode: 'first' })).toEqual(['Hmeimim', 'Putin']);
    expect(renders.at(-1)).toEqual({ strong: ['Hmeimim', 'Putin'], quiet: [] });
  });

  it('leaves out names hidden in settings or from a card, until the background has them', async () => {
    const { pipeline, scanAll, draw } = setUp('<p>Hmeimim and Putin, Tartus.</p>');
    await scanAll();
    expect(await draw({ hiddenEntityIds: ['putin'] })).toEqual(['Hmeimim', 'Tartus']);
    pipeline.hideLocally('tartus');
    expect(await draw()).toEqual(['Hmeimim', 'Putin']);
    pipeline.forgetLocallyHidden();
    expect(await draw()).toEqual(['Hmeimim', 'Putin', 'Tartus']);
  });

  it('keeps a dismissed mention out, also after a rescan makes a fresh mark for it', async () => {
    const { pipeline, scanner, budget, scanAll, draw } = setUp('<p id="a">Hmeimim here.</p><p id="b">Tartus there.</p>');
    await scanAll();
    await draw();
    pipeline.dismiss(pipeline.drawn[1]!);
    expect(await draw()).toEqual(['Hmeimim']);
    const b = document.getElementById('b')!;
    b.append(' And Putin.');
    expect(await pipeline.replaceUnder([b], await scanner.scan([b], budget()), budget())).toBe(true);
    expect(await draw()).toEqual(['Hmeimim', 'Putin']);
  });

  it('reports no change when a rescan finds the marks already there', async () => {
    const { pipeline, scanner, budget, scanAll } = setUp('<p id="a">Hmeimim here.</p><p id="b">Tartus there.</p>');
    await scanAll();
    vi.mocked(isOnTopic).mockClear();
    const b = document.getElementById('b')!;
    expect(await pipeline.replaceUnder([b], await scanner.scan([b], budget()), budget())).toBe(false);
    expect(isOnTopic).not.toHaveBeenCalled();
  });

  it('stops a draw that a newer one overtook while it waited for the next slice', async () => {
    const { pipeline, scanAll } = setUp(`<p>${'Hmeimim '.repeat(5000)}</p>`);
    await scanAll();
    const slow = { check: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } as unknown as SliceBudget;
    const first = pipeline.draw(DEFAULTS, slow);
    const second = pipeline.draw({ ...DEFAULTS, markMode: 'all' }, slow);
    expect(await first).toBeNull();
    expect(await second).toHaveLength(5000);
    expect(pipeline.drawn).toHaveLength(5000);
  });
});
