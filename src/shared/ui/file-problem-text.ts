import { isFileProblemCode, type FileProblem, type FileProblemCode, type FileProblemParams } from '../../model/file-problem';
import { t, type MessageKey } from '../i18n';

/** Every problem code is a catalogue key: a code without its sentence does not compile. */
type EveryCodeIsAKey = FileProblemCode extends MessageKey ? true : never;
const everyCodeIsAKey: EveryCodeIsAKey = true;

/** t() for a code chosen at run time; its parameters are the data the sentence names. */
const say = (everyCodeIsAKey && t) as unknown as (key: FileProblemCode, values: FileProblemParams) => string;

/** What is wrong with a file (a code and its data), in the reader's language. */
export function fileProblemText({ code, params = {} }: FileProblem): string {
  return say(code, params);
}

/**
 * The file check a failure sent as parameters (`check` is its code, the rest its data), in words; a code this
 * version does not know (another context sent it) is left out rather than shown as a key.
 */
export function checkParamText(params: FileProblemParams): string {
  const { check, ...rest } = params;
  return isFileProblemCode(check) ? fileProblemText({ code: check, params: rest }) : '';
}
