import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFiles, extractText, formatDetectLine } from '../../../src/cli/commands/detect';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';
import { findProjectRoot, sharedPagesDir } from '../../../src/tooling/project-root.mjs';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-detect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('detectFiles', () => {
  it('reads HTML through collectText and indexes mentions into the extracted text', async () => {
    const html = join(dir, 'page.html');
    await writeFile(
      html,
      '<html><head><title>Putin</title><script>var Tartus=1</script></head><body>' +
        '<h1>Russia and Syria</h1><p>Putin met <b>al-</b>Sharaa over <em>Ḥmeimim</em>.</p>' +
        '<div hidden>Tartus</div><p>Assad’s fate</p></body></html>',
    );
    const [line] = await detectFiles([html], FIXTURE_ENTITIES);
    const { text } = await extractText(html);
    expect(text).toBe('Russia and Syria\nPutin met al-Sharaa over Ḥmeimim.\nAssad’s fate');
    expect(line!.onTopic).toBe(true);
    expect(line!.mentions.map((m) => [m.entity, m.text, m.alias])).toEqual([
      ['russia', 'Russia', 'Russia'],
      ['syria', 'Syria', 'Syria'],
      ['putin', 'Putin', 'Putin'],
      ['al-sharaa', 'al-Sharaa', 'al-Sharaa'],
      ['hmeimim', 'Ḥmeimim', 'Hmeimim'],
      ['bashar-al-assad', 'Assad', 'Assad'],
    ]);
    for (const m of line!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads other files as plain text, and marks nothing off topic', async () => {
    const txt = join(dir, 'tennis.txt');
    await writeFile(txt, 'Novak Djokovic won in Paris; Putin watched.');
    const on = join(dir, 'on.md');
    await writeFile(on, 'в Хмеймиме');
    const lines = await detectFiles([txt, on], FIXTURE_ENTITIES);
    expect(lines).toEqual([
      { file: txt, onTopic: false, mentions: [] },
      { file: on, onTopic: true, mentions: [{ entity: 'hmeimim', text: 'Хмеймиме', start: 2, end: 10, alias: 'Хмеймим' }] },
    ]);
  });
});

describe('formatDetectLine', () => {
  it('prints one JSON object on one line with a fixed key order', () => {
    const s = formatDetectLine({
      onTopic: true,
      file: 'a\nb.html',
      mentions: [{ alias: 'Putin', end: 5, start: 0, text: 'Putin', entity: 'putin' }],
    });
    expect(s).not.toContain('\n');
    expect(s).toBe(
      '{"file":"a\\nb.html","onTopic":true,"mentions":[{"entity":"putin","text":"Putin","start":0,"end":5,"alias":"Putin"}]}',
    );
  });
});

/** Real publishers' pages, read-only beside the repository (see shared/pages/README.md). */
const PAGES = sharedPagesDir(findProjectRoot(import.meta.dirname)) + path.sep;

// Fails, like every real-page test, when the pages are missing: a skipped check proves nothing.
describe('real pages with the fixture gazetteer', () => {
  it('has the shared pages beside the project', () => {
    expect(existsSync(PAGES), `${PAGES} is missing: put ../shared/pages beside the project or set BACKSTORY_PAGES`).toBe(true);
  });

  const cases: Array<[string, boolean]> = [
    ['readability/guardian-1/source.html', false], // no Syria/Russia term at all
    ['readability/breitbart/source.html', false],
    ['readability/cnn/source.html', false],
    ['readability/yahoo-2/source.html', false], // Russia page; Syria named once
    ['newspaper/tpm-kobane-syria.html', false], // Syria without Russia
    ['htmldate/mk-ru-ryazan-cyrillic.html', false], // Путин and Москва, no Syria
    ['htmldate/globalnews-syria-turkey-assad.html', true],
    ['scrapinghub/polygraph-russia-syria-rukban.html', true],
  ];
  it('marks nothing on off-topic pages and marks on-topic ones', async () => {
    const lines = await detectFiles(cases.map(([f]) => PAGES + f), FIXTURE_ENTITIES);
    expect(lines.map((l) => [l.file.slice(PAGES.length), l.onTopic])).toEqual(cases);
    for (const l of lines) expect(l.mentions.length > 0).toBe(l.onTopic);
    const polygraph = lines.at(-1)!;
    expect(new Set(polygraph.mentions.map((m) => m.entity))).toEqual(new Set(['syria', 'russia', 'damascus', 'bashar-al-assad']));
  }, 30_000);
});

describe('detect --explain', () => {
  it('says why each mention was marked, and what was found and not marked', async () => {
    const file = join(dir, 'explain.txt');
    await writeFile(file, 'Putin received al-Sharaa at Hmeimim.');
    const [line] = await detectFiles([file], FIXTURE_ENTITIES, { explain: true });
    expect(line!.page).toMatch(/^on topic/);
    expect(line!.mentions.map((m) => m.why)).toEqual([
      'alias "Putin" (en); topic: the page',
      'alias "al-Sharaa" (en); topic: the page',
      'alias "Hmeimim" (en); topic: the page',
    ]);
    expect(line!.rejected).toEqual([]);
    const off = join(dir, 'off.txt');
    await writeFile(off, 'Putin spoke.');
    const [offLine] = await detectFiles([off], FIXTURE_ENTITIES, { explain: true });
    expect(offLine!.mentions).toEqual([]);
    expect(offLine!.rejected![0]!.why).toMatch(/off topic/);
    expect(formatDetectLine(offLine!)).toContain('"rejected"');
  });

  it('gives the evidence of each section of a digest, and marks only its Syria item', async () => {
    const file = join(dir, 'digest.txt');
    const items = ['Moscow markets slip', 'Shares in Moscow fell; the Kremlin declined to comment, TASS said.'];
    const other = (n: number) => [`Kremlin news ${n}`, `Putin spoke in Moscow about roads, the Kremlin said (${n}).`];
    const text = [...items, ...other(1), 'Syria talks', 'Putin met al-Sharaa in the Kremlin about Hmeimim in Syria.', ...other(2), ...other(3)].join('\n');
    await writeFile(file, text);
    const [line] = await detectFiles([file], FIXTURE_ENTITIES, { explain: true });
    expect(line!.page).toMatch(/^on topic in 1 of \d+ sections/);
    expect(line!.sections!.filter((s) => s.onTopic).map((s) => s.title)).toEqual(['Syria talks']);
    const syria = text.indexOf('Syria talks');
    for (const m of line!.mentions) expect(m.start).toBeGreaterThanOrEqual(syria);
    expect(formatDetectLine(line!)).toContain('"sections"');
  });
});
