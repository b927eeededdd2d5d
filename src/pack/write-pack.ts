// Stand-in: the real writer is written on another branch and replaces this file at merge.
import type { ArticleInput } from '../model/user-article';

export function buildPack(_info: { name: string; corpusVersion: string; createdAt?: string }, _articles: ArticleInput[]): Uint8Array {
  throw new Error('pack writer not available in this build');
}
