/**
 * Backups without a ceiling (issue 26): 12,000 saved articles of 6 KB each (72 MB of text, which used to
 * fail with "Message exceeded maximum allowed size of 64MiB") are exported from the options page, imported
 * on the options page of a fresh browser, and come back identical and still "saved by you" (a re-imported
 * export used to come back "from a pack", and the next export said there was nothing to export).
 *
 * The 12,000 are seeded straight into the extension's IndexedDB from one of its pages, as records exactly
 * as saving writes them (built here by the model's own `toUserArticleRecord`), in batches: saving them
 * one by one through the popup would recompile the corpus 12,000 times.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { articleContentHash, toUserArticleRecord, type ArticleInput, type UserArticleRecord } from '../../../src/model/user-article';
import { readPackArticles, validatePack, type PackSource } from '../../../src/pack/read-pack';
import { forEachBrowser, launch, TIMEOUT, useBrowser, type TestPage } from '../harness/lifecycle';
import { ok, role } from './user-corpus-helpers';

const COUNT = 12_000;
const TEXT_CHARS = 6_000;
const PACK_INPUT = 'input[type=file][accept*=".backstory"]';
const WORDS = ['officials', 'port', 'Tartus', 'Damascus', 'Moscow', 'talks', 'grain', 'shipment', 'lease', 'base', 'convoy', 'ministry', 'said', 'on', 'Monday', 'the', 'of', 'and', 'a', 'new', 'agreement', 'workers', 'quay', 'navy'];

/** A 6 KB report, different for each `i` (a small linear congruential generator picks the words). */
function report(i: number): ArticleInput {
  let seed = (i * 2654435761) >>> 0;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < TEXT_CHARS) {
    const words = [`Report ${i}, paragraph ${paragraphs.length + 1}:`];
    for (let w = 0; w < 60; w++) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      words.push(WORDS[seed % WORDS.length]!);
    }
    const paragraph = `${words.join(' ')}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return { url: `https://backup.example/report/${i}`, title: `Report ${i} from the Tartus quay`, outlet: 'Backup Example', date: '2025-10-20', text: paragraphs.join('\n\n') };
}

/** Writes records into the extension's IndexedDB from one of its pages, with IndexedDB itself. */
function putRecords(records: UserArticleRecord[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('userArticles', 'readwrite');
      for (const record of records) tx.objectStore('userArticles').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve(records.length);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function exportFrom(page: TestPage): Promise<Uint8Array> {
  const button = await role(page, { role: 'button', name: '^Export my saved articles$' });
  expect(button.count).toBe(1);
  // 72 MB of text through pages and a deflater on a loaded machine: more than a click's usual wait.
  const download = await page.download(() => page.click(button.point!), 240_000);
  expect(download.filename).toMatch(/^backstory-articles-\d{4}-\d{2}-\d{2}\.backstory$/);
  await expect.poll(() => page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? ''), { timeout: TIMEOUT.ui }).toMatch(/12,000/);
  return download.bytes;
}

const sourceOf = (bytes: Uint8Array): PackSource => ({ name: 'backup.backstory', stream: () => new Blob([new Uint8Array(bytes)]).stream() });
const articlesJsonl = (bytes: Uint8Array) => strFromU8(unzipSync(new Uint8Array(bytes))['articles.jsonl']!);

forEachBrowser('a backup of 12,000 saved articles', (name) => {
  const env = useBrowser(name);

  it('exports in pages, imports on a fresh browser, and comes back identical and still saved by you', async () => {
    const inputs = Array.from({ length: COUNT }, (_, i) => report(i));
    const options = await env.browser.openExtensionPage('options.html', PACK_INPUT);
    // The database exists once the background has opened it.
    await ok(options, { type: 'listUserArticles' });
    let seeded = 0;
    const started = Date.now();
    for (let i = 0; i < COUNT; i += 500) {
      const records = inputs.slice(i, i + 500).map((input, k) => toUserArticleRecord(input, 'saved', 1_700_000_000_000 + i + k));
      seeded += await options.evaluate(putRecords, records);
    }
    expect(seeded).toBe(COUNT);
    console.log(`${name}: seeded ${COUNT} articles in ${Date.now() - started} ms`);

    const exportStarted = Date.now();
    const backup = await exportFrom(options);
    console.log(`${name}: exported ${COUNT} articles (${(inputs.reduce((n, a) => n + a.text.length, 0) / 1048576).toFixed(1)} MiB of text) into ${(backup.length / 1048576).toFixed(1)} MiB in ${Date.now() - exportStarted} ms`);
    const checked = await validatePack(sourceOf(backup));
    expect(checked.problems).toEqual([]);
    expect(checked.manifest).toMatchObject({ name: 'My Backstory articles', articleCount: COUNT, origin: 'saved' });
    // Every article, as it was saved (compared by address and text hash, to keep the test's memory small).
    const expected = new Map(inputs.map((a) => [a.url, articleContentHash(a.text)]));
    let read = 0;
    for await (const chunk of readPackArticles(sourceOf(backup), 500)) {
      for (const a of chunk.articles) {
        expect(articleContentHash(a.text)).toBe(expected.get(a.url));
        read++;
      }
    }
    expect(read).toBe(COUNT);
    await options.close();

    // A fresh browser: the reader's new machine.
    const fresh = await launch(name);
    try {
      const page = await fresh.openExtensionPage('options.html', PACK_INPUT);
      const importStarted = Date.now();
      await page.setInputFile(PACK_INPUT, { name: 'backup.backstory', mimeType: 'application/zip', bytes: backup });
      await expect
        .poll(() => page.evaluate(() => Array.from(document.querySelectorAll('[role=status], [role=alert]')).map((e) => e.textContent ?? '').join('\n')), { timeout: 300_000, interval: 1000 })
        .toMatch(/Imported 12,000 articles from My Backstory articles \(0 were already/);
      console.log(`${name}: imported the backup in ${Date.now() - importStarted} ms`);
      const listed = await ok<{ articles: Array<{ origin: string; packId?: string }>; packs: unknown[] }>(page, { type: 'listUserArticles' });
      expect(listed.articles).toHaveLength(COUNT);
      expect(listed.articles.every((a) => a.origin === 'saved' && a.packId === undefined)).toBe(true);
      expect(listed.packs).toEqual([]);

      // What a person sees on "Your articles": saved by you, never from a pack.
      const yours = await fresh.openExtensionPage('articles.html', '#app');
      const chips = () => yours.evaluate(() => Array.from(document.querySelectorAll('.bs-chip')).slice(0, 50).map((c) => c.textContent ?? ''));
      await expect.poll(async () => (await chips()).length, { timeout: 120_000, interval: 1000 }).toBeGreaterThan(0);
      expect(new Set(await chips())).toEqual(new Set(['saved by you']));
      await yours.screenshot('backup-12k-your-articles');
      await yours.close();

      // Exported again from the new browser: the same articles, byte for byte.
      const again = await exportFrom(page);
      expect(articlesJsonl(again) === articlesJsonl(backup)).toBe(true);
      await page.close();
    } finally {
      await fresh.close();
    }
  }, 900_000);
});
