// Stand-in: the real reader is written on another branch and replaces this file at merge.
// Only the signatures are here, so the options page typechecks against the agreed API.
import type { ArticleInput } from '../model/user-article';
import type { PackManifest } from './format';

export type PackSource = { name: string; stream(): ReadableStream<Uint8Array> };
export interface PackProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: PackProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export function validatePack(
  _source: PackSource,
  _options?: { onProgress?: (linesRead: number, total?: number) => void },
): Promise<{ manifest: PackManifest | null; articleCount: number; problems: PackProblem[] }> {
  return Promise.reject(new Error('pack reader not available in this build'));
}

export async function* readPackArticles(_source: PackSource, _chunkSize: number): AsyncGenerator<{ first: number; articles: ArticleInput[] }> {
  throw new Error('pack reader not available in this build');
}
