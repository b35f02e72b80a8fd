/**
 * DataGrid through its react-table instance: the column model (order, visibility, sizes) and the sort keys come
 * from the host's state and go back to it, and only the rows of the virtual window are built and drawn.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataGrid, type GridColumn, type GridColumnModel, type SortRule } from './DataGrid';

const ROWS = 100_000;
const COLUMNS: GridColumn[] = [
  { id: 'a', label: 'Alpha', width: 120, sortable: true },
  { id: 'b', label: 'Beta', width: 90, sortable: true },
  { id: 'c', label: 'Gamma', width: 80 },
];

afterEach(cleanup);

/** A host keeping the layout and the sort keys, as the views do through useGridColumns. */
function Host({ log }: { log: string[] }) {
  const [widths, setWidths] = useState<Record<string, number>>({ a: 120, b: 90, c: 80 });
  const [sorting, setSorting] = useState<SortRule[]>([]);
  const model: GridColumnModel = { all: COLUMNS, order: ['b', 'a', 'c'], visibility: { a: true, b: true, c: false }, widths };
  const visible = model.order.filter((id) => model.visibility[id]).map((id) => ({ ...COLUMNS.find((column) => column.id === id)!, width: widths[id]! }));
  return (
    <DataGrid
      ariaLabel="Numbers"
      columns={visible}
      columnModel={model}
      rowCount={ROWS}
      rowKey={(position) => `row-${position}`}
      renderCell={(position, column) => `${column}${position}`}
      cellText={(position, column) => `${column}${position}`}
      sorting={sorting}
      onSortingChange={(next) => {
        log.push(`sort ${JSON.stringify(next)}`);
        setSorting(next);
      }}
      onColumnResize={(id, width) => {
        log.push(`resize ${id} ${width}`);
        setWidths((current) => ({ ...current, [id]: width }));
      }}
      activeIndex={-1}
      onActiveIndexChange={() => {}}
    />
  );
}

describe('DataGrid on react-table', () => {
  it('draws the shown columns in the layout order, and only the rows of the window, from 100,000', () => {
    render(<Host log={[]} />);
    const grid = screen.getByRole('grid', { name: 'Numbers' });
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Beta', 'Alpha']);
    const rows = within(grid).getAllByRole('row').filter((row) => row.classList.contains('grid-body-row'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(within(rows[0]!).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual(['b0', 'a0']);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
  });

  it('sends header sorting and column resizing to the host, and shows the state it gets back', () => {
    const log: string[] = [];
    render(<Host log={log} />);
    const grid = screen.getByRole('grid', { name: 'Numbers' });
    fireEvent.click(within(grid).getByRole('button', { name: /Alpha/ }));
    fireEvent.click(within(grid).getByRole('button', { name: /Beta/ }), { shiftKey: true });
    const alpha = within(grid).getAllByRole('columnheader')[1]!;
    expect(alpha.getAttribute('aria-sort')).toBe('ascending');
    expect(within(grid).getAllByRole('columnheader')[0]!.getAttribute('aria-sort')).toBe('ascending');

    const handle = within(grid).getByRole('separator', { name: 'Resize Alpha' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(within(grid).getByRole('separator', { name: 'Resize Alpha' }).getAttribute('aria-valuenow')).toBe('136');
    expect((grid as HTMLElement).style.getPropertyValue('--grid-template')).toBe('90px 136px');
    expect(log).toEqual(['sort [{"id":"a","desc":false}]', 'sort [{"id":"a","desc":false},{"id":"b","desc":false}]', 'resize a 136']);
  });
});
