// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Card, type CardProps, type CardState } from '../../../src/content/card/Card';
import { hmeimimCard, src } from './card-fixture';

afterEach(cleanup);

function renderCard(state: CardState, overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    state,
    matchedText: 'Khmeimim',
    alias: 'Khmeimim',
    site: 'example.com',
    onOpenSource: vi.fn(),
    onNotThis: vi.fn(),
    onHideName: vi.fn(),
    onSearch: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const result = render(<Card {...props} />);
  return { ...result, props };
}

describe('Card', () => {
  it('is a dialog named after the entity, with type, description and the spelling used on the page', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const dialog = screen.getByRole('dialog', { name: 'Hmeimim air base' });
    expect(within(dialog).getByText('Military installation')).toBeTruthy();
    expect(dialog.querySelector('.desc')?.textContent).toBe('Backstory’s identification: Russian air base near Latakia.');
    expect(dialog.textContent).toContain('written “Khmeimim” on this page');
  });

  it('lists claims with their origins and one source chip per article, opening the reader at the passage', () => {
    const { props } = renderCard({ status: 'ready', data: hmeimimCard() });
    const claims = screen.getByRole('region', { name: 'What sources say' });
    const items = within(claims).getAllByRole('listitem').filter((li) => li.classList.contains('claim'));
    expect(items.map((li) => li.querySelector('.claim-text')?.textContent)).toEqual([
      'Russia is negotiating to keep Hmeimim.', 'Aircraft left the base in December.', 'قاعدة حميميم',
    ]);
    expect(items[0]!.querySelector('.agree')?.textContent).toBe('Reuters, via 2 outlets');
    const chips = within(items[0]!).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual(['Zamin · 29 Jan 2025', 'GlobalPost · 12 Feb 2025 · partial']);
    fireEvent.click(chips[1]!);
    expect(props.onOpenSource).toHaveBeenCalledWith({ articleId: 'a2', passageId: 'a2:p1' });
    expect(items[2]!.querySelector('.claim-text')?.getAttribute('dir')).toBe('auto');
  });

  it('labels each claim with its event and date, its hedge, partial support and whom the outlet credits', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const items = Array.from(screen.getByRole('region', { name: 'What sources say' }).querySelectorAll('li.claim'));
    expect(items.map((li) => li.querySelector('.when')?.textContent ?? '')).toEqual([
      'Russian delegation visits Damascus · 28 Jan 2025',
      'December 2024 · hedged: “reportedly”',
      '',
    ]);
    expect(items[0]!.querySelector('.partial-note')?.textContent).toBe(' · 1 of 3 support it only in part');
    const [credited, partial] = within(items[0] as HTMLElement).getAllByRole('button');
    expect(credited!.getAttribute('aria-label')).toBe('Zamin, 29 Jan 2025, credits Reuters: open the passage');
    expect(partial!.getAttribute('data-support')).toBe('partial');
    expect(partial!.getAttribute('title')).toMatch(/^Supports only in part \(hedged \(“likely”\)\)/);
  });

  it('says plainly when an entity has nothing to show, and shows described facts with their sources', () => {
    const data = hmeimimCard();
    data.claims = [];
    data.differences = [];
    data.emptyNote = 'No sourced statement about Hmeimim air base yet. The 5 articles that mention it name it only in passing or as a source.';
    data.entity.facts = [{ text: 'Its future was discussed at the talks.', sources: [src('a1', 'Reuters', '2025-01-29')] }];
    renderCard({ status: 'ready', data });
    expect(screen.getByRole('note').textContent).toBe(data.emptyNote);
    const facts = screen.getByRole('list', { name: 'Described in the sources' });
    expect(facts.textContent).toBe('Its future was discussed at the talks. Reuters · 29 Jan 2025');
  });

  it('shows differing versions side by side with the source that says each, and what kind of difference it is', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const differ = screen.getByRole('region', { name: 'Sources differ' });
    expect(differ.querySelector('.facet')?.textContent).toBe('Contradiction: Aircraft remaining at the base');
    expect(differ.querySelector('.differ-note')?.textContent).toBe('The two agencies give different numbers for the same week.');
    const variants = Array.from(differ.querySelectorAll('.variant'));
    expect(variants.map((v) => [v.querySelector('.variant-label')?.textContent, v.querySelector('.chip')?.textContent])).toEqual([
      ['About a dozen', 'Reuters · 29 Jan 2025'],
      ['Fewer than five', 'TASS · 12 Feb 2025'],
    ]);
  });

  it('shows the timeline in date order, the as-of date and why the name matched', () => {
    renderCard({ status: 'ready', data: hmeimimCard() });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(Array.from(timeline.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '8 Dec 2024Fall of the Assad government',
      '28 Jan 2025Russian delegation visits Damascus',
    ]);
    expect(screen.getByText(/Corpus as of 14 Mar 2025/).textContent).toContain('5 articles mention this');
    expect(screen.getByText('Matched “Khmeimim”, a spelling of Hmeimim air base.')).toBeTruthy();
  });

  it('keeps only the most recent timeline rows', () => {
    const data = hmeimimCard();
    data.timeline = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, date: `2024-0${i + 1}-01`, label: `Event ${i}`, entityIds: [], sources: [] }));
    renderCard({ status: 'ready', data });
    const rows = screen.getByRole('region', { name: 'Timeline' }).querySelectorAll('li');
    expect(Array.from(rows).map((li) => li.querySelector('span')?.textContent)).toEqual(['Event 3', 'Event 4', 'Event 5', 'Event 6', 'Event 7']);
  });

  it('runs the actions', () => {
    const { props } = renderCard({ status: 'ready', data: hmeimimCard() });
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    fireEvent.click(screen.getByRole('button', { name: 'Don’t mark this name on example.com (any spelling)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Search the corpus' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onNotThis).toHaveBeenCalledTimes(1);
    expect(props.onHideName).toHaveBeenCalledTimes(1);
    expect(props.onSearch).toHaveBeenCalledWith('Hmeimim air base');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('says plainly when the corpus could not be loaded, and while it loads', () => {
    const { unmount } = renderCard({ status: 'error', message: 'IndexedDB is unavailable' });
    expect(screen.getByRole('alert').textContent).toContain('could not load its corpus');
    expect(screen.getByRole('dialog', { name: 'Khmeimim' })).toBeTruthy();
    unmount();
    renderCard({ status: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Loading sources…');
  });

  it('renders hostile strings as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const data = hmeimimCard();
    data.entity.name = evil;
    data.entity.description = `<script>alert(2)</script>`;
    data.claims[0]!.text = evil;
    data.claims[0]!.sources = [{ ...src('a9', `<b>bold</b>`, '2025-01-01', evil), via: evil, support: { level: 'partial', why: [`partial: ${evil}`] } }];
    data.claims[0]!.when = { id: 'x', label: evil, date: '2025-01-01' };
    data.claims[0]!.origins = [{ name: evil, outlets: ['<b>bold</b>', 'x'] }];
    data.differences[0]!.difference = { kind: 'contradiction', note: evil };
    data.entity.facts = [{ text: evil, sources: [src('a9', 'x', '2025-01-01', evil)] }];
    data.emptyNote = evil;
    data.differences[0]!.variants![0]!.label = evil;
    data.timeline[0]!.label = evil;
    const { container } = renderCard({ status: 'ready', data }, { matchedText: evil, site: '<i>site</i>' });
    expect(container.querySelector('img, script, b, i')).toBeNull();
    expect(screen.getByRole('dialog', { name: evil })).toBeTruthy();
    expect(container.textContent).toContain(evil);
    expect(container.textContent).toContain('<b>bold</b>');
    expect(screen.getByRole('button', { name: 'Don’t mark this name on <i>site</i> (any spelling)' })).toBeTruthy();
  });
});
