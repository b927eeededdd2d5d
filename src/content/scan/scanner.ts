/**
 * Scanning: readable text under some roots → raw marks (every alias the matcher finds in the text
 * markup does not hide, before the on-topic gate, which the mark pipeline decides over the whole
 * page).
 *
 * Design, and why (figures from test/bench/detect-bench.ts, below):
 *
 * 1. Collect by markup only (src/detect/text-collector.ts, the collector the CLI runs too): one
 *    native TreeWalker, no filter callback, no style read. The earlier collector asked
 *    `checkVisibility()`/computed style for every element kept, which was ~70% of the scan on real
 *    pages (collect 73–74 ms of 102–112 on yahoo-2 and guardian-1) although B0, a bare TreeWalker
 *    pass, is 1–4 ms there.
 * 2. A cheap no before any per-entity work, on a whole-page scan: the prefilter's hits, each word given
 *    the name gate's second look, and the clues of the keys cut there counted as the best mentions they
 *    could be (src/detect/topic-clues.ts). When even that cannot make the page on topic (a Russia story
 *    naming Russia, Moscow and Putin; a page naming nothing), the names are never asked for and
 *    nothing is matched: the 2.9 MB CNN page and guardian-1 stop there. A rescan of part of such a page
 *    turns into a whole-page scan when the change may name something (`unread`).
 * 3. Match the joined text once (in chunks sized by measured speed, sliced-match.ts, when over 16 KiB).
 * 4. Lazy visibility: CSS is asked only for the parent elements of text nodes that hold a mention
 *    (cached per element), and only once the marks could make the page on topic (`visibleOnly`);
 *    the pipeline then gates again without the hidden ones (when there were any), so hidden text can
 *    never make a page on topic. A page with no alias, or off topic, does no style work at all.
 * 5. Marks are light: StaticRange and section key are made on first use (`prepare` makes them in
 *    slices, only for pages that draw), so off-topic pages never pay for them.
 * 6. One SliceBudget (16 ms slices) runs through the whole scan; a small page is done in one task,
 *    with no yield (a yield costs a task turn, which on a busy page is the bulk of the wall time).
 *    Each slice is a `backstory-slice` measure: the bench reports their sum as the scan's CPU time
 *    (`scan/B0`) and the first-scan measure `backstory-scan` as its wall time.
 *
 * Measured by `npm run bench` on the shared 2-core box (B0 = the first TreeWalker pass over a freshly
 * loaded page in a fresh isolated world, as the scan's own first pass is; medians of 3 loads):
 *
 *   page (visible text)        first version: CPU, wall   now: CPU (×B0)        phases: collect, match, marks
 *   yahoo-2 (52 K units)       112 ms                     ~22 ms (×4.8, B0 4.6)  17, 2.7, 0.9
 *   guardian-1 (40 K)          102 ms                     ~13 ms (×5.7, B0 2.3)  8.4, 3.3, 0.1
 *   CNN 2.9 MB (30 K)          50 ms                      ~24 ms (×7.8, B0 3.0)  10, 2.9, 5.9
 *   synthetic 5 MB (152 K marks) 3,126 ms, 13 long tasks  ~775 ms (×50), 0 long tasks
 *
 * Where the rest goes: the match phase was 4–25 ms of cold interpreted matcher before the prefilter
 * (src/detect/prefilter.ts) and is 3–8 ms now, building the matcher included; collect is now most
 * of it, 2–4× B0, because the collector also visits elements (to skip by markup and to find shadow
 * roots and blocks) and those wrappers cost as much as the text nodes'. The bench's `floor` (the
 * least walk these rules allow: elements and text outside the subtrees skipped by tag, tag and
 * shadow root and data read, nothing else done) is itself 1.5–3.7× B0 on the real pages, so collect
 * is near it. Chrome traces of yahoo-2's first scan (CDP Tracing, 3 loads: collect 11–16 ms) show
 * the rest inside collect: the first wrapper of each HTML element interface in a new world
 * instantiates its template (v8.newInstance, 0.3–3.3 ms; B0 meets only Text), and a minor GC of the
 * page's young generation (up to 6 ms) lands in whichever slice allocates last. A walk over text
 * nodes only, climbing to parents, was not faster (yahoo-2: 12.2 against 8.8 ms, first touch,
 * median of 7 loads) and cannot find shadow roots. On the 5 MB page drawing is the floor: 152,000
 * StaticRanges (~1.2 µs each) plus Highlight.add (~0.5 µs each) are ~260 ms whatever the scan does.
 */
