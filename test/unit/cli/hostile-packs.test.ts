/**
 * `npx backstory pack check` on issue 26's hostile packs, each in its own process as a person would run
 * it: exit 1 with a bounded list of problems naming file and line, within 5 s of reading, and a peak
 * resident memory (the whole Node process, measured by /usr/bin/time) under 300 MB. The newline bomb
 * once crashed this command at 2.9 GB ("invalid size error", exit 133).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/pack/write-pack';
import { badUtf8OnLine2, bidiNames, hostileArticle, longKeys, millionBlankLines, newlineBomb } from '../pack/hostile-packs';
import { root } from './run-cli';

const exec = promisify(execFile);
const MAX_RSS_BYTES = 300 * 1024 * 1024;

interface Run {
  code: number;
  out: string;
  err: string;
  ms: number;
  rssBytes: number;
}

/** `backstory pack check <file>` under /usr/bin/time: what it printed, its exit code, wall time and peak RSS. */
async function packCheck(file: string): Promise<Run> {
  const started = performance.now();
  const result = await exec('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, path.join(root, 'src/cli/backstory.mjs'), 'pack', 'check', file], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, code: e.code }),
  );
  const ms = performance.now() - started;
  const rss = /peak-rss-kb=(\d+)/.exec(result.stderr);
  return { code: result.code, out: result.stdout, err: result.stderr, ms, rssBytes: Number(rss?.[1] ?? Infinity) * 1024 };
}

describe('backstory pack check on hostile packs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-hostile-'));
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  /** The command's own start (bundling the CLI on the fly), measured on a valid pack, is not reading time. */
  let startMs = 0;
  beforeAll(async () => {
    const valid = await packCheck(write('valid.backstory', buildPack({ name: 'Valid', corpusVersion: 'test' }, [hostileArticle(1)])));
    expect(valid.code).toBe(0);
    startMs = valid.ms;
  }, 60_000);

  const cases: Array<[string, () => Uint8Array, RegExp, number]> = [
    ['newline bomb', newlineBomb, /^.*bomb\.backstory\/articles\.jsonl:1: more than 1,000 empty lines in a row from line 1: .*Backstory stopped reading here\.$/, 1],
    ['a million blank lines', millionBlankLines, /^.*blank\.backstory\/articles\.jsonl:2: more than 1,000 empty lines in a row from line 2: /, 1],
    ['2-million-character keys', longKeys, /^.*keys\.backstory\/articles\.jsonl:1: missing field "url"\.$/, 101],
    ['bad UTF-8 on line 2', badUtf8OnLine2, /^.*utf8\.backstory\/articles\.jsonl:2: the line is not UTF-8 text: articles\.jsonl must be encoded in UTF-8\.$/, 1],
    ['bidi names', () => bidiNames(), /^.*bidi\.backstory\/manifest\.json:4: name holds an invisible character that changes the direction of text \(U\+202E\); remove it\.$/, 4],
  ];
  const fileNames: Record<string, string> = {
    'newline bomb': 'bomb.backstory',
    'a million blank lines': 'blank.backstory',
    '2-million-character keys': 'keys.backstory',
    'bad UTF-8 on line 2': 'utf8.backstory',
    'bidi names': 'bidi.backstory',
  };

  for (const [title, make, first, count] of cases) {
    it(`${title}: exit 1, ${count} problem${count === 1 ? '' : 's'} naming file and line, within 5 s, under 300 MB`, async () => {
      const run = await packCheck(write(fileNames[title]!, make()));
      const lines = run.out.trimEnd().split('\n');
      expect(run.code).toBe(1);
      expect(lines[0]).toMatch(first);
      expect(lines).toHaveLength(count);
      for (const line of lines) expect(line.length).toBeLessThan(400);
      expect(run.err).toMatch(new RegExp(`backstory: ${count} problems?: Backstory would refuse`));
      expect(run.ms - startMs).toBeLessThan(5000);
      expect(run.rssBytes).toBeLessThan(MAX_RSS_BYTES);
      console.log(`${title}: ${Math.round(run.ms)} ms (start ${Math.round(startMs)} ms), peak RSS ${Math.round(run.rssBytes / 1024 / 1024)} MB`);
    }, 60_000);
  }
});
