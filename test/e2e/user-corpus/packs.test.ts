/**
 * Corpus packs, end to end: a pack built by the CLI (`npx backstory pack build`) from a folder of article
 * files written here imports on the options page, and its articles appear in cards and search. Invalid
 * packs are refused with the exact reason and change nothing; an import interrupted by stopping the
 * background completes or rolls back, never leaves half a pack.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildPack } from '../../../src/pack/write-pack';
import type { ArticleInput } from '../../../src/model/user-article';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { root, tempProfile } from '../harness/paths';
import { byRole } from '../ui-probes';
import { chipsOnCard, ok, searchPageShows } from './user-corpus-helpers';

const PACK_INPUT = 'input[type=file][accept*=".backstory"]';
// Seed articles rendered as news pages: one names Hmeimim, the other Tartus.
const HMEIMIM_PAGE = '/seed/003_3db1887f22c04c2b.html';

/** A folder of article files, written for this test, in the three forms `pack build` reads. */
function articleFolder(): string {
  const dir = tempProfile('pack-articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'hmeimim.txt'),
    [
      '---',
      'url: https://desk.example/2025/11/10/hmeimim-flights',
      'title: Transport flights resume at Hmeimim',
      'outlet: Desk Example',
      'author: Lena Sorokina',
      'date: 2025-11-10',
      // The desk did not know the day: the card must say the date was assumed.
      'dateSource: assumed',
      'language: en',
      '---',
      'Russian transport aircraft landed at the Hmeimim air base on Sunday for the first time in six weeks, the Syrian defence ministry said.',
      '',
      "The ministry said the flights carried spare parts for the base's runway lighting and would continue through the winter.",
      '',
    ].join('\n'),
  );
  const dock: ArticleInput = {
    url: 'https://desk.example/2025/11/12/tartus-dock',
    title: 'Floating dock leaves Tartus',
    outlet: 'Desk Example',
    date: '2025-11-12',
    text: 'A floating dock used by the Russian navy left the naval facility at Tartus on Tuesday under tow, port workers said.\n\nThe workers said the dock was bound for Sevastopol.',
  };
  writeFileSync(path.join(dir, 'dock.json'), JSON.stringify(dock));
  const airport: ArticleInput = {
    url: 'https://desk.example/2025/11/14/qamishli',
    title: 'Qamishli airport reopens to civilian flights',
    outlet: 'Desk Example',
    date: '2025-11-14',
    text: 'Qamishli airport reopened to civilian flights on Thursday, the local administration said.',
  };
  writeFileSync(path.join(dir, 'airport.jsonl'), `${JSON.stringify(airport)}\n`);
  return dir;
}

/** `npx backstory pack build <folder> --out <file>`: the command a desk would run. */
function packFromCli(folder: string, name: string): Uint8Array {
  const out = path.join(tempProfile('pack-out'), 'desk.backstory');
  mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, [path.join(root, 'src/cli/backstory.mjs'), 'pack', 'build', folder, '--out', out, '--name', name], { cwd: root, stdio: 'pipe' });
  return readFileSync(out);
}

/** The same zip with its entries changed: how a damaged or hand-edited pack arrives. */
function edited(pack: Uint8Array, edit: (entries: { manifest: any; lines: string[] }) => void): Uint8Array {
  const files = unzipSync(pack);
  const entries = { manifest: JSON.parse(strFromU8(files['manifest.json']!)), lines: strFromU8(files['articles.jsonl']!).trimEnd().split('\n') };
  edit(entries);
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(entries.manifest, null, 2)), 'articles.jsonl': strToU8(`${entries.lines.join('\n')}\n`) });
}

const alertText = (page: TestPage) => page.evaluate(() => Array.from(document.querySelectorAll('[role=alert]')).map((e) => e.textContent ?? '').join('\n'));
const statusText = (page: TestPage) => page.evaluate(() => Array.from(document.querySelectorAll('[role=status]')).map((e) => e.textContent ?? '').join('\n'));

