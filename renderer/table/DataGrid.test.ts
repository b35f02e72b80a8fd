import { describe, expect, it } from 'vitest';
import { nextSorting, selectedRange } from './DataGrid';

describe('header sorting', () => {
  it('cycles one column ascending, descending, off; Shift adds keys and turns one among them', () => {
    expect(nextSorting([], 'event', false)).toEqual([{ id: 'event', desc: false }]);
    expect(nextSorting([{ id: 'event', desc: false }], 'event', false)).toEqual([{ id: 'event', desc: true }]);
    expect(nextSorting([{ id: 'event', desc: true }], 'event', false)).toEqual([]);
    const two = nextSorting([{ id: 'event', desc: false }], 'source', true);
    expect(two).toEqual([{ id: 'event', desc: false }, { id: 'source', desc: false }]);
    expect(nextSorting(two, 'event', true)).toEqual([{ id: 'event', desc: true }, { id: 'source', desc: false }]);
    expect(nextSorting(two, 'args', false)).toEqual([{ id: 'args', desc: false }]);
  });
});

describe('row selection', () => {
  it('spans the anchor to the active row, or every row', () => {
    expect(selectedRange({ anchor: 5, all: false }, 2, 10)).toEqual([2, 5]);
    expect(selectedRange({ anchor: null, all: false }, 3, 10)).toEqual([3, 3]);
    expect(selectedRange({ anchor: 0, all: true }, 3, 10)).toEqual([0, 9]);
    expect(selectedRange({ anchor: null, all: false }, -1, 10)).toBeNull();
    expect(selectedRange({ anchor: 0, all: true }, 0, 0)).toBeNull();
  });
});
