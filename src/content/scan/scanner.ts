/**
 * Scanning: readable text under some roots → raw marks (every alias the matcher finds in visible
 * text, before the on-topic gate, which the session decides over the whole page).
 *
 * Design, and why (figures from test/bench/detect-bench.ts, below):
 *
 * 1. Collect by markup only (sliced-collect.ts): one native TreeWalker, no filter callback, no style
 *    read. The earlier collector asked `checkVisibility()`/computed style for every element kept,
 *    which was ~70% of the scan on real pages (collect 73–74 ms of 102–112 on yahoo-2 and
 *    guardian-1) although B0, a bare TreeWalker pass, is 1–4 ms there.
 * 2. Match the joined text once (sliced in 64 KiB chunks only when it is longer).
 * 3. Lazy visibility: CSS is asked only for the parent elements of text nodes that hold a mention
 *    (cached per element), and mentions in hidden text are dropped here, before the session gates,
 *    so hidden text can never make a page on topic. A page with no alias does no style work at all.
 * 4. Marks are light: StaticRange and section key are made on first use (`prepare` makes them in
 *    slices, only for pages that draw), so off-topic pages never pay for them.
 * 5. One SliceBudget (16 ms slices) runs through the whole scan; a small page is done in one task,
 *    with no yield (a yield costs a task turn, which on a busy page is the bulk of the wall time).
 *    Each slice is a `backstory-slice` measure: the bench reports their sum as the scan's CPU time
 *    (`scan/B0`) and the first-scan measure `backstory-scan` as its wall time.
 *
 * Measured on the shared 2-core box (load 2–5 from other work, so medians of 6 runs; `node build.mjs`, then
 *   node -e "import('./src/tooling/load-ts.mjs').then(m=>m.loadTs('test/bench/detect-bench.ts')).then(m=>m.benchDetect()).then(console.log)"
 * B0 is now the first bare walk in a fresh isolated world (what the content script's first pass
 * pays: node wrappers are per world), 1.5–4 ms cold on the real pages, 9–12 ms on the 5 MB page;
 * the same walk repeated is 0.3–1 ms):
 *
 *   page (visible text)      before: wall, long tasks   now: CPU (×B0)   wall      mark.js wall
 *   yahoo-2 (52 K units)     112 ms                     ~25 ms (×6–16)   ~25 ms    26–50 ms
 *   guardian-1 (40 K)        102 ms                     ~17 ms (×7–14)   ~17 ms    21–39 ms
 *   CNN 2.9 MB (30 K)        50 ms                      ~24 ms (×8–21)   ~24 ms    16–30 ms
 *   synthetic 5 MB (152 K marks) 3,126 ms, 13 (≤272 ms)  ~725 ms (×60–80) ~800 ms, 0–1 (50–86 ms)   1.3–2.3 s
 *
 * Where the rest goes, from CDP CPU profiles: on real pages the cold matcher (first `findAll` of a
 * page runs unoptimised: 4–25 ms for 30–50 K units that take 0.5 ms warm) and cold collector code
 * are most of it; style work is a few ms on pages with mentions and none on pages without. On the
 * 5 MB page, drawing is the floor: 152,000 StaticRanges (~1.2 µs each) plus Highlight.add
 * (~0.5 µs each) are ~260 ms whatever the scan does, and the session's synchronous gate-and-
 * emphasis pass over all marks (30–40 ms) is the task that sometimes crosses 50 ms.
 */
import { createMatcher } from '../../detect/matcher';
import type { Matcher, MatcherData } from '../../detect/types';
import { markFromMention, NodeCursor, type Mark } from '../marks/mark';
import { SectionInterner, sectionKeys } from '../marks/sections';
import { collectSliced } from './sliced-collect';
import { matchSliced } from './sliced-match';
import { VisibilityCache } from './visibility';
import { SliceBudget } from './yield';

/** Marks prepared (range, section) between budget checks. */
const PREPARE_BATCH = 500;
/**
 * Above this many marks, the session's synchronous gate-and-emphasis pass over all of them (about
 * 0.3 µs a mark) is started in a task of its own, so it never adds to a slice already spent.
 */
