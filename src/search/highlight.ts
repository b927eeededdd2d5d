import { type AliasEntry, aliasSpans, words } from './alias-table';

/**
 * Spans of a passage to highlight: words whose stem the query matched, and every spelling of a matched
 * entity ("Khmeimim" typed, "Hmeimim" and "Хмеймим" highlighted). The caller leaves out ambiguous
 * spellings the query did not use ("Russian air base" for Hmeimim). Sorted and merged, so the UI can
 * wrap them in order without overlaps.
 */
export function highlightSpans(text: string, stems: Set<string>, entries: AliasEntry[]): Array<[number, number]> {
  const ws = words(text);
  const spans: Array<[number, number]> = [];
  for (const w of ws) if (stems.has(w.stem)) spans.push([w.start, w.end]);
  if (entries.length > 0) spans.push(...aliasSpans(text, ws, entries));
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}
