/**
 * Issue 26's hostile packs, read by the very reader the options page and the CLI run: each ends in a
 * bounded list of problems, each naming its file and line, within 5 s. (Memory is measured on the CLI,
 * in its own process: test/unit/cli/hostile-packs.test.ts.)
 */
import { packProblemText } from './problem-text';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, readPackArticles, type PackReadError, validatePack, type PackSource } from '../../../src/pack';
import { QUOTE_CHARS } from '../../../src/pack/quote';
import { badUtf8OnLine2, bidiNames, BIDI, longKeys, millionBlankLines, newlineBomb } from './hostile-packs';

function source(bytes: Uint8Array<ArrayBuffer>, name: string): PackSource {
  return { name, stream: () => new Blob([bytes]).stream() };
}

async function check(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<{ problems: string[]; ms: number }> {
  const started = performance.now();
  const { problems } = await validatePack(source(bytes, name));
  return { problems: problems.map((p) => packProblemText(p)), ms: performance.now() - started };
}

describe('hostile packs end in a bounded error within 5 s', () => {
  it('a newline bomb (4 MB inflating to 3.9 GB of newlines) stops after the first run of empty lines', async () => {
    const bomb = newlineBomb();
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const { problems, ms } = await check(bomb, 'bomb.backstory');
    expect(problems).toEqual([
      `bomb.backstory/articles.jsonl:1: more than ${PACK_LIMITS.blankLines.toLocaleString('en')} empty lines in a row from line 1: articles.jsonl holds one article per line. Backstory stopped reading here.`,
    ]);
    expect(ms).toBeLessThan(5000);
    // The importer's second pass stops at the same place.
    const reading = (async () => {
      for await (const _ of readPackArticles(source(bomb, 'bomb.backstory'), 250)) void _;
    })();
    await expect(reading.catch((err: PackReadError) => packProblemText(err.problem))).resolves.toMatch(/^bomb\.backstory\/articles\.jsonl:1: more than 1,000 empty lines in a row/);
  });

  it('a million blank lines between two articles: one problem, not a million', async () => {
    const pack = millionBlankLines();
    expect(pack.length).toBeLessThan(4 * 1024);
    const { problems, ms } = await check(pack, 'blank.backstory');
    expect(problems).toEqual([expect.stringMatching(/^blank\.backstory\/articles\.jsonl:2: more than 1,000 empty lines in a row from line 2/)]);
    expect(ms).toBeLessThan(5000);
  });

  it('100 lines with a 2-million-character key: each problem quotes at most 80 characters of it, and the list stops at the cap', async () => {
    const { problems, ms } = await check(longKeys(), 'keys.backstory');
    expect(problems.length).toBeLessThanOrEqual(PACK_LIMITS.problems + 1);
    expect(problems[0]).toMatch(/^keys\.backstory\/articles\.jsonl:1: missing field "url"\./);
    const unknown = problems.filter((p) => p.includes('unknown field'));
    expect(unknown.length).toBeGreaterThan(10);
    for (const p of unknown) expect(p).toMatch(new RegExp(`^keys\\.backstory/articles\\.jsonl:\\d+: unknown field "k{${QUOTE_CHARS - 2}}…: only`));
    expect(problems.at(-1)).toBe('keys.backstory: and maybe more: Backstory stopped reading after 100 problems.');
    // 101 sentences, none of them the file: a few kilobytes, not 34 MB.
    expect(problems.join('\n').length).toBeLessThan(40_000);
    expect(ms).toBeLessThan(5000);
  });

  it('invalid UTF-8 on line 2 is reported at line 2, and the lines around it are still read', async () => {
    const { problems } = await check(badUtf8OnLine2(), 'utf8.backstory');
    expect(problems).toEqual(['utf8.backstory/articles.jsonl:2: the line is not UTF-8 text: articles.jsonl must be encoded in UTF-8.']);
  });

  it('bidirectional overrides in the pack name and in title, outlet and author are refused at their line', async () => {
    const { problems } = await check(bidiNames(), 'bidi.backstory');
    expect(problems).toEqual([
      'bidi.backstory/manifest.json:4: name holds an invisible character that changes the direction of text (U+202E); remove it.',
      'bidi.backstory/articles.jsonl:1: title holds an invisible character that changes the direction of text (U+202E); remove it.',
      'bidi.backstory/articles.jsonl:2: outlet holds an invisible character that changes the direction of text (U+202D); remove it.',
      'bidi.backstory/articles.jsonl:3: author holds an invisible character that changes the direction of text (U+2067); remove it.',
    ]);
  });

  it('a pack name with a newline, a NUL or a BEL is refused', async () => {
    for (const name of [BIDI.newline, BIDI.nul, BIDI.bell, BIDI.isolate]) {
      const { problems } = await check(bidiNames(name), 'name.backstory');
      expect(problems[0]).toMatch(/^name\.backstory\/manifest\.json:4: name (must be one line of text|holds a control character \(U\+00(00|07)\)|holds an invisible character that changes the direction of text \(U\+2066\))/);
    }
  });
});