forEachBrowser('corpus packs', (name) => {
  const env = useBrowser(name, { keepProfile: true });
  let pack: Uint8Array;

  it('imports a pack the CLI built, and its articles appear in cards and search, marked as from a pack', async () => {
    pack = packFromCli(articleFolder(), 'Desk picks');
    const options = await env.browser.openExtensionPage('options.html', PACK_INPUT);
    await options.setInputFile(PACK_INPUT, { name: 'desk.backstory', mimeType: 'application/zip', bytes: pack });
    await expect.poll(() => statusText(options), { timeout: TIMEOUT.ui }).toMatch(/Imported 3 articles from Desk picks/);
    await options.screenshot('pack-imported');

    const results = await searchPageShows(env.browser, 'floating dock Sevastopol', 'floating dock');
    expect(results.find((r) => r.includes('floating dock'))).toContain('Desk Example');
    // The corpus compiled with the pack: the Hmeimim card on a news page cites the pack's report.
    await expect
      .poll(async () => (await chipsOnCard(env.browser, env.server.url + HMEIMIM_PAGE, 'Hmeimim', 'card-pack-date-assumed')).filter((c) => c.includes('from a pack')), { timeout: TIMEOUT.scan, interval: 1000 })
      .toEqual([expect.stringMatching(/^Desk Example · .*\(date assumed\)/)]);
    const listed = await ok<{ packs: Array<{ name: string; articles: number }>; articles: Array<{ origin: string }> }>(options, { type: 'listUserArticles' });
    expect(listed.packs).toEqual([expect.objectContaining({ name: 'Desk picks', articles: 3 })]);
    expect(listed.articles.map((a) => a.origin)).toEqual(['pack', 'pack', 'pack']);
    await options.close();
  });

  it('refuses invalid packs with the exact reason, and changes nothing', async () => {
    const options = await env.browser.openExtensionPage('options.html', PACK_INPUT);
    const before = await ok(options, { type: 'listUserArticles' });
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['bad-json.backstory', edited(pack, (e) => (e.lines[1] = '{"url": "https://desk.example/x", "title": ')), /bad-json\.backstory\/articles\.jsonl:2: not valid JSON/],
      ['version.backstory', edited(pack, (e) => (e.manifest.formatVersion = 2)), /version\.backstory\/manifest\.json:\d+: the file is format version 2, but this version of Backstory reads format version 1 only: update Backstory/],
      [
        'missing.backstory',
        edited(pack, (e) => {
          const line = JSON.parse(e.lines[2]!);
          delete line.date;
          e.lines[2] = JSON.stringify(line);
        }),
        /missing\.backstory\/articles\.jsonl:3: missing field "date"/,
      ],
      [
        'duplicate.backstory',
        edited(pack, (e) => {
          e.lines.push(e.lines[0]!);
          e.manifest.articleCount = 4;
        }),
        /duplicate\.backstory\/articles\.jsonl:4: duplicate article: same address (and same text )?as articles\.jsonl:1/,
      ],
    ];
    for (const [file, bytes, reason] of cases) {
      await options.setInputFile(PACK_INPUT, { name: file, mimeType: 'application/zip', bytes });
      await expect.poll(() => alertText(options), { timeout: TIMEOUT.ui }).toMatch(reason);
      expect(await alertText(options)).toMatch(/nothing was imported/i);
      if (file === 'version.backstory') await options.screenshot('pack-refused');
    }
    expect(await ok(options, { type: 'listUserArticles' })).toEqual(before);
    await options.close();
  });

  it('removes a pack as a whole', async () => {
    const page = await env.browser.openExtensionPage('articles.html', '#app');
    const remove = async (label: string) => {
      let match = await page.evaluate(byRole, { role: 'button', name: label });
      await expect.poll(async () => (match = await page.evaluate(byRole, { role: 'button', name: label })).count, { timeout: TIMEOUT.ui }).toBeGreaterThan(0);
      await page.click(match.point!);
    };
    await remove('^Remove pack Desk picks$');
    await remove('^Yes, remove the pack$');
    // The notice is the reader's sign that the removal is done: from then on, nothing of the pack answers.
    await expect.poll(() => page.evaluate(() => Array.from(document.querySelectorAll('[role=status]'), (e) => e.textContent).join(' ')), { timeout: TIMEOUT.ui }).toMatch(/Removed the pack Desk picks/);
    expect((await ok<{ articles: unknown[]; packs: unknown[] }>(page, { type: 'listUserArticles' })).packs).toEqual([]);
    expect((await ok<{ articles: unknown[] }>(page, { type: 'listUserArticles' })).articles).toEqual([]);
    const search = await ok<{ results: Array<{ passage: string }> }>(page, { type: 'search', query: 'floating dock Sevastopol' });
    expect(search.results.some((r) => r.passage.includes('floating dock'))).toBe(false);
    await page.close();
  });

  it('never leaves half a pack when the background is stopped in the middle of an import', async () => {
    const { browser } = env;
    const many: ArticleInput[] = Array.from({ length: 3000 }, (_, i) => ({
      url: `https://desk.example/bulk/${i}`,
      title: `Bulletin ${i}`,
      outlet: 'Desk Example',
      date: '2025-11-20',
      text: `Bulletin ${i}: port workers in Tartus counted ${i} containers on the quay, the harbour office said.`,
    }));
    const big = buildPack({ name: 'Bulk bulletins', corpusVersion: 'test' }, many);
    const options = await browser.openExtensionPage('options.html', PACK_INPUT);
    await options.setInputFile(PACK_INPUT, { name: 'bulk.backstory', mimeType: 'application/zip', bytes: big });
    // Wait until the import is writing (a chunk stored, as the page's progress says), then stop the background.
    const written = () => options.evaluate(() => Number(/Importing: ([\d,]+) of/.exec(document.body.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0));
    await expect.poll(written, { timeout: TIMEOUT.scan, interval: 50 }).toBeGreaterThan(0);
    const native = browser.native;
    if (native.name === 'chromium') {
      const cdp = await native.context.newCDPSession((options.native as { page: Page }).page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The options page is still open: the import restarts on a rolled-back pack and completes.
      await expect.poll(async () => `${await statusText(options)} ${await alertText(options)}`, { timeout: 120_000, interval: 500 }).toMatch(/Imported 3,?000 articles from Bulk bulletins/);
      await options.close();
    } else {
      // Firefox MV3 runs the background as an event page that WebDriver BiDi cannot stop: the browser
      // quitting in the middle of the import is the nearest fault, and a harsher one.
      await browser.restart();
    }
    const ext = await browser.openExtensionPage('options.html', PACK_INPUT);
    const after = await ok<{ articles: unknown[]; packs: Array<{ name: string; articles: number }> }>(ext, { type: 'listUserArticles' });
    // All of it, with its pack complete, or none of it.
    if (after.packs.length === 0) expect(after.articles).toHaveLength(0);
    else {
      expect(after.packs).toEqual([expect.objectContaining({ name: 'Bulk bulletins', articles: 3000 })]);
      expect(after.articles).toHaveLength(3000);
    }
    if (native.name === 'chromium') expect(after.packs).toHaveLength(1);
    console.log(`${name}: after the stop, ${after.articles.length} articles in ${after.packs.length} packs`);
    await ext.close();
  }, 240_000);
});
