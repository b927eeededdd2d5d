import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusBundle } from '../../src/model/corpus-types';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { sendRaw } from './harness/extension-page';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { chromeBuild } from './harness/paths';
import { readStoredCorpus } from './harness/read-idb';

const bundled = JSON.parse(readFileSync(path.join(chromeBuild, 'corpus.json'), 'utf8')) as CorpusBundle;

function expectImported(stored: Awaited<ReturnType<typeof readStoredCorpus>>) {
  expect(stored.version).toBe(bundled.version);
  expect(stored.entities).toBe(bundled.entities.length);
  expect(stored.articles).toBe(bundled.articles.length);
  expect(stored.passages).toBe(bundled.passages.length);
  expect(stored.hmeimimAliases).toEqual(expect.arrayContaining(['Khmeimim', 'حميميم', 'Хмеймим']));
}

/** Which store answers the popup's status request, and with which corpus. */
async function backendAnswering(ext: Parameters<typeof sendRaw>[0]): Promise<{ backend: string; version: string }> {
  const { result } = (await sendRaw(ext, { type: 'getStatus' })) as { result: { backend: string; version: string } };
  return { backend: result.backend, version: result.version };
}

describe('the corpus in IndexedDB after install', () => {
  describe('Chromium', () => {
    let browser: ChromiumSession;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('imports the bundled corpus on install and answers from IndexedDB', async () => {
      const ext = await browser.openExtensionPage('options.html');
      // The import starts on install; the bundle answers meanwhile, and IndexedDB once it has committed.
      await expect.poll(() => backendAnswering(ext), { timeout: 15_000 }).toEqual({ backend: 'indexeddb', version: bundled.version });
      expectImported(await readStoredCorpus(ext));
    });
  });

  describe('Firefox ESR', () => {
    let firefox: FirefoxSession;
    beforeAll(async () => {
      firefox = await launchFirefox();
    });
    afterAll(() => firefox?.close());

    it('imports the bundled corpus on install and answers from IndexedDB', async () => {
      const ext = await firefox.openExtensionPage('options.html', 'body');
      await expect.poll(() => backendAnswering(ext), { timeout: 15_000 }).toEqual({ backend: 'indexeddb', version: bundled.version });
      expectImported(await readStoredCorpus(ext));
    });
  });
});
