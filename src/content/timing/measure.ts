/**
 * User Timing measures of the content script's work (`backstory-scan`, `-collect`, `-slice`, …),
 * which the bench and the e2e tests read from the page.
 *
 * They live in the page's own performance timeline, which the browser never trims: a page that keeps
 * rewriting itself is rescanned up to twice a second, ~8 measures each, so a tab left open for a day
 * would gather over a million. So the content script records at most MAX_MEASURES in a frame, far
 * more than any test or bench reads, and then stops; the work goes on the same.
 */

export const MAX_MEASURES = 2000;

let recorded = 0;

/** Record one measure, unless this page has had its share. */
export function measure(name: string, start: number, end: number, detail?: unknown): void {
  if (recorded >= MAX_MEASURES) return;
  recorded++;
  performance.measure(name, detail === undefined ? { start, end } : { start, end, detail });
}
