/**
 * A problem in a seed file, reported the way compilers do (`file:line: message`) so an editor can jump to it.
 * `line` is 1-based and counts lines of the whole seed file, front matter included.
 */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(message);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }

  override toString(): string {
    return `${this.file}:${this.line}: ${this.message}`;
  }
}
