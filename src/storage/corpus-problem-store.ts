import { isCorpusProblem, type CorpusProblem } from '../model/corpus-problem';
import { CORPUS_PROBLEM_KEY, type BackstoryDb } from './schema';

/** Why the last compile with the reader's articles failed, as stored (a record of another shape reads as none). */
export async function readCorpusProblem(db: BackstoryDb): Promise<CorpusProblem | undefined> {
  const record = await db.get('userMeta', CORPUS_PROBLEM_KEY);
  return record?.key === CORPUS_PROBLEM_KEY && isCorpusProblem(record.value) ? record.value : undefined;
}

/** Keeps the problem (or forgets it, with `undefined`, once a compile succeeded). */
export async function writeCorpusProblem(db: BackstoryDb, problem: CorpusProblem | undefined): Promise<void> {
  if (problem) await db.put('userMeta', { key: CORPUS_PROBLEM_KEY, value: problem });
  else await db.delete('userMeta', CORPUS_PROBLEM_KEY);
}
