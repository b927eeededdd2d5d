/** How much text to keep before the first match, so the reader sees what leads up to it. */
const LEAD = 50;

export interface Excerpt {
  text: string;
  spans: Array<[number, number]>;
}

/**
 * A window of at most about `max` characters of `text`, starting a little before the first highlighted
 * span and cut at spaces, with "…" where text was left out; spans are shifted to the window. The popup
 * is narrow: without this, a match late in a long paragraph is hidden below the fold of the result.
 */
export function excerpt(text: string, spans: ReadonlyArray<readonly [number, number]>, max: number): Excerpt {
  const all = spans.map(([s, e]) => [s, e] as [number, number]);
  if (text.length <= max) return { text, spans: all };
  const first = all.find(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s && s >= 0 && s < text.length)?.[0] ?? 0;
  // Never start later than LEAD before the match: a match near the end gives a shorter window, not a hidden match.
  let start = Math.max(0, first - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : Math.min(start, first);
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const shifted: Array<[number, number]> = [];
  for (const [s, e] of all) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to > from) shifted.push([from + shift, to + shift]);
  }
  return { text: prefix + text.slice(start, end) + suffix, spans: shifted };
}
