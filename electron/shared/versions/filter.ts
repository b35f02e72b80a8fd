/** The versions view's filters, as one plain value applied to the history's rows. */
import type { History, HistoryRow } from './history.js';

export type TableChoice = 'public' | 'internal' | 'all';

export interface HistoryFilter {
  /** Matches event names and argument names (case-insensitive). */
  query: string;
  table: TableChoice;
  /** Module names ("os", "" for events without a module); empty: every module. */
  modules: readonly string[];
  /** Column id: events not listed there but listed in a later build. */
  addedSince: string | null;
  /** Column ids: events whose arguments changed in a build after A up to B. */
  changedBetween: readonly [string, string] | null;
  /** Column id: events listed there. */
  presentIn: string | null;
}

export const NO_HISTORY_FILTER: HistoryFilter = {
  query: '',
  table: 'all',
  modules: [],
  addedSince: null,
  changedBetween: null,
  presentIn: null,
};

export function columnIndex(history: History, id: string | null): number {
  return id === null ? -1 : history.columns.findIndex((column) => column.set.id === id);
}

function matchesQuery(row: HistoryRow, query: string): boolean {
  if (!query) return true;
  if (row.event.toLowerCase().includes(query)) return true;
  return row.cells.some((cell) => cell.args?.some((name) => name.toLowerCase().includes(query)));
}

export function filterHistory(history: History, filter: HistoryFilter): HistoryRow[] {
  const query = filter.query.trim().toLowerCase();
  const modules = new Set(filter.modules);
  const since = columnIndex(history, filter.addedSince);
  const present = columnIndex(history, filter.presentIn);
  let from = -1;
  let to = -1;
  if (filter.changedBetween) {
    const a = columnIndex(history, filter.changedBetween[0]);
    const b = columnIndex(history, filter.changedBetween[1]);
    [from, to] = a <= b ? [a, b] : [b, a];
  }
  return history.rows.filter((row) => {
    if (filter.table !== 'all' && row.internal !== (filter.table === 'internal')) return false;
    if (modules.size > 0 && !modules.has(row.module)) return false;
    if (present >= 0 && row.cells[present]!.args === null) return false;
    if (since >= 0) {
      if (row.cells[since]!.args !== null) return false;
      const later = history.columns.some((column, i) => i > since && column.set.kind === 'truth' && row.cells[i]!.args !== null);
      if (!later) return false;
    }
    if (filter.changedBetween && !row.transitions.some((step) => step.kind === 'changed' && step.column > from && step.column <= to)) {
      return false;
    }
    return matchesQuery(row, query);
  });
}
