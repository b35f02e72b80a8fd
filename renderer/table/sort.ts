/**
 * Sorting as a permutation of the row set, computed when the sort or the data changes (not per keystroke):
 * filterRows() walks this order, so the filtered rows come out sorted.
 */
import type { ColumnId } from './filters.js';
import type { RowSet, TableRow } from './rows.js';

/** One sort key, shaped like @tanstack/table-core's ColumnSort so the table's sorting state is used as is. */
export interface SortRule {
  id: string;
  desc: boolean;
}

type KeyOf = (row: TableRow) => string | number;

const SORT_KEYS: Record<ColumnId, KeyOf> = {
  event: (row) => row.event.toLowerCase(),
  args: (row) => row.argsText.toLowerCase(),
  // By how many references an event has (a row without any sorts first ascending).
  refs: (row) => row.refs.length,
  source: (row) => row.fileLabel.toLowerCase(),
};

export function isSortableColumn(id: string): id is ColumnId {
  return Object.hasOwn(SORT_KEYS, id);
}

/** The row indices in sorted order, or null when nothing sorts (document order). Ties keep document order. */
export function sortedOrder(set: RowSet, sorting: readonly SortRule[]): Int32Array | null {
  const rules = sorting.filter((rule) => isSortableColumn(rule.id));
  if (rules.length === 0) return null;
  const { rows } = set;
  // Keys are read once per row rather than once per comparison.
  const keys = rules.map((rule) => rows.map(SORT_KEYS[rule.id as ColumnId]));
  const order = Int32Array.from(rows, (_row, index) => index);
  order.sort((a, b) => {
    for (let r = 0; r < rules.length; r++) {
      const column = keys[r]!;
      const left = column[a]!;
      const right = column[b]!;
      if (left !== right) return (left < right ? -1 : 1) * (rules[r]!.desc ? -1 : 1);
    }
    return a - b;
  });
  return order;
}
