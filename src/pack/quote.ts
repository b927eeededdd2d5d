/**
 * Text from a pack quoted in a problem, cut to QUOTE_CHARS: a problem says what and where, it never
 * echoes the file (100 lines with a 2-million-character key once made 34 MB of problems).
 */
export const QUOTE_CHARS = 80;

/** `value` as JSON, at most QUOTE_CHARS characters, with "…" where it was cut. */
export function quote(value: unknown): string {
  let text: string;
  try {
    // A long string is cut before it is escaped: a 2-million-character key costs 80 here, not 2 M.
    text = typeof value === 'string' ? JSON.stringify(value.slice(0, QUOTE_CHARS)) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return clip(text);
}

/** `text` cut to QUOTE_CHARS characters (a parser's reason, an entry name), with "…" where it was cut. */
export function clip(text: string, max = QUOTE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
