import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { PACK_ENTRIES, PACK_LIMITS } from './format';

/**
 * The one streaming pass over a pack's bytes that both readers (`validatePack`, `readPackArticles`) run:
 * unzip as the bytes arrive, and hand out the manifest's text and each line of articles.jsonl, with the
 * problems of the archive itself (not a zip, damaged, an entry too large, an unexpected entry).
 *
 * Memory stays small whatever the pack's size: the source is read piece by piece and each piece is fed to
 * the inflater in slices of 16 KiB, whose output (at most ~16 MB for the most compressible data) is cut
 * into lines and handed out before the next slice goes in. Only the current line is kept whole. Sizes in
 * the zip's headers are not trusted; bytes are counted as they come out of the inflater.
 */

/** Something that gives a pack's bytes as a stream: a browser `File` fits; Node wraps a file (`fs.openAsBlob`). */
export interface PackSource {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

/** One problem, where it is: `file` is `"<pack>/articles.jsonl"`, `"<pack>/manifest.json"` or `"<pack>"`; `line` is 1-based (0: the file as a whole). */
export interface PackProblem {
  file: string;
  line: number;
  message: string;
}

export type PackEvent =
  /** An entry starts (it may still turn out incomplete). */
  | { kind: 'entry'; name: string }
  | { kind: 'manifest'; text: string }
  /** `text` null: the line was too long to keep (a problem says so just before). */
  | { kind: 'line'; line: number; text: string | null }
  /** `fatal`: the archive cannot be read further; the pass ends after it. */
  | { kind: 'problem'; problem: PackProblem; fatal: boolean };

const SLICE = 16 * 1024;
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const KNOWN: ReadonlySet<string> = new Set(Object.values(PACK_ENTRIES));

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024 ? `${bytes / (1024 * 1024 * 1024)} GiB` : bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

interface Entry {
  name: string;
  bytes: number;
  done: boolean;
  file: UnzipFile;
}

export async function* packEvents(source: PackSource): AsyncGenerator<PackEvent, void, undefined> {
  const where = (entry?: string) => (entry ? `${source.name}/${entry}` : source.name);
  const queue: PackEvent[] = [];
  let stopped = false;
  const fail = (file: string, line: number, message: string) => {
    queue.push({ kind: 'problem', problem: { file, line, message }, fatal: true });
    stopped = true;
  };
  const entries = new Map<string, Entry>();

  // articles.jsonl, cut into lines as it inflates.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let partial = '';
  let lineNo = 0;
  let skippingLongLine = false;
  const tooLong = () => {
    queue.push({ kind: 'problem', problem: { file: where(PACK_ENTRIES.articles), line: lineNo + 1, message: `the line is longer than ${PACK_LIMITS.lineChars.toLocaleString('en')} characters, more than any article can be.` }, fatal: false });
    partial = '';
    skippingLongLine = true;
  };
  const takeText = (text: string, final: boolean) => {
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      endLine(text.slice(start, nl));
      start = nl + 1;
    }
    if (!skippingLongLine) partial += text.slice(start);
    if (partial.length > PACK_LIMITS.lineChars) tooLong();
    if (final && (partial !== '' || skippingLongLine)) endLine('');
  };
  const endLine = (rest: string) => {
    // A line may also arrive whole within one slice's output.
    if (!skippingLongLine && partial.length + rest.length > PACK_LIMITS.lineChars) tooLong();
    lineNo++;
    if (skippingLongLine) {
      skippingLongLine = false;
      queue.push({ kind: 'line', line: lineNo, text: null });
      return;
    }
    let text = partial + rest;
    partial = '';
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (lineNo === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    queue.push({ kind: 'line', line: lineNo, text });
  };

  const manifestParts: Uint8Array[] = [];

  const unzip = new Unzip((file) => {
    if (stopped) return;
    if (!KNOWN.has(file.name)) return fail(where(), 0, `the pack holds an unexpected entry "${file.name}": a pack holds only ${PACK_ENTRIES.manifest} and ${PACK_ENTRIES.articles}.`);
    if (entries.has(file.name)) return fail(where(file.name), 0, `the pack holds ${file.name} twice.`);
    const entry: Entry = { name: file.name, bytes: 0, done: false, file };
    entries.set(file.name, entry);
    queue.push({ kind: 'entry', name: file.name });
    const isManifest = file.name === PACK_ENTRIES.manifest;
    const cap = isManifest ? PACK_LIMITS.manifestBytes : PACK_LIMITS.articlesBytes;
    file.ondata = (err, data, final) => {
      if (stopped) return;
      if (err) return fail(where(file.name), 0, `the pack is damaged: ${file.name} cannot be unpacked (${err.message}).`);
      entry.bytes += data.length;
      if (entry.bytes > cap) {
        file.terminate();
        return fail(where(file.name), 0, `${file.name} unpacks to more than ${mib(cap)}, more than a pack can hold.`);
      }
      if (isManifest) {
        manifestParts.push(data);
        if (final) queue.push({ kind: 'manifest', text: new TextDecoder().decode(concat(manifestParts)) });
      } else {
        let text: string;
        try {
          text = decoder.decode(data, { stream: !final });
        } catch {
          return fail(where(file.name), lineNo + 1, `${file.name} is not UTF-8 text.`);
        }
        takeText(text, final);
      }
      if (final) entry.done = true;
    };
    try {
      file.start();
    } catch {
      fail(where(file.name), 0, `${file.name} is compressed with a method Backstory cannot read (zip method ${file.compression}); packs use deflate.`);
    }
  });
  unzip.register(UnzipInflate);

  const reader = source.stream().getReader();
  const head: number[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (head.length < 4) {
        head.push(...value.subarray(0, 4 - head.length));
        if (head.length === 4 && !startsWith(head, ZIP_LOCAL_HEADER) && !startsWith(head, ZIP_EMPTY_ARCHIVE)) {
          fail(where(), 0, 'this is not a Backstory pack: it is not a zip archive.');
        }
      }
      for (let i = 0; i < value.length && !stopped; i += SLICE) {
        try {
          unzip.push(value.subarray(i, i + SLICE), false);
        } catch (err) {
          fail(where(), 0, `the pack is damaged and cannot be unpacked (${err instanceof Error ? err.message : String(err)}).`);
        }
        yield* drain(queue);
      }
      yield* drain(queue);
      if (stopped) return;
    }
    if (head.length < 4) fail(where(), 0, head.length === 0 ? 'the file is empty: it is not a Backstory pack.' : 'this is not a Backstory pack: it is not a zip archive.');
    else {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch (err) {
        fail(where(), 0, `the pack is damaged and cannot be unpacked (${err instanceof Error ? err.message : String(err)}).`);
      }
    }
    yield* drain(queue);
    if (stopped) return;
    for (const entry of entries.values()) {
      if (!entry.done) fail(where(entry.name), 0, `the pack ends in the middle of ${entry.name}: the file is incomplete.`);
    }
    for (const name of KNOWN) {
      if (!entries.has(name)) queue.push({ kind: 'problem', problem: { file: where(name), line: 0, message: `the pack has no ${name}.` }, fatal: false });
    }
    yield* drain(queue);
  } finally {
    // The consumer may stop early (too many problems, an invalid line): stop reading the source too.
    await reader.cancel().catch(() => undefined);
  }
}

/** Hands out what the last slice produced (splice, not shift: a slice can hold 100,000 short lines). */
function* drain(queue: PackEvent[]): Generator<PackEvent> {
  for (const event of queue.splice(0)) yield event;
}

function startsWith(bytes: number[], prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
