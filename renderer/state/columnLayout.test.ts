import { describe, expect, it } from 'vitest';
import { EMPTY_LAYOUT, moveColumn, orderedColumns, parseLayout, setVisibility, setWidth, visibleColumns } from './columnLayout';

const columns = ['event', 'args', 'refs', 'source', 'locale'].map((id) => ({ id, width: 100 }));
const ids = (list: { id: string }[]) => list.map((column) => column.id);

describe('column layout', () => {
  it('follows the defaults until the user chooses', () => {
    expect(ids(visibleColumns(columns, EMPTY_LAYOUT, (id) => id !== 'locale'))).toEqual(['event', 'args', 'refs', 'source']);
    const layout = setVisibility(setVisibility(EMPTY_LAYOUT, 'locale', true), 'refs', false);
    expect(ids(visibleColumns(columns, layout, (id) => id !== 'locale'))).toEqual(['event', 'args', 'source', 'locale']);
  });

  it('moves a column and keeps new columns after their default neighbour', () => {
    const moved = moveColumn(EMPTY_LAYOUT, columns, 'source', -2);
    expect(ids(orderedColumns(columns, moved))).toEqual(['event', 'source', 'args', 'refs', 'locale']);
    const more = [...columns.slice(0, 2), { id: 'module', width: 90 }, ...columns.slice(2)];
    expect(ids(orderedColumns(more, moved))).toEqual(['event', 'source', 'args', 'module', 'refs', 'locale']);
    expect(moveColumn(EMPTY_LAYOUT, columns, 'event', -1)).toBe(EMPTY_LAYOUT);
  });

  it('applies widths and survives a round trip through storage, dropping malformed parts', () => {
    const layout = setWidth(moveColumn(setVisibility(EMPTY_LAYOUT, 'refs', false), columns, 'args', 1), 'event', 222);
    expect(parseLayout(JSON.stringify(layout))).toEqual(layout);
    expect(visibleColumns(columns, layout, () => true)[0]).toEqual({ id: 'event', width: 222 });
    expect(parseLayout('{"order":[1,"x"],"visibility":{"a":"yes","b":false},"widths":{"c":-5,"d":80}}')).toEqual({
      order: ['x'],
      visibility: { b: false },
      widths: { d: 80 },
    });
    expect(parseLayout('not json')).toEqual(EMPTY_LAYOUT);
  });
});
