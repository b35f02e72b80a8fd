/** What the versions view exports: the shown events (CSV, JSON, Python) and the diff (CSV, JSON). */
import { EVENTS_TABLE_HEADER, eventsJson, eventsTable, exportEvents, pythonModule, type ExportEvent } from '../../electron/shared/versions/export-events';
import { diffJson, diffTable, type VersionDiff } from '../../electron/shared/versions/diff';
import { columnIndex, type HistoryFilter } from '../../electron/shared/versions/filter';
import type { History, HistoryRow } from '../../electron/shared/versions/history';
import type { ExportFileKind } from '../../electron/shared/export-files';
import type { ViewExport } from '../compare/types';
import { toCsv } from '../export/csv';
import { namePart } from './model';

export interface ShownEvents {
  history: History;
  rows: readonly HistoryRow[];
  filter: HistoryFilter;
}

function label(history: History, id: string | null): string {
  return history.columns.find((column) => column.set.id === id)?.set.label ?? '?';
}

/** The versions and filters the shown events come from, for the export's header. */
export function madeFromLines({ history, rows, filter }: ShownEvents): string[] {
  const truth = history.columns.filter((column) => column.set.kind === 'truth');
  const files = history.columns.filter((column) => column.set.kind === 'file');
  const chosen = [
    filter.presentIn ? `present in ${label(history, filter.presentIn)}` : '',
    filter.addedSince ? `added since ${label(history, filter.addedSince)}` : '',
    filter.changedBetween ? `arguments changed between ${label(history, filter.changedBetween[0])} and ${label(history, filter.changedBetween[1])}` : '',
    filter.modules.length > 0 ? `module ${filter.modules.map((name) => name || '(none)').join(', ')}` : '',
    filter.table !== 'all' ? `${filter.table} table` : '',
    filter.query.trim() ? `matching "${filter.query.trim()}"` : '',
  ].filter(Boolean);
  const argsFrom = filter.presentIn ? label(history, filter.presentIn) : `the newest build listing each (${truth.at(-1)?.set.label ?? ''})`;
  return [
    `Made from the bundled CPython docs builds ${truth[0]?.set.label ?? ''} ... ${truth.at(-1)?.set.label ?? ''}` +
      (files.length > 0 ? ` and the files ${files.map((column) => `${column.set.label} (${column.set.description})`).join(', ')}.` : '.'),
    `Shown: ${rows.length} events${chosen.length > 0 ? `, ${chosen.join('; ')}` : ''}.`,
    `Arguments as in ${argsFrom}; "added" is the first build listing an event, "removed" the build it left.`,
  ];
}

export function shownExportEvents(shown: ShownEvents): ExportEvent[] {
  return exportEvents(shown.rows, columnIndex(shown.history, shown.filter.presentIn));
}

export function eventsFileName(shown: ShownEvents): string {
  const parts = ['audit-events'];
  const { filter, history } = shown;
  if (filter.presentIn) parts.push(label(history, filter.presentIn));
  if (filter.addedSince) parts.push('since', label(history, filter.addedSince));
  if (filter.changedBetween) parts.push('changed', label(history, filter.changedBetween[0]), label(history, filter.changedBetween[1]));
  if (parts.length === 1) parts.push('versions');
  return namePart(parts.join('-'));
}

export function eventsExportText(shown: ShownEvents, kind: ExportFileKind, bom: boolean): string {
  const events = shownExportEvents(shown);
  if (kind === 'json') return eventsJson(events);
  if (kind === 'python') return pythonModule(events, madeFromLines(shown));
  const table = eventsTable(events);
  return toCsv(table.header, table.rows, { bom });
}

export function eventsViewExport(shown: ShownEvents): ViewExport {
  const table = eventsTable(shownExportEvents(shown));
  return { suggestedName: `${eventsFileName(shown)}.csv`, header: table.header, rows: table.rows };
}

export function diffFileName(diff: VersionDiff): string {
  return namePart(`audit-events-diff-${diff.from}-${diff.to}`);
}

export function diffExportText(diff: VersionDiff, kind: 'csv' | 'json', bom: boolean): string {
  if (kind === 'json') return diffJson(diff);
  const table = diffTable(diff);
  return toCsv(table.header, table.rows, { bom });
}

export function diffViewExport(diff: VersionDiff): ViewExport {
  const table = diffTable(diff);
  return { suggestedName: `${diffFileName(diff)}.csv`, header: table.header, rows: table.rows };
}

export { EVENTS_TABLE_HEADER };
