// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticlesView, type ArticlesViewProps } from '../../../../src/pages/articles/ArticlesView';
import { filterArticles } from '../../../../src/pages/articles/filter-articles';
import { ARTICLES, HOSTILE, PACK, summary } from './articles-fixtures';

afterEach(cleanup);

function renderView(over: Partial<ArticlesViewProps> = {}) {
  const props: ArticlesViewProps = {
    data: { articles: ARTICLES, packs: [PACK], corpus: { articles: 3, pending: false } },
    loadError: null,
    notice: null,
    undo: null,
    busy: false,
    onUpdate: vi.fn(async () => true),
    onRemove: vi.fn(),
    onUndo: vi.fn(),
    onRemovePack: vi.fn(),
    ...over,
  };
  const result = render(<ArticlesView {...props} />);
  return { props, ...result };
}

const rows = () => [...document.querySelectorAll('.bs-article')] as HTMLElement[];

describe('ArticlesView', () => {
  it('lists each article, newest first, with where it came from, a reader link and its background names', () => {
    renderView();
    expect(rows().map((r) => r.querySelector('h3')!.textContent)).toEqual(['Russia keeps Hmeimim', 'Переговоры о Тартусе', 'محادثات دمشق']);
    const first = within(rows()[0]!);
    expect(first.getByRole('link', { name: 'Russia keeps Hmeimim' }).getAttribute('href')).toBe('reader.html?article=u-0000000000000001');
    expect(first.getByText('saved by you')).toBeTruthy();
    // The author is isolated in a <bdi> inside the sentence; the row reads as one line.
    expect(rows()[0]!.querySelector('.bs-article-meta')?.textContent).toMatch(/by Jane Doe/);
    expect(first.getByRole('link', { name: 'Hmeimim air base' }).getAttribute('href')).toBe('search.html?q=Hmeimim%20air%20base');
    expect(rows()[1]!.querySelector('.bs-chip')?.textContent).toBe('from pack Desk picks');
    expect(within(rows()[1]!).getByText(/No name from the corpus/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '3 articles' })).toBeTruthy();
  });

  it('filters by title, outlet, pack and background names, folded', () => {
    renderView();
    const box = screen.getByRole('searchbox', { name: 'Search your articles' });
    fireEvent.input(box, { target: { value: 'hmeimim' } });
    expect(rows()).toHaveLength(1);
    fireEvent.input(box, { target: { value: 'КОММЕРСАНТ' } });
    expect(rows().map((r) => r.dataset.articleId)).toEqual(['u-0000000000000002']);
    fireEvent.input(box, { target: { value: 'desk picks' } });
    expect(rows()).toHaveLength(2);
    fireEvent.input(box, { target: { value: 'nothing like this' } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No article matches “nothing like this”.')).toBeTruthy();
  });

  it('removes an article and offers Undo in its notice', () => {
    const { props, rerender } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Russia keeps Hmeimim”' }));
    expect(props.onRemove).toHaveBeenCalledWith(ARTICLES[0]);
    rerender(<ArticlesView {...props} undo={{ title: 'Russia keeps Hmeimim' }} />);
    expect(screen.getByRole('status').textContent).toContain('Removed “Russia keeps Hmeimim”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
  });

  it('edits the metadata, refusing an empty title, and closes the form once saved', async () => {
    const { props } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Russia keeps Hmeimim”' }));
    const form = within(screen.getByRole('form', { name: 'Edit “Russia keeps Hmeimim”' }));
    const save = form.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement;
    fireEvent.input(form.getByLabelText('Title'), { target: { value: '' } });
    expect(save.disabled).toBe(true);
    expect(form.getByText(/Enter a title/)).toBeTruthy();
    fireEvent.input(form.getByLabelText('Title'), { target: { value: 'Russia keeps Hmeimim, for now' } });
    fireEvent.input(form.getByLabelText('Date'), { target: { value: '2025-03-15' } });
    fireEvent.click(save);
    expect(props.onUpdate).toHaveBeenCalledWith('u-0000000000000001', { title: 'Russia keeps Hmeimim, for now', outlet: 'Example Times', date: '2025-03-15', author: 'Jane Doe' });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('asks before removing a pack', () => {
    const { props } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Remove pack Desk picks' }));
    expect(props.onRemovePack).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Remove the pack “Desk picks” and every article that came with it?');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove pack Desk picks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove the pack' }));
    expect(props.onRemovePack).toHaveBeenCalledWith(PACK);
    expect(screen.getByText('2 articles, imported 2 Mar 2025')).toBeTruthy();
  });

  it('says when there is nothing yet, when the corpus is updating, and what went wrong', () => {
    const { rerender, props } = renderView({ data: { articles: [], packs: [], corpus: { articles: 0, pending: true, problem: { code: 'storage_quota' } } } });
    expect(screen.getByText(/You have not saved any articles yet/)).toBeTruthy();
    expect(screen.getByText('Updating your corpus…')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Your articles could not be added to the corpus: the browser has no storage space left for Backstory; cards show the corpus as it was. Free some space, or remove articles or packs.');
    expect(screen.getByText(/No pack imported/)).toBeTruthy();
    rerender(<ArticlesView {...props} data={null} loadError="No reply" />);
    expect(screen.getByRole('alert').textContent).toBe('Could not read your articles: No reply');
  });

  it('shows hostile titles, outlets, names and pack names as text', () => {
    const evil = summary('u-00000000000000ee', {
      title: HOSTILE, outlet: `<b>${HOSTILE}</b>`, author: '<svg onload=alert(3)>', origin: 'pack', packId: PACK.id,
      entities: [{ id: 'x', name: '<iframe src=javascript:alert(4)>', type: 'person' }],
    });
    renderView({ data: { articles: [evil], packs: [{ ...PACK, name: HOSTILE }], corpus: { articles: 1, pending: false, problem: { code: 'compile_failed', detail: '<script>alert(5)</script>' } } } });
    expect(document.querySelector('img, script, svg, b, iframe')).toBeNull();
    expect(rows()[0]!.querySelector('h3')!.textContent).toBe(HOSTILE);
    expect([...document.querySelectorAll('.bs-chip')].map((c) => c.textContent)).toContain(`from pack ${HOSTILE}`);
    fireEvent.click(screen.getByRole('button', { name: `Edit “${HOSTILE}”` }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(HOSTILE);
    expect(document.querySelector('img, script, svg, b, iframe')).toBeNull();
  });
});

describe('filterArticles', () => {
  it('needs every word, in any field', () => {
    expect(filterArticles(ARTICLES, [PACK], 'russia jane').map((a) => a.id)).toEqual(['u-0000000000000001']);
    expect(filterArticles(ARTICLES, [PACK], '  ')).toHaveLength(3);
    expect(filterArticles(ARTICLES, [PACK], 'دمشق').map((a) => a.id)).toEqual(['u-0000000000000003']);
  });
});
