import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli';
import type { CardData } from '../../../src/model/corpus-types';


function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-pack-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// Articles the seeds lack, one of each file kind. The first names Hmeimim (an entity of the gazetteer).
const HMEIMIM_TXT = `---
url: https://wire.example/2025/10/hmeimim-flights
title: "Flights resume at Hmeimim: officials"
outlet: Example Wire
author:
date: 2025-10-21
language: en
---
Russian transport flights resumed at the Hmeimim air base near Latakia on Tuesday, according to officials in Damascus.

The Khmeimim base remains Russia's main foothold in Syria, the officials said.
`;
const TARTUS_JSONL = `${JSON.stringify({
  url: 'https://other.example/tartus-lease',
  title: 'Tartus lease under review',
  outlet: 'Other Outlet',
  date: '2025-10-22',
  text: 'Syrian and Russian officials reviewed the zyxwvut clause of the Tartus port lease on Wednesday.\n\nThe lease was signed in 2017.',
})}\n`;
const JSON_ARTICLE = JSON.stringify(
  { url: 'https://third.example/a', title: 'A third report', outlet: 'Third', date: '2025-10-23', text: 'Officials in Moscow spoke about Syria.' },
  null,
  2,
);

describe('backstory pack', () => {
  let dir: string;
  let pack: string;
  let built: Awaited<ReturnType<typeof run>>;
  // One pack for the file: built from a folder of each kind of article file (and a file of another kind).
  beforeAll(async () => {
    dir = folder({ 'hmeimim.txt': HMEIMIM_TXT, 'more/tartus.jsonl': TARTUS_JSONL, 'third.json': JSON_ARTICLE, 'README.md': 'not an article' });
    pack = path.join(dir, 'desk.backstory');
    built = await run('pack', 'build', dir, '--out', pack, '--name', 'Desk picks');
  });

  it('build writes a pack of every article file and prints what it holds', async () => {
    const { code, out, err } = built;
    expect(err).toContain(`skipped ${path.join(dir, 'README.md')}`);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Wrote ${pack.replace(/[.\\]/g, '\\$&')}\\n  name +Desk picks\\n  articles +3\\n`));
    expect(out).toMatch(/contentHash +[0-9a-f]{32} \(pack id p-[0-9a-f]{16}\)/);
    const check = await run('pack', 'check', pack);
    expect(check).toMatchObject({ code: 0, out: expect.stringContaining('a valid Backstory pack (format 1), 3 articles') });
  });

  it('build reports every problem as file:line and writes nothing', async () => {
    const bad = folder({
      'a.txt': HMEIMIM_TXT.replace('date: 2025-10-21', 'date: 2025-02-30').replace('language: en', 'source: me'),
      'b.jsonl': `${TARTUS_JSONL}{"url": nope}\n${TARTUS_JSONL}`,
      'c.json': JSON_ARTICLE.replace(/\n {2}"date": "2025-10-23",/, ''),
      'd.txt': 'no front matter',
    });
    const out = path.join(bad, 'out.backstory');
    const result = await run('pack', 'build', bad, '--out', out);
    expect(result.code).toBe(1);
    const lines = result.err.trim().split('\n').filter((l) => !l.startsWith('backstory: corpus'));
    expect(lines).toEqual([
      `${bad}/a.txt:6: date must be a day written YYYY-MM-DD.`,
      `${bad}/a.txt:7: unknown field "source": only url, title, outlet, author, date, dateSource, language, text are allowed.`,
      expect.stringMatching(new RegExp(`^${bad}/b\\.jsonl:2: not valid JSON \\(`)),
      `${bad}/b.jsonl:3: duplicate article: same address and same text as ${bad}/b.jsonl:1.`,
      `${bad}/c.json:1: missing field "date".`,
      `${bad}/d.txt:1: the file must start with a "---" line, then url, title, outlet, date (and author, language if known), each as "key: value", then a "---" line and the text.`,
      'backstory: 6 problems; no pack was written.',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('check prints each problem of a pack someone sent, and exits 1', async () => {
    const junk = path.join(folder({}), 'sent.backstory');
    writeFileSync(junk, 'this is not a zip at all');
    expect(await run('pack', 'check', junk)).toMatchObject({ code: 1, out: `${junk}: this is not a Backstory pack: it is not a zip archive.\n` });
  });

  it('card --with and search --with answer with the pack added, and say which pack a source came from', async () => {
    const card = JSON.parse((await run('card', 'hmeimim', '--with', pack)).out) as CardData;
    const fromPack = card.claims.flatMap((c) => c.sources).filter((s) => s.outlet === 'Example Wire');
    expect(fromPack.length).toBeGreaterThan(0);
    for (const s of fromPack) expect(s.origin).toBe('pack');

    const explained = await run('card', 'hmeimim', '--explain', '--with', pack);
    expect(explained.out).toMatch(/- Example Wire, 2025-10-21 \[[a-z]+ support\] \[from pack Desk picks\]: “/);

    const search = await run('search', 'zyxwvut', '--with', pack);
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out).results[0]).toMatchObject({ outlet: 'Other Outlet', pack: 'Desk picks', passage: expect.stringContaining('zyxwvut') });
    expect(search.err).toContain(`with 3 articles from ${pack}`);
    expect(JSON.parse((await run('search', 'zyxwvut')).out).results).toEqual([]);
  });

  it('--with refuses an invalid pack with its problems, and --with with --corpus', async () => {
    const junk = path.join(folder({}), 'junk.backstory');
    writeFileSync(junk, '');
    expect(await run('search', 'Tartus', '--with', junk)).toMatchObject({ code: 1, err: expect.stringContaining(`${junk}: the file is empty: it is not a Backstory pack.`) });
    expect(await run('card', 'hmeimim', '--with', pack, '--corpus', 'x.json')).toMatchObject({ code: 2, err: expect.stringContaining('cannot be used with --corpus') });
  });
});
