// @vitest-environment happy-dom
// The page wired to a fake background: a removal hands back the record, and Undo sends that record back.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../../../../src/shared/messaging/background-request';
import { ARTICLES, PACK } from './articles-fixtures';

const sent: BackgroundRequest[] = [];
const RECORD = { ...ARTICLES[0], v: 1, text: 'text', contentHash: '0'.repeat(32), urlKey: 'example.org/u1' };
let listed = ARTICLES;

// The runtime the page's messaging client reads (src/shared/messaging/runtime.ts).
vi.stubGlobal('browser', {
  runtime: {
    sendMessage: async (request: BackgroundRequest) => {
      sent.push(request);
      switch (request.type) {
        case 'listUserArticles':
          return { result: { articles: listed, packs: [PACK], corpus: { articles: listed.length, pending: false } } };
        case 'removeUserArticle':
          listed = ARTICLES.slice(1);
          return { result: { removed: RECORD } };
        case 'restoreUserArticle':
          listed = ARTICLES;
          return { result: { restored: true } };
        case 'updateUserArticle':
          return { error: 'QuotaExceededError' };
        default:
          return { error: `unexpected ${request.type}` };
      }
    },
  },
});

const { ArticlesContainer } = await import('../../../../src/pages/articles/ArticlesContainer');

afterEach(cleanup);

describe('ArticlesContainer', () => {
  it('removes, then restores the very record the background returned', async () => {
    render(<ArticlesContainer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove “Russia keeps Hmeimim”' }));
    const undo = (await screen.findByRole('button', { name: 'Undo' })) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false)); // enabled once the list is read again
    fireEvent.click(undo);
    await screen.findByText('“Russia keeps Hmeimim” is back.');
    expect(sent.filter((r) => r.type !== 'listUserArticles')).toEqual([
      { type: 'removeUserArticle', id: 'u-0000000000000001' },
      { type: 'restoreUserArticle', article: RECORD },
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove “Russia keeps Hmeimim”' })).toBeTruthy());
  });

  it('shows a failed edit plainly and keeps the form open', async () => {
    render(<ArticlesContainer />);
    const edit = (await screen.findByRole('button', { name: 'Edit “Russia keeps Hmeimim”' })) as HTMLButtonElement;
    fireEvent.click(edit);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work: Something went wrong (QuotaExceededError).');
    expect(screen.getByRole('form')).toBeTruthy();
  });
});
