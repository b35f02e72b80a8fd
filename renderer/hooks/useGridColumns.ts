import { useCallback, useEffect, useMemo } from 'react';
import { withColumns } from '../state/columnsInUrl';
import type { ColumnChoice } from '../components/ColumnsMenu';
import { EMPTY_LAYOUT, isCustomised, isShown, moveColumn, orderedColumns, setVisibility, setWidth, visibleColumns } from '../state/columnLayout';
import type { GridColumn, GridColumnModel } from '../table/DataGrid';
import { useColumnLayout } from './useColumnLayout';
import { replaceHash } from './useViewState';

export interface GridColumnsControl {
  /** The columns shown, in order, at their widths. */
  visible: GridColumn[];
  /** Every column with the layout's order, visibility and widths, as the grid's react-table state. */
  model: GridColumnModel;
  /** Every column, in order, for the Columns menu. */
  choices: ColumnChoice[];
  toggle(id: string, shown: boolean): void;
  move(id: string, delta: number): void;
  resize(id: string, width: number): void;
  reset(): void;
}

/** A view's columns under the user's stored layout (order, shown, widths): see state/columnLayout.ts. */
export function useGridColumns(view: string, columns: readonly GridColumn[], shownByDefault: (id: string) => boolean): GridColumnsControl {
  const [layout, update] = useColumnLayout(view);
  const visible = useMemo(() => visibleColumns(columns, layout, shownByDefault), [columns, layout, shownByDefault]);
  const choices = useMemo(
    () =>
      orderedColumns(columns, layout).map((column) => ({
        id: column.id,
        label: column.label,
        shown: isShown(layout, column.id, shownByDefault),
      })),
    [columns, layout, shownByDefault],
  );
  // The columns shown go into the URL once the user has chosen any (a copied URL opens with them).
  const shownIds = visible.map((column) => column.id).join(',');
  const customised = isCustomised(layout);
  useEffect(() => {
    const { hash } = window.location;
    const next = withColumns(hash, view, customised && shownIds ? shownIds.split(',') : null);
    if (next !== hash.replace(/^#/, '')) replaceHash(next);
  }, [view, shownIds, customised]);

  const model = useMemo<GridColumnModel>(
    () => ({
      all: columns,
      order: orderedColumns(columns, layout).map((column) => column.id),
      visibility: Object.fromEntries(columns.map((column) => [column.id, isShown(layout, column.id, shownByDefault)])),
      widths: Object.fromEntries(columns.map((column) => [column.id, layout.widths[column.id] ?? column.width])),
    }),
    [columns, layout, shownByDefault],
  );

  const toggle = useCallback((id: string, shown: boolean) => update((current) => setVisibility(current, id, shown)), [update]);
  const move = useCallback((id: string, delta: number) => update((current) => moveColumn(current, columns, id, delta)), [update, columns]);
  const resize = useCallback((id: string, width: number) => update((current) => setWidth(current, id, width)), [update]);
  const reset = useCallback(() => update(() => EMPTY_LAYOUT), [update]);
  return { visible, model, choices, toggle, move, resize, reset };
}
