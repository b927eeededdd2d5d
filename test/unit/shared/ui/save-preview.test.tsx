// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle, UserArticleSummary } from '../../../../src/model/user-article';
import { Popup } from '../../../../src/popup/Popup';
import { SavePreview, type SaveState } from '../../../../src/shared/ui/SavePreview';
import { checkSave, fieldsFromExtracted, textExcerpt } from '../../../../src/shared/ui/save-draft';
import { saveRequestedInSearch } from '../../../../src/popup/tab-param';
import type { ArticleFields } from '../../../../src/shared/ui/article-fields';

afterEach(cleanup);

const LONG = 'Russian transport aircraft left Hmeimim air base on Tuesday. '.repeat(40);

function extracted(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://example.org/2025/03/14/hmeimim',
    title: 'Russia keeps its bases',
    outlet: 'Example Times',
    date: '2025-03-14',
    language: 'en',
    text: LONG,
    paragraphs: 3,
    found: { title: 'og', outlet: 'og', date: 'json-ld' },
    looksLikeArticle: true,
    shadowRoot: false,
    ms: 12,
    ...over,
  };
}

const MATCH: UserArticleSummary = {
  id: 'u-0123456789abcdef', title: 'Russia keeps its bases', outlet: 'Example Times', date: '2025-03-14', url: 'https://example.org/x',
  origin: 'saved', savedAt: 1, chars: 2000, entities: [],
};

/** The preview with its fields held in state, as the popup's hook holds them. */
function Harness(props: { article: ExtractedArticle; match?: UserArticleSummary | null; onSave?: (fields: ArticleFields) => void; error?: string }) {
  const [fields, setFields] = useState(fieldsFromExtracted(props.article));
  const state: SaveState = { kind: 'preview', article: props.article, match: props.match ?? null, fields, saving: false, error: props.error ?? null };
  return (
    <SavePreview
      state={state}
      onChange={(field, value) => setFields((f) => ({ ...f, [field]: value }))}
      onSave={() => props.onSave?.(fields)}
      onCancel={() => undefined}
      onOpenArticles={() => undefined}
    />
  );
}

const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

