/**
 * The table view's exports for code: the shown rows' events (first shown row of each event wins) as JSON or a
 * Python module, with "added" and "removed" from the bundled truth builds. Loaded on first use (it carries them).
 */
import type { TableKind } from '../../electron/core/model';
import { bundledTruth } from '../../electron/shared/versions/bundled';
import { eventsJson, pythonModule, type ExportEvent } from '../../electron/shared/versions/export-events';
import { buildHistory } from '../../electron/shared/versions/history';

export interface ShownTableRow {
  event: string;
  args: readonly string[];
  kind: TableKind;
}

export function tableExportEvents(rows: Iterable<ShownTableRow>): ExportEvent[] {
  const { sets, unstableArgs } = bundledTruth();
  const history = new Map(buildHistory(sets, [], unstableArgs).rows.map((row) => [row.event, row]));
  const events = new Map<string, ExportEvent>();
  for (const row of rows) {
    if (events.has(row.event)) continue;
    const known = history.get(row.event);
    events.set(row.event, {
      event: row.event,
      args: row.args,
      internal: row.kind === 'internal',
      added: known?.added ?? null,
      removed: known?.removed ?? null,
      unstable: unstableArgs.has(row.event),
    });
  }
  return [...events.values()];
}

/** `sources`: the files the rows come from ("ja 3.9.7 (ja/audit.html)"). */
export function tableCodeExport(rows: Iterable<ShownTableRow>, sources: readonly string[], kind: 'json' | 'python'): { text: string; count: number } {
  const events = tableExportEvents(rows);
  const { sets } = bundledTruth();
  if (kind === 'json') return { text: eventsJson(events), count: events.length };
  const madeFrom = [
    `Made from the table view: ${events.length} events shown, from ${sources.join(', ')}.`,
    `Arguments as the first shown row of each event has them; "added" and "removed" from the bundled CPython docs builds ${sets[0]!.label} ... ${sets.at(-1)!.label}.`,
  ];
  return { text: pythonModule(events, madeFrom), count: events.length };
}
