import * as v from 'valibot';
import type { FileProblemCode } from './file-problem';

/**
 * What a name or a metadata field (a title, an outlet, an author, a pack's name) may not hold: it is
 * one line of text shown inside the interface's own sentences. A control character hides or breaks
 * text; a bidirectional override or isolate (U+202A–202E, U+2066–2069) reverses the text around it,
 * so "0 were already in your corpus." could read ".(suproc ruoy ni ydaerla erew 0)". Article texts may
 * hold line breaks; their other control characters are refused by their own schema.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Why `text` may not be a one-line name or field, as a problem code (the character is found again by `fileProblemOf`), or null when it may. */
export function unsafeLineProblem(text: string): FileProblemCode | null {
  if (text.includes('\n') || text.includes('\r')) return 'check_not_one_line';
  if (CONTROL.test(text)) return 'check_control_char';
  if (BIDI_CONTROL.test(text)) return 'check_direction_char';
  return null;
}

/** A valibot check that `text` may be a one-line name or field; its message is the problem's code. */
export function oneLineCheck() {
  return v.check((s: string) => unsafeLineProblem(s) === null, (issue) => unsafeLineProblem(String(issue.input)) ?? 'check_invalid');
}
