import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { PACK_ENTRIES, PACK_LIMITS } from './format';
import { createLineSplitter } from './line-splitter';
import { clip, quote } from './quote';
import type { FileProblemCode, FileProblemParams } from '../model/file-problem';
import type { PackEvent, PackProblem } from './pack-event';

export type { PackEvent, PackProblem };

/**
 * The one streaming pass over a pack's bytes that both readers (`validatePack`, `readPackArticles`) run:
 * unzip as the bytes arrive, and hand out the manifest's text and each line of articles.jsonl, with the
 * problems of the archive itself (not a zip, damaged, an entry too large, an unexpected entry).
 *
 * Memory stays small whatever the pack's size: the source is read piece by piece and each piece is fed to
 * the inflater in slices of 4 KiB, whose output (at most ~4 MB for the most compressible data) is cut
 * into lines (line-splitter.ts) and handed out, one event at a time, before the next slice goes in. Only
 * the current line is kept whole. Sizes in the zip's headers are not trusted; bytes are counted as they
 * come out of the inflater. Every quoted piece of the file is cut to 80 characters (quote.ts).
 */

/** Something that gives a pack's bytes as a stream: a browser `File` fits; Node wraps a file (`fs.openAsBlob`). */
export interface PackSource {
  name: string;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * Compressed bytes fed to the inflater at a time. Deflate inflates at most ~1,032 to 1, so one slice
 * gives at most ~4 MB, which is cut into lines before the next slice goes in.
 */
const SLICE = 4 * 1024;
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

/** What the inflater's callbacks leave for the generator: events, or articles.jsonl bytes still to cut into lines. */
type Pending = PackEvent | { kind: 'bytes'; data: Uint8Array; final: boolean };

export async function* packEvents(source: PackSource): AsyncGenerator<PackEvent, void, undefined> {
  const where = (entry?: string) => (entry ? `${source.name}/${entry}` : source.name);
  const queue: Pending[] = [];
  let stopped = false;
  const fail = (file: string, line: number, code: FileProblemCode, params?: FileProblemParams) => {
    queue.push({ kind: 'problem', problem: { file, line, code, ...(params ? { params } : {}) }, fatal: true });
    stopped = true;
  };
  const entries = new Map<string, Entry>();
  const lines = createLineSplitter(where(PACK_ENTRIES.articles), PACK_ENTRIES.articles);
  const manifestParts: Uint8Array[] = [];

  const unzip = new Unzip((file) => {
    if (stopped) return;
    if (!KNOWN.has(file.name)) return fail(where(), 0, 'check_pack_unexpected_entry', { entry: quote(file.name) });
    if (entries.has(file.name)) return fail(where(file.name), 0, 'check_pack_entry_twice', { entry: file.name });
    const entry: Entry = { name: file.name, bytes: 0, done: false, file };
    entries.set(file.name, entry);
    queue.push({ kind: 'entry', name: file.name });
    const isManifest = file.name === PACK_ENTRIES.manifest;
    const cap = isManifest ? PACK_LIMITS.manifestBytes : PACK_LIMITS.articlesBytes;
    file.ondata = (err, data, final) => {
      if (stopped) return;
      if (err) return fail(where(file.name), 0, 'check_pack_damaged', { detail: clip(err.message) });
      entry.bytes += data.length;
      if (entry.bytes > cap) {
        file.terminate();
        return fail(where(file.name), 0, 'check_pack_entry_too_big', { entry: file.name, limit: mib(cap) });
      }
      if (isManifest) {
        manifestParts.push(data);
        if (final) queue.push({ kind: 'manifest', text: new TextDecoder().decode(concat(manifestParts)) });
      } else queue.push({ kind: 'bytes', data, final });
      if (final) entry.done = true;
    };
    try {
      file.start();
    } catch {
      fail(where(file.name), 0, 'check_pack_compression', { entry: file.name, method: file.compression });
    }
  });
  unzip.register(UnzipInflate);

  /** Hands out what the last slice produced, cutting article bytes into lines one event at a time. */
  async function* drain(): AsyncGenerator<PackEvent, void, undefined> {
    for (const item of queue.splice(0)) {
      if (item.kind !== 'bytes') yield item;
      else if (yield* lines.push(item.data, item.final)) {
        stopped = true;
        unzip.onfile = () => undefined;
        return;
      }
    }
  }

  const reader = source.stream().getReader();
  const head: number[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (head.length < 4) {
        head.push(...value.subarray(0, 4 - head.length));
        if (head.length === 4 && !startsWith(head, ZIP_LOCAL_HEADER) && !startsWith(head, ZIP_EMPTY_ARCHIVE)) {
          fail(where(), 0, 'check_pack_not_zip');
        }
      }
      for (let i = 0; i < value.length && !stopped; i += SLICE) {
        try {
          unzip.push(value.subarray(i, i + SLICE), false);
        } catch (err) {
          fail(where(), 0, 'check_pack_damaged', { detail: clip(err instanceof Error ? err.message : String(err)) });
        }
        yield* drain();
      }
      yield* drain();
      if (stopped) return;
    }
    if (head.length < 4) fail(where(), 0, head.length === 0 ? 'check_pack_empty_file' : 'check_pack_not_zip');
    else {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch (err) {
        fail(where(), 0, 'check_pack_damaged', { detail: clip(err instanceof Error ? err.message : String(err)) });
      }
    }
    yield* drain();
    if (stopped) return;
    for (const entry of entries.values()) {
      if (!entry.done) fail(where(entry.name), 0, 'check_pack_incomplete', { entry: entry.name });
    }
    for (const name of KNOWN) {
      if (!entries.has(name)) queue.push({ kind: 'problem', problem: { file: where(name), line: 0, code: 'check_pack_entry_missing', params: { entry: name } }, fatal: false });
    }
    yield* drain();
  } finally {
    // The consumer may stop early (too many problems, an invalid line): stop reading the source too.
    await reader.cancel().catch(() => undefined);
  }
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
