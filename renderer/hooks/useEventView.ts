import { useMemo } from 'react';
import type { Split } from '../state/split';
import { buildEventTable, filterEvents, sortedGroups, type EventResult, type EventTable } from '../table/byEvent';
import type { FilterResult } from '../table/filters';
import type { RowSet } from '../table/rows';
import type { SortRule } from '../table/sort';

export interface EventView {
  table: EventTable;
  result: EventResult;
}

/**
 * The by-event view of the row set, when it is on: the groups once per row set, their order once per sort,
 * and per keystroke only the walk over the shown rows and the groups (filterEvents). `rows` is the rows
 * view's filter result over every tab.
 */
export function useEventView(enabled: boolean, set: RowSet, rows: FilterResult, sorting: readonly SortRule[], split: Split): EventView | null {
  const table = useMemo(() => (enabled ? buildEventTable(set) : null), [enabled, set]);
  const order = useMemo(() => (table ? sortedGroups(table, sorting) : null), [table, sorting]);
  const result = useMemo(() => (table ? filterEvents(table, order, rows.indices, split) : null), [table, order, rows.indices, split]);
  return table && result ? { table, result } : null;
}
