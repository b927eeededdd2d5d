import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { CorpusBundle } from '../../src/model/corpus-types';
import { sendRaw } from './harness/extension-page';
import { forEachBrowser, TIMEOUT, useBrowser, type TestPage } from './harness/lifecycle';
import { compiledCorpusFile } from './harness/paths';
import { readStoredCorpus } from './harness/read-idb';

const bundled = JSON.parse(readFileSync(compiledCorpusFile, 'utf8')) as CorpusBundle;

function expectImported(stored: Awaited<ReturnType<typeof readStoredCorpus>>) {
  expect(stored.version).toBe(bundled.version);
  expect(stored.entities).toBe(bundled.entities.length);
  expect(stored.articles).toBe(bundled.articles.length);
  expect(stored.passages).toBe(bundled.passages.length);
  expect(stored.hmeimimAliases).toEqual(expect.arrayContaining(['Khmeimim', 'حميميم', 'Хмеймим']));
}

/** Which store answers the popup's status request, and with which corpus. */
async function backendAnswering(ext: TestPage): Promise<{ backend: string; version: string }> {
  const { result } = (await sendRaw(ext, { type: 'getStatus' })) as { result: { backend: string; version: string } };
  return { backend: result.backend, version: result.version };
}

forEachBrowser('the corpus in IndexedDB after install', (name) => {
  const env = useBrowser(name);

  it('imports the bundled corpus on install and answers from IndexedDB', async () => {
    const ext = await env.browser.openExtensionPage('options.html');
    // The import starts on install; the bundle answers meanwhile, and IndexedDB once it has committed.
    await expect.poll(() => backendAnswering(ext), { timeout: TIMEOUT.ui }).toEqual({ backend: 'indexeddb', version: bundled.version });
    expectImported(await readStoredCorpus(ext));
  });
});
