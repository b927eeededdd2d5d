import type { CorpusProblem } from '../../model/corpus-problem';
import { t } from './catalog';

/** A corpus problem (a code the background kept) in the reader's language. */
export function corpusProblemText(problem: CorpusProblem): string {
  switch (problem.code) {
    case 'storage_quota':
      return t('corpus_problem_storage_quota');
    case 'storage_failed':
      return t('corpus_problem_storage_failed', { detail: problem.detail ?? '' });
    case 'compile_failed':
      return t('corpus_problem_compile_failed', { detail: problem.detail ?? '' });
  }
}
