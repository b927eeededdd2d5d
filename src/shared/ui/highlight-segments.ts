/** A run of passage text, matched (to highlight) or not. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Cuts `text` into plain and matched runs from `[start, end)` spans (UTF-16 units, as search returns
 * them). The spans come over a message boundary, so they are not trusted: non-integers, empty, reversed
 * or out-of-range spans are dropped, the rest clamped, sorted and merged. The UI renders the runs as
 * text nodes, so nothing in a passage is ever parsed as HTML.
 */
export function highlightSegments(text: string, spans: ReadonlyArray<readonly [number, number]>): TextSegment[] {
  const clean: Array<[number, number]> = [];
  for (const span of Array.isArray(spans) ? spans : []) {
    if (!Array.isArray(span)) continue;
    const [rawStart, rawEnd] = span;
    if (!Number.isInteger(rawStart) || !Number.isInteger(rawEnd)) continue;
    const start = Math.max(0, rawStart);
    const end = Math.min(text.length, rawEnd);
    if (end > start) clean.push([start, end]);
  }
  clean.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of clean) {
    if (end <= at) continue; // inside a span already emitted
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    const last = segments[segments.length - 1];
    // An overlapping or touching span extends the previous match instead of starting a new one.
    if (last?.match && from === at) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
