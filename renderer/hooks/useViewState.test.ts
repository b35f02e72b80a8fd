/**
 * The view state's own write to the URL must not come back as a change. happy-dom (like some embedders) reports a
 * hashchange for history.replaceState, one task later: a choice made in between was undone by the echo of the
 * write before it. The app test "counts each tab per file" failed that way on a loaded machine, where the test's
 * steps are slow enough for the write (250 ms after a change) to land between two of them.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, decodeViewState } from '../state/viewState';
import { useViewState } from './useViewState';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

/** Resolves with the next hashchange the window dispatches. */
const nextHashChange = (): Promise<void> => new Promise((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));

describe('useViewState', () => {
  it('keeps a choice made between its write to the URL and that write echoing back as a hashchange', async () => {
    const { result } = renderHook(() => useViewState());
    const realReplaceState = window.history.replaceState.bind(window.history);
    let written = false;
    const echoed = nextHashChange();
    // The next choice lands right after the write: before any echo of it can arrive.
    window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
      realReplaceState(...args);
      if (written) return;
      written = true;
      act(() => result.current[1]((state) => ({ ...state, filters: { ...state.filters, split: 'internal' } })));
    };
    try {
      act(() => result.current[1]((state) => ({ ...state, source: '0:pt.txt' })));
      await act(() => echoed);
    } finally {
      window.history.replaceState = realReplaceState;
    }
    expect(written).toBe(true);
    expect(decodeViewState(window.location.hash.slice(1)).source).toBe('0:pt.txt');
    expect(result.current[0]).toEqual({ ...DEFAULT_VIEW_STATE, source: '0:pt.txt', filters: { ...DEFAULT_VIEW_STATE.filters, split: 'internal' } });
  });

  it('still follows the URL when someone else changes its hash (back, forward, an edited address)', async () => {
    const { result } = renderHook(() => useViewState());
    const changed = nextHashChange();
    window.location.hash = 'tab=all';
    await act(() => changed);
    expect(result.current[0].filters.split).toBe('all');
  });
});

describe('useViewState across a reload', () => {
  it('starts from the state written on the way out when the address is still the one that write replaced', () => {
    // A reload's address is fixed before pagehide: the last change reached only storage, the hash is the older one.
    window.history.replaceState(null, '', '/#view=compare');
    window.sessionStorage.setItem('doctable.view', 'view=compare&diff=1');
    window.sessionStorage.setItem('doctable.view.from', 'view=compare');
    const { result } = renderHook(() => useViewState());
    expect(result.current[0].compare.onlyDifferences).toBe(true);
  });

  it('starts from the address when it is another one (a pasted or bookmarked URL)', () => {
    window.history.replaceState(null, '', '/#view=versions');
    window.sessionStorage.setItem('doctable.view', 'view=compare&diff=1');
    window.sessionStorage.setItem('doctable.view.from', 'view=compare');
    const { result } = renderHook(() => useViewState());
    expect(result.current[0].view).toBe('versions');
    expect(result.current[0].compare.onlyDifferences).toBe(false);
  });
});
