// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel, type SearchPanelProps } from '../../../../src/shared/ui/SearchPanel';
import type { SearchState } from '../../../../src/shared/ui/use-search';
import { ENTITIES, response, result } from '../../popup/fixtures';

afterEach(cleanup);

/** The listbox's options (the filter <select>s have options too). */
const searchBox = () => screen.getByRole('combobox', { name: 'Search the corpus' });
const listOptions = () => within(screen.getByRole('listbox')).queryAllByRole('option');

function renderPanel(state: Partial<SearchState>, overrides: Partial<SearchPanelProps> = {}) {
  const props: SearchPanelProps = {
    state: { query: '', filters: {}, response: null, pending: false, error: null, ...state },
    onQueryChange: vi.fn(),
    onFiltersChange: vi.fn(),
    entities: ENTITIES,
    suggestions: ENTITIES.slice(0, 3),
    outlets: ['Reuters', 'TASS'],
    onOpenResult: vi.fn(),
    ...overrides,
  };
  render(<SearchPanel {...props} />);
  return props;
}

const R1 = result('p1', 'Russian jets left Hmeimim on Monday, the ministry said.', ['Hmeimim']);
const R2 = result('p2', 'Talks on Hmeimim and Tartus continued in Moscow.', ['Hmeimim', 'Tartus'], { outlet: 'TASS', date: '2025-01-29' });
const R3 = result('p3', 'Трафик через авиабазу Хмеймим вырос.', ['Хмеймим'], { outlet: 'Kommersant' });

describe('SearchPanel results', () => {
  it('shows each passage with its matched words in <mark>, its outlet, date and the entities it names', () => {
    renderPanel({ query: 'Khmeimim', response: response('Khmeimim', [R1, R2]) });
    const options = listOptions();
    expect(options).toHaveLength(2);
    const marks = [...options[1]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Hmeimim', 'Tartus']);
    expect(options[1]!.textContent).toContain('TASS');
    expect(options[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-29');
    expect(options[0]!.textContent).toContain('Names: Hmeimim air base, Russia');
    expect(screen.getByText('2 passages')).toBeTruthy();
  });

  it('renders hostile passage text as text, never as markup', () => {
    const hostile = 'Before <img src=x onerror=alert(1)> after Hmeimim <script>alert(2)</script>';
    renderPanel({ query: 'Hmeimim', response: response('Hmeimim', [result('px', hostile, ['<img src=x onerror=alert(1)>', 'Hmeimim'])]) });
    const option = listOptions()[0]!;
    expect(option.querySelector('img')).toBeNull();
    expect(option.querySelector('script')).toBeNull();
    expect(option.querySelector('.bs-result-passage')?.textContent).toBe(hostile);
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<img src=x onerror=alert(1)>', 'Hmeimim']);
  });

  it('marks passages right-to-left or left-to-right by their own text (dir="auto")', () => {
    renderPanel({ query: 'حميميم', response: response('حميميم', [result('ar', 'قاعدة حميميم الجوية في اللاذقية', ['حميميم'])]) });
    expect(searchBox().getAttribute('dir')).toBe('auto');
    expect(document.querySelector('.bs-result-passage')?.getAttribute('dir')).toBe('auto');
  });
});

describe('SearchPanel keyboard navigation (listbox)', () => {
  it('moves the active option with the arrows, wraps, and opens it with Enter', () => {
    const props = renderPanel({ query: 'Hmeimim', response: response('Hmeimim', [R1, R2, R3]) });
    const box = searchBox();
    const listbox = screen.getByRole('listbox');
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);

    const activeText = () => document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '';
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(activeText()).toContain('Russian jets');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(activeText()).toContain('Хмеймим');
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // wraps to the first
    expect(activeText()).toContain('Russian jets');
    fireEvent.keyDown(box, { key: 'ArrowUp' }); // wraps to the last
    expect(activeText()).toContain('Хмеймим');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    const selected = listOptions().filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.id).toBe(box.getAttribute('aria-activedescendant'));

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(props.onOpenResult).toHaveBeenCalledTimes(1);
    expect(props.onOpenResult).toHaveBeenCalledWith(R2);
  });

  it('opens the first result on Enter when no option was chosen, and a click opens that result', () => {
    const props = renderPanel({ query: 'Hmeimim', response: response('Hmeimim', [R1, R2]) });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onOpenResult).toHaveBeenLastCalledWith(R1);
    fireEvent.click(listOptions()[1]!);
    expect(props.onOpenResult).toHaveBeenLastCalledWith(R2);
  });

  it('passes typing and Escape to onQueryChange', () => {
    const props = renderPanel({ query: 'Hm' });
    const box = searchBox() as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'Hme' } });
    expect(props.onQueryChange).toHaveBeenLastCalledWith('Hme');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(props.onQueryChange).toHaveBeenLastCalledWith('');
  });
});

describe('SearchPanel suggestions', () => {
  it('offers suggested entities for an empty query; choosing one searches for its name', () => {
    const props = renderPanel({ query: '' });
    const options = listOptions();
    expect(options.map((o) => o.textContent)).toEqual(['Hmeimim air base Military installation', 'Tartus Place', 'Russia Place']);
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onQueryChange).toHaveBeenCalledWith('Tartus');
  });

  it('for a query with no results, offers didYouMean first and the matching entities', () => {
    const props = renderPanel({ query: 'Tartos', response: response('Tartos', [], { didYouMean: 'Tartus', entities: ['tartus'] }) });
    expect(screen.getByText('No passages match. Suggestions:')).toBeTruthy();
    const options = listOptions();
    expect(options[0]!.textContent).toBe('Did you mean Tartus?');
    expect(options[1]!.textContent).toBe('Tartus Place');
    fireEvent.click(options[0]!);
    expect(props.onQueryChange).toHaveBeenCalledWith('Tartus');
  });

  it('offers the correction above fuzzy results; Enter still opens the first passage', () => {
    const props = renderPanel({ query: 'Tartos', response: response('Tartos', [R2], { didYouMean: 'Tartus', entities: ['tartus'] }) });
    const options = listOptions();
    expect(options.map((o) => o.classList.contains('bs-option-result'))).toEqual([false, true]);
    expect(options[0]!.textContent).toBe('Did you mean Tartus?');
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onOpenResult).toHaveBeenCalledWith(R2);
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(props.onQueryChange).toHaveBeenCalledWith('Tartus');
  });

  it('says plainly when nothing matches and there is nothing to suggest', () => {
    renderPanel({ query: 'zzzz', response: response('zzzz', []) });
    expect(listOptions()).toHaveLength(0);
    expect(screen.getByText('No passages match.')).toBeTruthy();
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('SearchPanel filters', () => {
  it('sets and clears the entity, source and date filters', () => {
    const props = renderPanel({ query: 'base', filters: { outlet: 'TASS' } });
    fireEvent.change(screen.getByLabelText('Entity'), { target: { value: 'tartus' } });
    expect(props.onFiltersChange).toHaveBeenLastCalledWith({ outlet: 'TASS', entityId: 'tartus' });
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: '' } });
    expect(props.onFiltersChange).toHaveBeenLastCalledWith({});
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    expect(props.onFiltersChange).toHaveBeenLastCalledWith({ outlet: 'TASS', from: '2025-01-01' });
    fireEvent.click(screen.getByText('Clear filters'));
    expect(props.onFiltersChange).toHaveBeenLastCalledWith({});
  });
});
