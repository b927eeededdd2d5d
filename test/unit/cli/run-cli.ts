import path from 'node:path';
import { main } from '../../../src/cli/main';

export const root = path.resolve(__dirname, '../../..');

/** Runs the `backstory` command in-process, as `npx backstory …` would, and captures what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) }, root);
  return { code, out, err };
}
