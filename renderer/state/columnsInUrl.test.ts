import { describe, expect, it } from 'vitest';
import { EMPTY_LAYOUT, setWidth, visibleColumns } from './columnLayout';
import { columnParams, layoutFromHash, withColumns } from './columnsInUrl';
import { decodeViewState } from './viewState';

const columns = ['event', 'args', 'refs', 'source', 'locale'].map((id) => ({ id, width: 100 }));

describe('columns in the URL', () => {
  it('adds, replaces and removes a view\'s columns, keeping the rest of the hash', () => {
    const hash = withColumns('#q=os&tab=all', 'rows', ['event', 'locale']);
    expect(hash).toBe('q=os&tab=all&cols.rows=event%2Clocale');
    expect(decodeViewState(hash).filters.query).toBe('os');
    expect(columnParams(hash)).toEqual([['cols.rows', 'event,locale']]);
    expect(withColumns(hash, 'rows', null)).toBe('q=os&tab=all');
  });

  it('opens with exactly the listed columns, in order, at the stored widths', () => {
    const stored = setWidth(EMPTY_LAYOUT, 'locale', 150);
    const layout = layoutFromHash(withColumns('', 'rows', ['locale', 'event']), 'rows', stored)!;
    expect(visibleColumns(columns, layout, () => true)).toEqual([
      { id: 'locale', width: 150 },
      { id: 'event', width: 100 },
    ]);
    expect(layoutFromHash('q=os', 'rows')).toBeNull();
  });
});
