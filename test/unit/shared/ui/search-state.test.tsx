// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResponse } from '../../../../src/search/types';
import { suggestEntities } from '../../../../src/shared/ui/search-items';
import { useSearch, type SearchFn } from '../../../../src/shared/ui/use-search';
import { tabIdFromSearch } from '../../../../src/popup/tab-param';
import { ENTITIES, response } from '../../popup/fixtures';

afterEach(cleanup);

/** Moves the fake clock inside act(), so effects and state updates the timers cause are flushed. */
const advance = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('useSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function mount(run: SearchFn) {
    const api: { current?: ReturnType<typeof useSearch> } = {};
    function Probe() {
      api.current = useSearch(run, '', 80);
      return null;
    }
    render(<Probe />);
    return api as { current: ReturnType<typeof useSearch> };
  }

  it('waits for a pause in typing, then runs one search for the last query', async () => {
    const run = vi.fn<SearchFn>(async (q) => response(q, []));
    const api = mount(run);
    act(() => api.current.setQuery('H'));
    await act(() => advance(40));
    act(() => api.current.setQuery('Hm'));
    await act(() => advance(40));
    act(() => api.current.setQuery('Hme'));
    expect(api.current.state.pending).toBe(true);
    await act(() => advance(79));
    expect(run).not.toHaveBeenCalled();
    await act(() => advance(1));
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('Hme', {});
    expect(api.current.state.response?.query).toBe('Hme');
    expect(api.current.state.pending).toBe(false);
  });

  it('drops an answer that arrives after a newer query was typed', async () => {
    const resolvers = new Map<string, (r: SearchResponse) => void>();
    const run: SearchFn = (q) => new Promise((resolve) => resolvers.set(q, resolve));
    const api = mount(run);
    act(() => api.current.setQuery('Tartus'));
    await act(() => advance(80));
    act(() => api.current.setQuery('Hmeimim'));
    await act(() => advance(80));
    await act(async () => resolvers.get('Hmeimim')!(response('Hmeimim', [])));
    await act(async () => resolvers.get('Tartus')!(response('Tartus', [])));
    expect(api.current.state.response?.query).toBe('Hmeimim');
  });

  it('reruns when the filters change, clears on an empty query, and reports errors', async () => {
    const run = vi.fn<SearchFn>(async (q) => {
      if (q === 'bad') throw new Error('index not ready');
      return response(q, []);
    });
    const api = mount(run);
    act(() => api.current.setQuery('base'));
    await act(() => advance(80));
    act(() => api.current.setFilters({ outlet: 'TASS' }));
    await act(() => advance(80));
    expect(run).toHaveBeenLastCalledWith('base', { outlet: 'TASS' });
    act(() => api.current.setQuery('  '));
    expect(api.current.state.response).toBeNull();
    expect(api.current.state.pending).toBe(false);
    act(() => api.current.setQuery('bad'));
    await act(() => advance(80));
    expect(api.current.state.error).toBe('Something went wrong (index not ready).');
    expect(run).toHaveBeenCalledTimes(3);
  });
});

describe('suggestEntities', () => {
  it('puts the page’s entities first, then concrete types before topics, by name', () => {
    expect(suggestEntities(ENTITIES, ['sanctions', 'nope'], 4).map((e) => e.id)).toEqual(['sanctions', 'hmeimim', 'russia', 'tartus']);
    expect(suggestEntities(ENTITIES).map((e) => e.id)).toEqual(['hmeimim', 'russia', 'tartus', 'al-sharaa', 'sanctions']);
  });
});

describe('tabIdFromSearch', () => {
  it('reads a numeric ?tab= and ignores anything else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?tab=0')).toBe(0);
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('?tab=4e3')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});