import { collectText } from '../../detect/text-collector';
import { nameGate } from '../../detect/name-gate';
import { prefilterScan } from '../../detect/prefilter-scan';
import { mayBeOnTopic } from '../../detect/topic-clues';
import type { Matcher, MatcherData } from '../../detect/types';
import { markFromMention, NodeCursor, type Mark } from '../marks/mark';
import { measure } from '../timing/measure';
import { SectionInterner, sectionKeys } from '../marks/sections';
import type { Detector } from '../lazy/detector';
import type { MatcherSource } from './matcher-source';
import { matchSliced } from './sliced-match';
import { VisibilityCache } from './visibility';
import { SliceBudget } from './yield';

/** Marks prepared (range, section) between budget checks. */
const PREPARE_BATCH = 500;
/**
 * Above this many marks, the pipeline's synchronous gate-and-emphasis pass over all of them (about
 * 0.3 µs a mark) is started in a task of its own, so it never adds to a slice already spent.
 */
const LARGE_DRAW = 20_000;
/** Mentions checked for visibility and turned into marks between budget checks. */
const MARK_BATCH = 2048;

/** What a scan covers: the whole page (it may be judged by topic at once) or part of it (a rescan). */
export type ScanScope = 'page' | 'part';

let cached: { data: MatcherData; matcher: Matcher } | undefined;

/**
 * One matcher per frame, built on first use (2–4 ms cold, 5–17 ms before the trie was built from
 * sorted keys) and kept across sessions. First use is inside the first scan's first slice, so the
 * bench counts it as the scan's work, as it is.
 */
export function matcherFor(data: MatcherData, detector: Detector): Matcher {
  if (!cached || cached.data !== data) cached = { data, matcher: detector.createMatcher(data) };
  return cached.matcher;
}

export class Scanner {
  /** Open shadow roots met while collecting: the observer watches them and hit-testing sees into them. */
  readonly shadowRoots = new Set<ShadowRoot>();
  /** Elements whose style has been asked for (0 on a page with no mention, or off topic). */
  styleChecks = 0;
  /**
   * The last whole-page scan stopped at the cheap topic judgement: the page's mentions were never read,
   * so the raw marks are not the page's, and a change that may add a name calls for a whole-page scan.
   */
  unread = false;
  private readonly sections = new SectionInterner();
  private readonly sectionSource = { sectionOf: (node: Text) => sectionKeys([node], this.sections)[0] };

