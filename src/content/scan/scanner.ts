/**
 * Scanning: visible text under some roots → raw marks (every alias the matcher finds, before the
 * on-topic gate, which is decided over the whole page by the session). Collection and matching are
 * sliced so a 5 MB page never blocks the main thread for a long task.
 */
import { createMatcher } from '../../detect/matcher';
import type { Matcher, MatcherData } from '../../detect/types';
import { marksFromMentions, markStart, type Mark } from '../marks/mark';
import { SectionInterner, sectionKeys } from '../marks/sections';
import { collectSliced } from './sliced-collect';
import { matchSliced } from './sliced-match';
import { isHiddenByStyle } from './visibility';
import { SliceBudget } from './yield';

/** Mentions turned into DOM positions between budget checks. */
const MARK_BATCH = 250;

let cached: { data: MatcherData; matcher: Matcher } | undefined;

/** One matcher per frame, built on first use (a few ms) and kept across sessions. */
export function matcherFor(data: MatcherData): Matcher {
  if (!cached || cached.data !== data) cached = { data, matcher: createMatcher(data) };
  return cached.matcher;
}

export class Scanner {
  /** Open shadow roots met while collecting: the observer watches them and hit-testing sees into them. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly matcher: Matcher;
  private readonly sections = new SectionInterner();

  constructor(
    data: MatcherData,
    private readonly signal: AbortSignal,
  ) {
    this.matcher = matcherFor(data);
  }

  /** Raw marks under `roots` (document order in, document order out). */
  async scan(roots: Node[]): Promise<Mark[]> {
    const budget = new SliceBudget(this.signal);
    const isHidden = (el: Element): boolean => {
      if (el.shadowRoot) this.shadowRoots.add(el.shadowRoot);
      return isHiddenByStyle(el);
    };
    // Phase timings for the bench (User Timing entries cost nothing measurable at this granularity).
    let t = performance.now();
    const model = await collectSliced(roots, { isHidden, budget });
    performance.measure('backstory-collect', { start: t, end: (t = performance.now()) });
    if (model.nodes.length === 0) return [];
    const mentions = await matchSliced(model.text, this.matcher, budget);
    performance.measure('backstory-match', { start: t, end: (t = performance.now()) });
    const marks: Mark[] = [];
    for (let i = 0; i < mentions.length; i += MARK_BATCH) {
      const batch = marksFromMentions(model, mentions.slice(i, i + MARK_BATCH));
      const sections = sectionKeys(batch.map((m) => markStart(m).node), this.sections);
      batch.forEach((m, k) => (m.section = sections[k]));
      marks.push(...batch);
      await budget.check();
    }
    performance.measure('backstory-marks', { start: t, end: performance.now() });
    return marks;
  }
}
