import { PACK_LIMITS } from './format';
import type { FileProblemCode, FileProblemParams } from '../model/file-problem';
import type { PackEvent } from './pack-event';

/**
 * articles.jsonl cut into lines as its bytes come out of the inflater, every loop bounded:
 *
 * - Lines are cut on the newline *byte*, before any decoding (a newline is never part of a multi-byte
 *   character), and each line is decoded on its own, strictly: invalid UTF-8 is reported at its own line,
 *   not at the first line of whatever slice it arrived in.
 * - An empty line costs a counter, not a string; a run of more than PACK_LIMITS.blankLines empty lines ends
 *   the reading (a newline bomb: 4 GB of newlines used to become 4 billion problems).
 * - A line longer than PACK_LIMITS.lineChars is dropped as it arrives, never kept whole.
 * - Events are handed out one at a time as the line ends (a generator, not a queue): a consumer that
 *   stops after 100 problems stops the cutting too, whatever is left of the slice.
 */

/** UTF-8 takes at most three bytes per UTF-16 code unit: more bytes than this cannot be a line we keep. */
const MAX_LINE_BYTES = 3 * PACK_LIMITS.lineChars;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface LineSplitter {
  /** The events of this piece of the entry; returns true when the reading must stop (a fatal problem was handed out). */
  push(data: Uint8Array, final: boolean): Generator<PackEvent, boolean, undefined>;
}

export function createLineSplitter(file: string, entryName: string): LineSplitter {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let lineNo = 0;
  /** The current line is too long: its bytes are dropped until it ends. */
  let skipping = false;
  /** Empty (or white-space) lines in a row, and the first of them. */
  let blankRun = 0;
  let blankFrom = 0;

  const problem = (line: number, code: FileProblemCode, params?: FileProblemParams, fatal = false): PackEvent => ({
    kind: 'problem',
    problem: { file, line, code, ...(params ? { params } : {}) },
    fatal,
  });
  const tooLong = (line: number) => problem(line, 'check_line_too_long', { limit: PACK_LIMITS.lineChars });

  /** A blank line: counted; past the limit, the one fatal problem. */
  function* blank(): Generator<PackEvent, boolean, undefined> {
    if (blankRun++ === 0) blankFrom = lineNo;
    if (blankRun > PACK_LIMITS.blankLines) {
      yield problem(blankFrom, 'check_blank_lines', { limit: PACK_LIMITS.blankLines, line: blankFrom, entry: entryName }, true);
      return true;
    }
    yield { kind: 'line', line: lineNo, text: '' };
    return false;
  }

  function* endLine(segment: Uint8Array): Generator<PackEvent, boolean, undefined> {
    lineNo++;
    if (skipping) {
      skipping = false;
      blankRun = 0;
      yield { kind: 'line', line: lineNo, text: null };
      return false;
    }
    // The common case of a newline bomb, without allocating anything.
    if (partBytes === 0 && (segment.length === 0 || (segment.length === 1 && segment[0] === CARRIAGE_RETURN))) return yield* blank();
    if (partBytes + segment.length > MAX_LINE_BYTES) {
      parts = [];
      partBytes = 0;
      blankRun = 0;
      yield tooLong(lineNo);
      yield { kind: 'line', line: lineNo, text: null };
      return false;
    }
    const bytes = parts.length === 0 ? segment : concat([...parts, segment], partBytes + segment.length);
    parts = [];
    partBytes = 0;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      blankRun = 0;
      yield problem(lineNo, 'check_not_utf8', { entry: entryName });
      yield { kind: 'line', line: lineNo, text: null };
      return false;
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (lineNo === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    if (text.length > PACK_LIMITS.lineChars) {
      blankRun = 0;
      yield tooLong(lineNo);
      yield { kind: 'line', line: lineNo, text: null };
      return false;
    }
    if (text.trim() === '') return yield* blank();
    blankRun = 0;
    yield { kind: 'line', line: lineNo, text };
    return false;
  }

  return {
    *push(data, final) {
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl >= 0; nl = data.indexOf(NEWLINE, start)) {
        if (yield* endLine(data.subarray(start, nl))) return true;
        start = nl + 1;
      }
      const rest = data.subarray(start);
      if (!skipping && rest.length > 0) {
        if (partBytes + rest.length > MAX_LINE_BYTES) {
          // Said now, at the line it is on; the rest of the line is dropped as it comes.
          yield tooLong(lineNo + 1);
          parts = [];
          partBytes = 0;
          skipping = true;
        } else {
          parts.push(rest);
          partBytes += rest.length;
        }
      }
      if (final && (partBytes > 0 || skipping)) return yield* endLine(new Uint8Array(0));
      return false;
    },
  };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
