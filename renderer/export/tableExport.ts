/**
 * The table view's export: exactly the rows shown (filtered, in the shown order) and the columns shown,
 * with the header labels the grid shows.
 */
import type { Split } from '../state/split.js';
import type { RowSet } from '../table/rows.js';
import { ROW_COLUMNS, rowCellText, type RowColumnId } from '../table/rowColumns.js';
import type { ViewExport } from '../compare/types.js';

export function buildTableExport(
  set: RowSet,
  indices: ArrayLike<number>,
  columns: readonly RowColumnId[],
  labels: Readonly<Partial<Record<RowColumnId, string>>>,
  split: Split,
): ViewExport {
  const fileById = new Map(set.files.map((file) => [file.id, file]));
  const rows: string[][] = [];
  for (let i = 0; i < indices.length; i++) {
    const row = set.rows[indices[i]!]!;
    const file = fileById.get(row.fileId);
    rows.push(columns.map((column) => rowCellText(row, column, file)));
  }
  return {
    suggestedName: exportFileName(set, split),
    header: columns.map((column) => labels[column] ?? ROW_COLUMNS.find((spec) => spec.id === column)!.label),
    rows,
  };
}

/** "audit-events-ja-3.9-public.csv" for one file; "audit-events-all-files-internal.csv" for several. */
export function exportFileName(set: RowSet, split: Split): string {
  const parts = ['audit-events'];
  const file = set.files.length === 1 ? set.files[0]! : null;
  if (file) {
    if (file.locale) parts.push(file.locale);
    if (file.version) parts.push(file.version.value);
    if (!file.locale && !file.version) parts.push(file.name.replace(/\.[^.]*$/, ''));
  } else {
    parts.push('all-files');
  }
  parts.push(split);
  return parts.join('-').replace(/[^\p{L}\p{N}._-]+/gu, '_') + '.csv';
}
