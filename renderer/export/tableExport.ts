/**
 * The table view's export: exactly the rows shown (filtered, in the shown order) and the columns shown,
 * with the header labels the grid shows.
 */
import type { Split } from '../state/split.js';
import type { RowSet } from '../table/rows.js';
import { ROW_COLUMNS, rowCellText, type RowColumnId } from '../table/rowColumns.js';
import type { ViewExport } from '../compare/types.js';
import type { FilterState } from '../table/filters.js';

export function buildTableExport(
  set: RowSet,
  indices: ArrayLike<number>,
  columns: readonly RowColumnId[],
  labels: Readonly<Partial<Record<RowColumnId, string>>>,
  split: Split,
  filters?: FilterState,
): ViewExport {
  const fileById = new Map(set.files.map((file) => [file.id, file]));
  const rows: string[][] = [];
  for (let i = 0; i < indices.length; i++) {
    const row = set.rows[indices[i]!]!;
    const file = fileById.get(row.fileId);
    rows.push(columns.map((column) => rowCellText(row, column, file)));
  }
  return {
    suggestedName: exportFileName(set, split, filters),
    header: columns.map((column) => labels[column] ?? ROW_COLUMNS.find((spec) => spec.id === column)!.label),
    rows,
  };
}

/**
 * "audit-events-ja-3.9-public.csv" for one file; "audit-events-all-files-internal.csv" for several; with the
 * active filters after the tab ("…-public-q-socket-mod-os-arg-path.csv"), so files exported from different
 * views do not overwrite each other and say what they hold. `suffix` names a view ("by-event").
 */
export function exportFileName(set: RowSet, split: Split, filters?: FilterState, suffix?: string): string {
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
  if (suffix) parts.push(suffix);
  if (filters) parts.push(...filterParts(filters));
  const name = parts.join('-').replace(/[^\p{L}\p{N}._-]+/gu, '_');
  // File systems limit names to 255 bytes; CJK letters take 3 each in UTF-8.
  return `${[...name].slice(0, 80).join('').replace(/[-_.]+$/, '')}.csv`;
}

function filterParts(filters: FilterState): string[] {
  const parts: string[] = [];
  const query = filters.query.trim();
  if (query) parts.push('q', query.replaceAll('*', 'x'));
  for (const [column, value] of Object.entries(filters.columns)) if (value?.trim()) parts.push(column, value.trim());
  if (filters.modules.length) parts.push('mod', filters.modules.map((module) => module || 'none').join('+'));
  if (filters.argument.trim()) parts.push('arg', filters.argument.trim());
  return parts;
}
