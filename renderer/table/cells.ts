/**
 * The columns a tab shows and their headers (the page's own, by position). What a cell shows, copies and exports
 * is rowColumns.ts's rowCellText.
 */
import type { Split } from '../state/split.js';
import type { ColumnId } from './filters.js';
import type { RowSet } from './rows.js';

export const DEFAULT_HEADERS: Readonly<Record<ColumnId, string>> = {
  event: 'Audit event',
  args: 'Arguments',
  refs: 'References',
  source: 'Source',
};


/**
 * The columns shown: References unless none of the rows on this tab has any (the internal table has no such
 * column), and Source only when rows of several files are mixed.
 */
export function shownColumns(set: RowSet, split: Split): ColumnId[] {
  const columns: ColumnId[] = ['event', 'args'];
  if (set.rows.some((row) => (split === 'all' || row.kind === split) && row.refs.length > 0)) columns.push('refs');
  if (set.files.filter((file) => file.model).length > 1) columns.push('source');
  return columns;
}

/**
 * Header labels: a single file's own headers (by position: event, arguments, references), English otherwise.
 * The Internal tab uses the internal table's headers (translations often translate only those, and that table
 * has no References column); the other tabs the public table's.
 */
export function headerLabels(set: RowSet, split: Split = 'public'): Record<ColumnId, string> {
  const labels = { ...DEFAULT_HEADERS };
  if (set.files.length !== 1) return labels;
  const tables = set.files[0]!.model?.tables ?? [];
  const kind = split === 'internal' ? 'internal' : 'public';
  const headers = (tables.find((table) => table.kind === kind) ?? tables[0])?.headers ?? [];
  const own = headers.map((header) => header.trim());
  if (own.length < 2 || own.length > 3 || own.some((header) => header === '')) return labels;
  labels.event = own[0]!;
  labels.args = own[1]!;
  if (own[2]) labels.refs = own[2];
  return labels;
}
