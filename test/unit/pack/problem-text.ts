// A pack's problem as the options page and the CLI say it ("desk.backstory/articles.jsonl:3: …"), in the
// catalogue the test loaded (English unless the test chose another).
import { formatProblem, type PackProblem } from '../../../src/pack';
import { fileProblemText } from '../../../src/shared/ui/file-problem-text';

export function packProblemText(problem: PackProblem): string {
  return formatProblem(problem, (code, params) => fileProblemText({ code, params }));
}