describe('SavePreview', () => {
  it('shows what the page gave, editable, with the address, language and the beginning of the text', () => {
    const onSave = vi.fn();
    render(<Harness article={extracted()} onSave={onSave} />);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Russia keeps its bases');
    expect((screen.getByLabelText('Outlet') as HTMLInputElement).value).toBe('Example Times');
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2025-03-14');
    expect((screen.getByLabelText('Author (optional)') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('https://example.org/2025/03/14/hmeimim')).toBeTruthy();
    expect(screen.getByText('English')).toBeTruthy();
    expect(document.querySelector('.bs-save-excerpt')!.textContent!.length).toBeLessThanOrEqual(302);
    expect(document.querySelectorAll('.bs-save-warnings li')).toHaveLength(0); // no warnings
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Russia keeps Hmeimim' } });
    fireEvent.click(saveButton());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Russia keeps Hmeimim' }));
  });

  it('says where each field came from, and which the page did not give', () => {
    render(<Harness article={extracted({ found: { title: 'og', outlet: 'title', date: 'text' }, author: undefined })} />);
    const lines = Array.from(document.querySelectorAll('.bs-save-sources li'), (li) => li.textContent);
    expect(lines).toEqual([
      "Title: the page's Open Graph tags",
      'Outlet: the end of the page title',
      'Date: the date printed on the page',
      'Author (optional): not found, please enter it',
    ]);
  });

  it('warns of a short text (a paywall teaser) and of a page that is not an article', () => {
    render(<Harness article={extracted({ text: 'Subscribe to read more about Tartus.', looksLikeArticle: false })} />);
    expect(screen.getByText(/Only 36 characters were found: this may be a teaser \(paywall\)/)).toBeTruthy();
    expect(screen.getByText(/does not look like an article/)).toBeTruthy();
    // A warning, not a refusal: the reader may still save what they see.
    expect(saveButton().disabled).toBe(false);
  });

  it('asks for a missing date and outlet, and keeps Save disabled until both are valid', () => {
    const onSave = vi.fn();
    render(<Harness article={extracted({ date: undefined, outlet: undefined })} onSave={onSave} />);
    expect(screen.getByText(/gives no publication date: enter it before saving/)).toBeTruthy();
    expect(screen.getByText(/does not name its outlet: enter it before saving/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the day it was published (year, month and day).')).toBeTruthy();
    fireEvent.click(saveButton());
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Outlet'), { target: { value: 'Example Times' } });
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2025-03-14' } });
    expect(saveButton().disabled).toBe(false);
    expect(screen.queryByText(/Enter the day/)).toBeNull();
  });

  it('names the field in trouble when the reader empties it or makes it too long', () => {
    render(<Harness article={extracted()} />);
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: '   ' } });
    expect(screen.getByText('Enter a title: one line, at most 500 characters.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'ok' } });
    fireEvent.input(screen.getByLabelText('Author (optional)'), { target: { value: 'x'.repeat(301) } });
    expect(screen.getByText(/The author must be one line of at most 300 characters/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
  });

  it('says when the address is already saved, and shows a failed save plainly', () => {
    render(<Harness article={extracted()} match={MATCH} error="QuotaExceededError" />);
    expect(screen.getByText('Already saved: “Russia keeps its bases”, 14 Mar 2025.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Could not save: QuotaExceededError');
  });

  it('refuses a page whose address is not a web page, saying so', () => {
    render(<Harness article={extracted({ url: 'file:///home/me/article.html' })} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Only web pages/);
    expect(saveButton().disabled).toBe(true);
  });

  it('shows page text with markup as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    render(<Harness article={extracted({ title: hostile, outlet: `<b>${hostile}</b>`, text: `${hostile} ${LONG}`, author: '<svg onload=alert(3)>' })} />);
    expect(document.querySelector('img, script, svg, b')).toBeNull();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(hostile);
    expect(document.querySelector('.bs-save-excerpt')!.textContent).toContain('<script>alert(2)</script>');
  });

  it('says plainly when the page cannot be read, and confirms a save or a duplicate', () => {
    const onOpenArticles = vi.fn();
    const props = { onChange: vi.fn(), onSave: vi.fn(), onCancel: vi.fn(), onOpenArticles };
    const { rerender } = render(<SavePreview {...props} state={{ kind: 'reading' }} />);
    expect(screen.getByRole('status').textContent).toBe('Reading the page…');
    rerender(<SavePreview {...props} state={{ kind: 'unreadable', problem: 'noContentScript', detail: null }} />);
    expect(screen.getByRole('alert').textContent).toBe('Backstory can\'t read this page (browser pages, PDFs…).');
    // A page whose main thread is busy never answers: the reader is told so, not left with "Reading the page…".
    rerender(<SavePreview {...props} state={{ kind: 'unreadable', problem: 'noAnswer', detail: null }} />);
    expect(screen.getByRole('alert').textContent).toBe('The page did not answer in time: it may be busy. Wait a moment, then try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(props.onCancel).toHaveBeenCalled();
    rerender(<SavePreview {...props} state={{ kind: 'saved', status: 'added' }} />);
    expect(screen.getByRole('status').textContent).toBe('Saved. It now gives background on this page and others.');
    fireEvent.click(screen.getByRole('button', { name: 'Your articles' }));
    expect(onOpenArticles).toHaveBeenCalled();
    rerender(<SavePreview {...props} state={{ kind: 'saved', status: 'duplicate' }} />);
    expect(screen.getByRole('status').textContent).toMatch(/already in your corpus/);
  });
});

describe('the popup with Save to Backstory', () => {
  const base = {
    controls: { host: 'example.org', domain: 'example.org', siteEnabled: true, scope: 'domain' as const, paused: false, busy: false, unreadable: null, onToggleSite: vi.fn(), onScopeChange: vi.fn(), onTogglePause: vi.fn() },
    findings: { state: { kind: 'loading' as const }, current: null, onReveal: vi.fn() },
    status: { status: null, error: null },
    search: <input aria-label="Search" />,
  };

  it('offers the button and the link, and the preview takes the place of search and the page lists', () => {
    const onSaveArticle = vi.fn();
    const onOpenArticles = vi.fn();
    const { rerender } = render(<Popup {...base} onSaveArticle={onSaveArticle} onOpenArticles={onOpenArticles} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to Backstory' }));
    fireEvent.click(screen.getByRole('button', { name: 'Your articles' }));
    expect(onSaveArticle).toHaveBeenCalledTimes(1);
    expect(onOpenArticles).toHaveBeenCalledTimes(1);
    rerender(<Popup {...base} onSaveArticle={onSaveArticle} savePanel={<p>preview</p>} />);
    expect(screen.queryByRole('textbox', { name: 'Search' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save to Backstory' })).toBeNull();
    expect(screen.getByText('preview')).toBeTruthy();
  });

  it('says when the article on this page is already in the reader\u2019s articles, and how it got there', () => {
    const savedAt = Date.UTC(2025, 10, 4, 12);
    const { rerender } = render(<Popup {...base} onSaveArticle={vi.fn()} savedHere={{ title: 'T', savedAt, origin: 'saved' }} />);
    expect(screen.getByText('Saved to your articles on 4 Nov 2025.')).toBeTruthy();
    rerender(<Popup {...base} onSaveArticle={vi.fn()} savedHere={{ title: 'T', savedAt, origin: 'pack' }} />);
    expect(screen.getByText('In your articles from a pack (imported 4 Nov 2025).')).toBeTruthy();
    rerender(<Popup {...base} onSaveArticle={vi.fn()} savedHere={null} />);
    expect(screen.queryByText(/your articles/i, { selector: 'p' })).toBeNull();
  });
});

describe('save helpers', () => {
  it('builds the article from the page and the corrected fields, leaving out a bad language tag', () => {
    const check = checkSave(extracted({ language: 'not a tag' }), { title: ' A title ', outlet: 'Out', date: '2025-03-14', author: ' ' });
    expect(check).toEqual({ ok: true, article: { url: 'https://example.org/2025/03/14/hmeimim', title: 'A title', outlet: 'Out', date: '2025-03-14', dateSource: 'page', text: LONG } });
  });

  it('keeps where the date came from: the page’s kept as it was, else the reader’s (entered or corrected)', () => {
    const fields = { title: 'A title', outlet: 'Out', date: '2025-03-14', author: '' };
    const dateOf = (check: ReturnType<typeof checkSave>) => (check.ok ? check.article.dateSource : 'refused');
    expect(dateOf(checkSave(extracted(), fields))).toBe('page');
    expect(dateOf(checkSave(extracted(), { ...fields, date: '2025-03-15' }))).toBe('reader');
    expect(dateOf(checkSave(extracted({ date: undefined, found: {} }), fields))).toBe('reader');
  });

  it('cuts the excerpt at a space', () => {
    expect(textExcerpt('one two three', 8)).toBe('one two …');
    expect(textExcerpt('short')).toBe('short');
  });

  it('reads ?save=1', () => {
    expect(saveRequestedInSearch('?tab=3&save=1')).toBe(true);
    expect(saveRequestedInSearch('?tab=3')).toBe(false);
  });
});
