/**
 * The grid's row height follows the text: it is the hidden probe row's measured height (jsdom has no layout, so
 * the probe's box is given here as a browser with 24 px text would measure it), and 28 px where nothing measures.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataGrid } from './DataGrid';
import { DEFAULT_ROW_HEIGHT, rowHeightFrom } from './useRowHeight';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Grid() {
  return (
    <DataGrid
      ariaLabel="Numbers"
      columns={[{ id: 'a', label: 'Alpha', width: 120 }]}
      rowCount={1000}
      rowKey={(position) => `row-${position}`}
      renderCell={(position) => `a${position}`}
      cellText={(position) => `a${position}`}
      sorting={[]}
      onSortingChange={() => {}}
      activeIndex={-1}
      onActiveIndexChange={() => {}}
    />
  );
}

const bodyRows = () =>
  within(screen.getByRole('grid', { name: 'Numbers' }))
    .getAllByRole('row')
    .filter((row) => row.classList.contains('grid-body-row'));

describe('the grid row height', () => {
  it('rounds a measured line up, and falls back to 28 px where nothing was measured', () => {
    expect(rowHeightFrom(41.6)).toBe(42);
    expect(rowHeightFrom(28)).toBe(28);
    expect(rowHeightFrom(0)).toBe(DEFAULT_ROW_HEIGHT);
  });

  it('places the rows at multiples of the probe row’s height, and tells the cells (--grid-row-height)', () => {
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('grid-row-probe') ? new DOMRect(0, 0, 40, 41.6) : measure.call(this);
    });
    render(<Grid />);
    const rows = bodyRows();
    expect(rows[0]!.style.height).toBe('42px');
    expect(rows[1]!.style.transform).toBe('translateY(42px)');
    expect(screen.getByRole('grid', { name: 'Numbers' }).style.getPropertyValue('--grid-row-height')).toBe('42px');
    // The probe is outside the grid's rows and hidden from assistive technology.
    const probe = document.querySelector('.grid-row-probe')!;
    expect(probe.getAttribute('aria-hidden')).toBe('true');
    expect(probe.closest('[role="grid"]')).toBeNull();
  });

  it('keeps 28 px rows where layout measures nothing', () => {
    render(<Grid />);
    expect(bodyRows()[1]!.style.transform).toBe('translateY(28px)');
  });
});
