import type { Split } from '../state/split';
import type { AlignedRow } from './align';

export interface RowFilter {
  /** The app-wide search text: matches event names and arguments, case-insensitive. */
  query: string;
  split: Split;
  /** Keep only rows where some source is missing, extra or changed against the reference. */
  onlyDifferences: boolean;
  /** Keep only events this source lacks (in a table it has) while another picked source has them (null: no filter). */
  missingIn: string | null;
}

function matchesQuery(row: AlignedRow, needle: string): boolean {
  if (row.event.toLowerCase().includes(needle)) return true;
  return row.cells.some((cell) => cell.row !== null && cell.row.args.join(', ').toLowerCase().includes(needle));
}

function isMissingIn(row: AlignedRow, sourceId: string): boolean {
  const cell = row.cells.find((candidate) => candidate.sourceId === sourceId);
  // A file without that table at all (a catalog, a cut-off copy) is not "missing" its events.
  return cell !== undefined && cell.row === null && cell.status !== 'no-table' && row.cells.some((other) => other.row !== null);
}

export function filterRows(rows: readonly AlignedRow[], filter: RowFilter): AlignedRow[] {
  const needle = filter.query.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.split === 'all' || row.kind === filter.split) &&
      (!filter.onlyDifferences || row.differs) &&
      (filter.missingIn === null || isMissingIn(row, filter.missingIn)) &&
      (needle === '' || matchesQuery(row, needle)),
  );
}
