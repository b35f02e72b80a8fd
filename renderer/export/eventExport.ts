/** The by-event view's export: the events shown, in the shown order, with the columns shown. */
import type { ViewExport } from '../compare/types.js';
import type { GridColumn } from '../table/DataGrid.js';
import { eventCellText, type EventResult, type EventTable } from '../table/byEvent.js';

export function buildEventExport(table: EventTable, result: EventResult, columns: readonly GridColumn[], suggestedName: string): ViewExport {
  const rows: string[][] = [];
  for (let i = 0; i < result.groups.length; i++) rows.push(columns.map((column) => eventCellText(table, result.groups[i]!, column.id)));
  return { suggestedName, header: columns.map((column) => column.label), rows };
}
