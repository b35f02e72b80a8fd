import { useCallback, useMemo } from 'react';
import type { Split } from '../state/split';
import { headerLabels, shownColumns } from '../table/cells';
import type { GridColumn } from '../table/DataGrid';
import { ROW_COLUMNS, type RowColumnId } from '../table/rowColumns';
import type { RowSet } from '../table/rows';
import { useGridColumns, type GridColumnsControl } from './useGridColumns';

export interface RowColumnsControl extends GridColumnsControl {
  /** The ids of the columns shown, in order (what the export writes). */
  ids: RowColumnId[];
  labels: Readonly<Record<RowColumnId, string>>;
}

/**
 * The rows view's columns: the file's own header labels, shown by default as before (References when the tab
 * has any, Source when several files are mixed), then the user's layout.
 */
export function useRowColumns(set: RowSet, split: Split): RowColumnsControl {
  const own = useMemo(() => headerLabels(set, split), [set, split]);
  const defaults = useMemo(() => new Set<string>(shownColumns(set, split)), [set, split]);
  const shownByDefault = useCallback((id: string) => defaults.has(id), [defaults]);
  const labels = useMemo(
    () => Object.fromEntries(ROW_COLUMNS.map((spec) => [spec.id, (own as Record<string, string>)[spec.id] ?? spec.label])) as Record<RowColumnId, string>,
    [own],
  );
  const all = useMemo<GridColumn[]>(
    () => ROW_COLUMNS.map((spec) => ({ id: spec.id, label: labels[spec.id], width: spec.width, grow: spec.grow, sortable: true, filterable: spec.filterable })),
    [labels],
  );
  const control = useGridColumns('rows', all, shownByDefault);
  const ids = useMemo(() => control.visible.map((column) => column.id as RowColumnId), [control.visible]);
  return { ...control, ids, labels };
}
