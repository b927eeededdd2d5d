/**
 * What a name or a metadata field (a title, an outlet, an author, a pack's name) may not hold: it is
 * one line of text shown inside the interface's own sentences. A control character hides or breaks
 * text; a bidirectional override or isolate (U+202A–202E, U+2066–2069) reverses the text around it,
 * so "0 were already in your corpus." could read ".(suproc ruoy ni ydaerla erew 0)". Article texts may
 * hold line breaks; their other control characters are refused by their own schema.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be a one-line name or field called `what`, or null when it may. */
export function unsafeLineProblem(text: string, what: string): string | null {
  if (text.includes('\n') || text.includes('\r')) return `${what} must be one line of text.`;
  const control = CONTROL.exec(text);
  if (control) return `${what} holds a control character (${codePoint(control[0])}); remove it.`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return `${what} holds an invisible character that changes the direction of text (${codePoint(bidi[0])}); remove it.`;
  return null;
}
