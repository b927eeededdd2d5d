/**
 * What the streaming pass over a pack hands out (pack-stream.ts), one event at a time, and what the line
 * splitter (line-splitter.ts) produces for it: a file of its own so the two read one type without importing
 * each other.
 */
import type { FileProblem } from '../model/file-problem';

/** One problem, where it is: `file` is `"<pack>/articles.jsonl"`, `"<pack>/manifest.json"` or `"<pack>"`; `line` is 1-based (0: the file as a whole). */
export interface PackProblem extends FileProblem {
  file: string;
  line: number;
}

export type PackEvent =
  /** An entry starts (it may still turn out incomplete). */
  | { kind: 'entry'; name: string }
  | { kind: 'manifest'; text: string }
  /** `text` null: the line was too long to keep (a problem says so just before). */
  | { kind: 'line'; line: number; text: string | null }
  /** `fatal`: the archive cannot be read further; the pass ends after it. */
  | { kind: 'problem'; problem: PackProblem; fatal: boolean };
