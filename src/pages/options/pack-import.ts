import { errorMessage, failureOf, type Failure } from '../../model/errors';
import { PACK_ENTRIES, type PackManifest } from '../../pack/format';
import { PackReadError, readPackArticles, validatePack, type PackProblem, type PackSource } from '../../pack/read-pack';
import type { BackgroundResponses, RequestOf } from '../../shared/messaging/background-request';

/**
 * A pack import from the options page, in the order that keeps it safe: the whole file is validated here
 * first (nothing is sent while any line is wrong), then the background receives it in chunks between a
 * begin and a commit, reading the file again as a stream so 10,000 articles are never in memory at once.
 *
 * The MV3 worker can stop between two chunks; on its next start it rolls the unfinished import back and
 * then no longer knows it. A chunk refused for that reason restarts the import once from the beginning
 * (the background writes a repeated chunk once). Any other failure aborts, so nothing is half-imported.
 */

/** Articles per chunk: well under PACK_CHUNK_MAX, each chunk one short transaction in the background. */
export const PACK_IMPORT_CHUNK = 250;

/**
 * The import cannot go on where it was, but can start again: the background rolled it back after a
 * restart, or was stopped while it held a chunk (the browser's words for a reply that never came; the
 * next message starts it again, and it rolls the half-written pack back first).
 */
export const IMPORT_GONE =
  /unknown import|import (?:is )?unknown|no such import|rolled back|message channel closed|receiving end does not exist|message manager disconnected|could not establish connection/i;

type PackRequestType = 'packImportBegin' | 'packImportChunk' | 'packImportCommit' | 'packImportAbort';
/** The messaging function, a parameter so tests can stand in for the background. */
export type PackCall = <T extends PackRequestType>(request: RequestOf<T>) => Promise<BackgroundResponses[T]>;

export interface PackReader {
  validatePack: typeof validatePack;
  readPackArticles: typeof readPackArticles;
}

export type PackImportProgress =
  | { phase: 'checking'; linesRead: number; total?: number }
  | { phase: 'writing'; done: number; total: number };

export type PackImportResult =
  | { kind: 'refused'; problems: PackProblem[] }
  | { kind: 'imported'; name: string; added: number; duplicates: number }
  /** `failure`: a code to say in the reader's language (a full disk), in place of `error`. */
  | { kind: 'failed'; name: string; error: string; failure?: Failure };

export async function importPack(
  source: PackSource,
  call: PackCall,
  onProgress: (progress: PackImportProgress) => void = () => undefined,
  reader: PackReader = { validatePack, readPackArticles },
): Promise<PackImportResult> {
  let checked: Awaited<ReturnType<typeof validatePack>>;
  try {
    checked = await reader.validatePack(source, { onProgress: (linesRead, total) => onProgress({ phase: 'checking', linesRead, total }) });
  } catch (err) {
    return { kind: 'refused', problems: [err instanceof PackReadError ? err.problem : { file: source.name, line: 0, code: 'check_pack_unreadable', params: { detail: errorMessage(err) } }] };
  }
  if (checked.problems.length > 0) return { kind: 'refused', problems: checked.problems };
  if (!checked.manifest) return { kind: 'refused', problems: [{ file: source.name, line: 0, code: 'check_pack_entry_missing', params: { entry: PACK_ENTRIES.manifest } }] };

  const first = await writePack(source, checked.manifest, checked.articleCount, call, onProgress, reader);
  if (first.kind !== 'gone') return first;
  const second = await writePack(source, checked.manifest, checked.articleCount, call, onProgress, reader);
  return second.kind === 'gone' ? { kind: 'failed', name: checked.manifest.name, error: second.error } : second;
}

/** One attempt: begin, every chunk in order, commit. 'gone' when the background lost the import midway. */
async function writePack(
  source: PackSource,
  manifest: PackManifest,
  total: number,
  call: PackCall,
  onProgress: (progress: PackImportProgress) => void,
  reader: PackReader,
): Promise<Exclude<PackImportResult, { kind: 'refused' }> | { kind: 'gone'; error: string }> {
  let packId: string | null = null;
  try {
    ({ packId } = await call({ type: 'packImportBegin', manifest }));
    onProgress({ phase: 'writing', done: 0, total });
    for await (const chunk of reader.readPackArticles(source, PACK_IMPORT_CHUNK)) {
      await call({ type: 'packImportChunk', packId, first: chunk.first, articles: chunk.articles });
      onProgress({ phase: 'writing', done: chunk.first + chunk.articles.length, total });
    }
    const { added, duplicates } = await call({ type: 'packImportCommit', packId });
    return { kind: 'imported', name: manifest.name, added, duplicates };
  } catch (err) {
    const error = errorMessage(err);
    if (packId !== null && IMPORT_GONE.test(error)) return { kind: 'gone', error };
    if (packId !== null) await call({ type: 'packImportAbort', packId }).catch(() => undefined);
    const failure = failureOf(err);
    return failure ? { kind: 'failed', name: manifest.name, error, failure } : { kind: 'failed', name: manifest.name, error };
  }
}