const LARGE_DRAW = 20_000;
/** Mentions checked for visibility and turned into marks between budget checks. */
const MARK_BATCH = 2048;

let cached: { data: MatcherData; matcher: Matcher } | undefined;

/** One matcher per frame, built on first use (a few ms) and kept across sessions. */
export function matcherFor(data: MatcherData): Matcher {
  if (!cached || cached.data !== data) cached = { data, matcher: createMatcher(data) };
  return cached.matcher;
}

export class Scanner {
  /** Open shadow roots met while collecting: the observer watches them and hit-testing sees into them. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /** Elements whose style the last scan asked for (0 on a page with no mention). */
  styleChecks = 0;
  private readonly matcher: Matcher;
  private readonly sections = new SectionInterner();
  private readonly sectionSource = { sectionOf: (node: Text) => sectionKeys([node], this.sections)[0] };

  constructor(
    data: MatcherData,
    private readonly signal: AbortSignal,
  ) {
    this.matcher = matcherFor(data);
  }

  /**
   * Raw marks under `roots` (document order in, document order out). Pass the caller's budget when
   * more work follows in the same run (its slices then cover all of it); else one is made and closed here.
   */
  async scan(roots: Node[], budget?: SliceBudget): Promise<Mark[]> {
    const own = budget ?? new SliceBudget(this.signal);
    try {
      return await this.run(roots, own);
    } finally {
      if (!budget) own.finish();
    }
  }

  /**
   * Make the StaticRange and section key of marks about to be drawn, in budgeted slices, so the
   * draw that follows is not one long task. Marks that already have them cost a property read.
   */
  async prepare(marks: readonly Mark[], budget: SliceBudget): Promise<void> {
    for (let i = 0; i < marks.length; i += PREPARE_BATCH) {
      // Checked before each batch: the session's gate over every raw mark may have spent the slice.
      await budget.check();
      const batch = marks.slice(i, i + PREPARE_BATCH);
      // Sections in one call per batch: consecutive marks in one paragraph share a look-up.
      const keys = sectionKeys(batch.map((m) => m.segments[0]!.node), this.sections);
      batch.forEach((m, k) => {
        m.section = keys[k];
        void m.range;
      });
    }
    if (marks.length > LARGE_DRAW) await budget.yieldNow();
  }

  private async run(roots: Node[], budget: SliceBudget): Promise<Mark[]> {
    // Phase timings for the bench (a handful of User Timing entries per scan cost nothing measurable).
    let t = performance.now();
    const model = await collectSliced(roots, { budget, onShadowRoot: (r) => this.shadowRoots.add(r) });
    performance.measure('backstory-collect', { start: t, end: (t = performance.now()) });
    if (model.nodes.length === 0) return [];
    const mentions = await matchSliced(model.text, this.matcher, budget);
    performance.measure('backstory-match', { start: t, end: (t = performance.now()) });
    const visibility = new VisibilityCache();
    const cursor = new NodeCursor(model.starts);
    const marks: Mark[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const [first, last] = cursor.span(m);
      // Hidden when any text node it covers renders in a hidden element: dropped before the gate.
      let hidden = false;
      for (let k = first; k <= last && !hidden; k++) hidden = visibility.textHidden(model.nodes[k]!);
      const mark = hidden ? null : markFromMention(model, m, first, last, this.sectionSource);
      if (mark) marks.push(mark);
      if ((i & (MARK_BATCH - 1)) === MARK_BATCH - 1) await budget.check();
    }
    this.styleChecks = visibility.checks;
    performance.measure('backstory-marks', { start: t, end: performance.now(), detail: { styleChecks: visibility.checks } });
    // The session gates over every raw mark synchronously next (and allocates for it): on a page
    // with this many, that starts a task of its own rather than finishing a spent one.
    if (marks.length > LARGE_DRAW) await budget.yieldNow();
    return marks;
  }
}
