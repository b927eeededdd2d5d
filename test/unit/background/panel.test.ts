import { describe, expect, it, vi } from 'vitest';
import { readPageHandler } from '../../../src/background/panel';

/**
 * The side panel's "this page in context": the page read against the corpus served now (here the small
 * hand-made corpus, in memory: fixtures/fake-corpus-access.ts), with the seeds the package ships.
 */
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fixtures/fake-browser')).fakeBrowser }));
vi.mock('../../../src/background/corpus-access', async () => ({
  ...(await import('./fixtures/fake-corpus-access')).fakeCorpusAccess,
  loadSeedFiles: (await import('../compiler/seed-files')).seedFiles,
}));

describe('readPageHandler', () => {
  it('names what the page names, as the corpus served identifies them', async () => {
    const context = await readPageHandler({
      type: 'readPageInContext',
      page: {
        url: 'https://news.example/hmeimim',
        title: 'Planes leave Hmeimim',
        text: 'Russian planes left the Hmeimim air base on Tuesday, its commander said.\n\nPutin did not comment on the move.',
        looksLikeArticle: true,
      },
    });
    // The names as the served corpus describes them (the small corpus's words, not the seeds').
    expect(context.names.map(({ id, description }) => ({ id, description }))).toEqual([
      { id: 'hmeimim', description: 'Russian air base near Latakia.' },
      { id: 'putin', description: 'Russian president.' },
    ]);
    expect(context.corpus).toEqual({ version: 'v-test', asOf: '2025-10-16', articleCount: 2 });
    expect(context.compared.articles).toBe(2);
    // Read, never stored: the page is not an article of the corpus.
    expect(context.page).toMatchObject({ url: 'https://news.example/hmeimim', inCorpus: null });
  });
});