  constructor(
    private readonly source: MatcherSource,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Raw marks under `roots` (document order in, document order out). Pass the caller's budget when
   * more work follows in the same run (its slices then cover all of it); else one is made and closed here.
   * A scan of the whole page (`scope` 'page') may stop at the cheap topic judgement (`unread`).
   */
  async scan(roots: Node[], budget?: SliceBudget, scope: ScanScope = 'part'): Promise<Mark[]> {
    const own = budget ?? new SliceBudget(this.signal);
    try {
      return await this.run(roots, own, scope);
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
      // Checked before each batch: the pipeline's gate over every raw mark may have spent the slice.
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

  /**
   * The marks whose text CSS shows. Asked only when the page could be on topic (the pipeline's call):
   * hiding text only ever removes mentions, so a page that is off topic with hidden text counted is
   * off topic without it, and an off-topic page never pays for style work (or the style recalc its
   * first question forces). Each mark is asked once; later calls only look at new marks.
   */
  async visibleOnly(marks: readonly Mark[], budget: SliceBudget): Promise<Mark[]> {
    const started = performance.now();
    const visibility = new VisibilityCache();
    const out: Mark[] = [];
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i]!;
      // Hidden when any text node it covers renders in a hidden element.
      m.visible ??= !m.segments.some((s) => visibility.textHidden(s.node));
      if (m.visible) out.push(m);
      if ((i & (MARK_BATCH - 1)) === MARK_BATCH - 1) await budget.check();
    }
    this.styleChecks += visibility.checks;
    measure('backstory-visibility', started, performance.now(), { styleChecks: visibility.checks });
    return out;
  }

  /**
   * Whether text under `roots` may name something (the cheap no below): a page whose mentions were
   * left unread (`unread`) is scanned again as a whole when a change may add one.
   */
  async mayNameUnder(roots: Node[], budget: SliceBudget): Promise<boolean> {
    const model = await collectText(roots, { budget, onShadowRoot: (r) => this.shadowRoots.add(r) });
    return model.nodes.length > 0 && this.mayName(model.text);
  }

  private mayName(text: string): boolean {
    const gate = nameGate(this.source.gate, this.source.clues);
    return prefilterScan(this.source.prefilter).some(text, (hit) => gate.mayStartAt(text, hit));
  }

  private async run(roots: Node[], budget: SliceBudget, scope: ScanScope): Promise<Mark[]> {
    // Phase timings for the bench (a handful of User Timing entries per scan cost nothing measurable).
    let t = performance.now();
    const model = await collectText(roots, { budget, onShadowRoot: (r) => this.shadowRoots.add(r) });
    measure('backstory-collect', t, (t = performance.now()));
    if (scope === 'page') this.unread = false;
    if (model.nodes.length === 0) return [];
    if (scope === 'page') {
      // The cheap topic judgement (topic-clues.ts): the words where a name may start, counted as the
      // best mentions they could be, cannot make the page on topic, so the names are never asked for
      // and nothing is matched. A page that names nothing stops here too.
      if (!mayBeOnTopic(model.text, prefilterScan(this.source.prefilter), nameGate(this.source.gate, this.source.clues))) {
        this.unread = true;
        measure('backstory-match', t, performance.now(), { stoppedBy: 'topic-clues' });
        return [];
      }
    } else if (!this.source.loaded && !this.mayName(model.text)) {
      // The cheap no: no place where a name's first units start, so the names are never asked for
      // (matcher-source.ts): the prefilter's hits, each given a second look (name-gate.ts). (Part of a
      // page is never judged by topic: its mentions may be what makes the rest of the page on topic.)
      measure('backstory-match', t, performance.now());
      return [];
    }
    const data = this.source.loaded ?? (await budget.wait(this.source.load()));
    const detector = this.source.detector!;
    const found = await matchSliced(model.text, matcherFor(data, detector), budget);
    // Nothing named, so nothing to refine, gate or place.
    if (found.length === 0) {
      measure('backstory-match', t, performance.now());
      return [];
    }
    // Family names, common words and words of other languages are judged by the words next to them
    // (person-context.ts; only flagged aliases are looked at). The page's `lang` is a fallback: the
    // text around a mention says its language when it can.
    const pageLang = detector.primaryLanguage(model.nodes[0]?.ownerDocument?.documentElement?.getAttribute('lang'));
    // Then the page's evidence and its sections (gating.ts): on a page about several things (a digest)
    // only the mentions of its on-topic sections come back. Off topic as a whole: which mentions lie in
    // an on-topic section (null on a page on topic as a whole). The pipeline's gate reads the flags.
    const steps = detector.topicalInSteps(model.text, found, data, { pageLang });
    let step = steps.next();
    for (; !step.done; step = steps.next()) await budget.check();
    const { mentions, inSection } = step.value;
    measure('backstory-match', t, (t = performance.now()));
    const cursor = new NodeCursor(model.starts);
    const marks: Mark[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const [first, last] = cursor.span(m);
      const mark = markFromMention(model, m, first, last, this.sectionSource);
      if (mark) {
        if (inSection?.[i] === 1) mark.inTopicSection = true;
        marks.push(mark);
      }
      if ((i & (MARK_BATCH - 1)) === MARK_BATCH - 1) await budget.check();
    }
    measure('backstory-marks', t, performance.now());
    // The pipeline gates over every raw mark synchronously next (and allocates for it): on a page
    // with this many, that starts a task of its own rather than finishing a spent one.
    if (marks.length > LARGE_DRAW) await budget.yieldNow();
    return marks;
  }
}
