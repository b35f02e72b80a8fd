import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, type ViewState } from './viewState';

describe('view state in the URL hash', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('round-trips every choice, including text needing escapes', () => {
    const state: ViewState = {
      view: 'compare',
      source: '0:ja/audit events.html',
      filters: {
        query: 'os & 打开 #1',
        split: 'internal',
        columns: { event: 'open', args: 'path=1', source: 'ja/' },
        modules: ['os', ''],
        argument: 'fd',
      },
      sorting: [
        { id: 'event', desc: true },
        { id: 'args', desc: false },
        { id: 'presence', desc: true },
      ],
      bom: false,
      layout: 'events',
      formulaGuard: false,
      compare: { picks: ['0:ja/audit events.html', '0:en/a&b.html'], reference: '0:en/a&b.html', onlyDifferences: true, missingIn: '0:ja/audit events.html' },
    };
    const encoded = encodeViewState(state);
    expect(decodeViewState(encoded)).toEqual(state);
    expect(decodeViewState(`#${encoded}`)).toEqual(state);
  });

  it('ignores malformed values', () => {
    const state = decodeViewState('tab=secret&view=nope&sort=-evil&sort=&bom=maybe');
    expect(state.filters.split).toBe('public');
    expect(state.view).toBe('table');
    expect(state.sorting).toEqual([]);
    expect(state.bom).toBe(false);
  });

  it('keeps the versions view across a reload', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'versions' };
    expect(encodeViewState(state)).toBe('view=versions');
    expect(decodeViewState('view=versions').view).toBe('versions');
  });

  it('keeps the compare picks, reference and filters, and tells no picks from the default ones', () => {
    const picked: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'compare',
      compare: { picks: ['0:a.html', '0:b.po'], reference: '0:b.po', onlyDifferences: false, missingIn: null },
    };
    expect(decodeViewState(encodeViewState(picked)).compare).toEqual(picked.compare);
    const filtered: ViewState = { ...picked, compare: { ...picked.compare, onlyDifferences: true, missingIn: '0:a.html' } };
    expect(encodeViewState(filtered)).toMatch(/(^|&)diff=1(&|$)/);
    expect(encodeViewState(filtered)).toMatch(/(^|&)missing=0%3Aa\.html(&|$)/);
    expect(decodeViewState(encodeViewState(filtered)).compare).toEqual(filtered.compare);
    const none: ViewState = { ...DEFAULT_VIEW_STATE, compare: { ...DEFAULT_VIEW_STATE.compare, picks: [] } };
    expect(encodeViewState(none)).toBe('pick=');
    expect(decodeViewState(encodeViewState(none)).compare).toEqual({ picks: [], reference: null, onlyDifferences: false, missingIn: null });
    expect(decodeViewState('view=compare').compare).toEqual({ picks: null, reference: null, onlyDifferences: false, missingIn: null });
    expect(decodeViewState('pick=0%3Aa&pick=0%3Aa&pick=').compare.picks).toEqual(['0:a']);
  });
});
