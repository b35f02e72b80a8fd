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

/** The row set's events (groups), built once per row set while the by-event view is on. */
export function useEventTable(enabled: boolean, set: RowSet): EventTable | null {
  return useMemo(() => (enabled ? buildEventTable(set) : null), [enabled, set]);
}

/**
 * The by-event view of the row set, when it is on: the groups' order once per sort, and per keystroke only the
 * walk over the shown rows and the groups (filterEvents). `rows` is the rows view's filter result over every tab.
 */
export function useEventView(table: EventTable | null, rows: FilterResult, sorting: readonly SortRule[], split: Split): EventView | null {
  const order = useMemo(() => (table ? sortedGroups(table, sorting) : null), [table, sorting]);
  const result = useMemo(() => (table ? filterEvents(table, order, rows.indices, split) : null), [table, order, rows.indices, split]);
  return table && result ? { table, result } : null;
}
