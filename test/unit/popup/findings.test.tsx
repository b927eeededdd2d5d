// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsList, type FindingsListProps } from '../../../src/popup/FindingsList';
import { groupFindingsByType } from '../../../src/popup/group-findings';
import type { PageFinding } from '../../../src/shared/messaging/content-request';

afterEach(cleanup);

const FINDINGS: PageFinding[] = [
  { entityId: 'russia', name: 'Russia', type: 'place', count: 7 },
  { entityId: 'putin', name: 'Vladimir Putin', type: 'person', count: 2 },
  { entityId: 'hmeimim', name: 'Hmeimim air base', type: 'installation', count: 3 },
  { entityId: 'tartus', name: 'Tartus', type: 'place', count: 3 },
  { entityId: 'latakia', name: 'Latakia', type: 'place', count: 3 },
  { entityId: 'gone', name: 'Gone', type: 'place', count: 0 },
  { entityId: 'x', name: 'Something', type: 'novelty', count: 1 },
];

describe('groupFindingsByType', () => {
  it('groups by type in a fixed order with totals, most mentioned first then by name, dropping zero counts', () => {
    const groups = groupFindingsByType(FINDINGS);
    expect(groups.map((g) => [g.label, g.total])).toEqual([
      ['People', 2],
      ['Places', 13],
      ['Installations', 3],
      ['Novelty', 1],
    ]);
    expect(groups[1]!.findings.map((f) => f.name)).toEqual(['Russia', 'Latakia', 'Tartus']);
    expect(groupFindingsByType([])).toEqual([]);
  });
});

function renderList(overrides: Partial<FindingsListProps> = {}) {
  const props: FindingsListProps = { state: { kind: 'ready', onTopic: true, findings: FINDINGS }, current: null, onReveal: vi.fn(), ...overrides };
  render(<FindingsList {...props} />);
  return props;
}

describe('FindingsList', () => {
  it('lists each entity with its count under its type, and choosing one reveals its first mention', () => {
    const props = renderList();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['People 2', 'Places 13', 'Installations 3', 'Novelty 1']);
    fireEvent.click(screen.getByRole('button', { name: /Tartus/ }));
    expect(props.onReveal).toHaveBeenCalledWith('tartus', 0);
  });

  it('steps through the current entity’s mentions, wrapping at both ends', () => {
    const props = renderList({ current: { entityId: 'hmeimim', index: 2 } });
    expect(screen.getByText('3 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next mention of Hmeimim air base' }));
    expect(props.onReveal).toHaveBeenLastCalledWith('hmeimim', 0);
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention of Hmeimim air base' }));
    expect(props.onReveal).toHaveBeenLastCalledWith('hmeimim', 1);
    cleanup();
    const again = renderList({ current: { entityId: 'hmeimim', index: 0 } });
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention of Hmeimim air base' }));
    expect(again.onReveal).toHaveBeenLastCalledWith('hmeimim', 2);
    // Only the current entity has a stepper.
    expect(screen.queryByRole('button', { name: /mention of Russia/ })).toBeNull();
  });

  it('explains each state without findings', () => {
    const cases: Array<[FindingsListProps['state'], RegExp]> = [
      [{ kind: 'loading' }, /Looking/],
      [{ kind: 'unavailable' }, /does not run on this page/],
      [{ kind: 'inactive' }, /off here/],
      [{ kind: 'ready', onTopic: false, findings: [] }, /does not look like Syria–Russia news/],
      [{ kind: 'ready', onTopic: true, findings: [] }, /No names from the corpus/],
    ];
    for (const [state, text] of cases) {
      renderList({ state });
      expect(screen.getByText(text)).toBeTruthy();
      expect(screen.queryAllByRole('button')).toHaveLength(0);
      cleanup();
    }
  });
});
