/**
 * `doctable events [--version V] [--since V] [--json|--csv|--python]`: the audit events of a CPython version (the
 * newest bundled build by default; "3.12" names the newest 3.12 build), or only those added or whose arguments
 * changed since another version; as text, or as the versions view's exports for code.
 */
import { toCsv } from '../../renderer/export/csv.js';
import { bundledTruth } from '../shared/versions/bundled.js';
import { diffSets, unstableNote } from '../shared/versions/diff.js';
import type { EventSet } from '../shared/versions/event-set.js';
import { eventsJson, eventsTable, exportEvents, pythonModule, type ExportEvent } from '../shared/versions/export-events.js';
import { buildHistory, type HistoryRow } from '../shared/versions/history.js';
import { parseCommandArgs, usageError } from './command-args.js';
import { newestTruth, SourceError, truthVersion } from './event-sources.js';

export const EVENTS_USAGE = 'usage: doctable events [--version V] [--since V] [--json|--csv|--python]';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

type Format = 'text' | 'json' | 'csv' | 'python';

function describe(set: EventSet): string {
  return `CPython ${set.version}, ${set.description}`;
}

function textLines(target: EventSet, events: readonly ExportEvent[], since: EventSet | null, rows: readonly HistoryRow[]): string {
  const lines: string[] = [];
  if (since) {
    const diff = diffSets(since, target, bundledTruth().unstableArgs);
    lines.push(`${target.version} since ${since.version}: ${diff.added.length} added, ${diff.changed.length} with other arguments`);
    for (const entry of diff.added) lines.push(`+ ${entry.event}(${entry.args.join(', ')})${entry.internal ? '  [internal]' : ''}`);
    for (const entry of diff.changed) {
      lines.push(`~ ${entry.event}(${entry.from.join(', ')}) -> (${entry.to.join(', ')})${entry.unstable ? `  [note: ${unstableNote(entry.event)}]` : ''}`);
    }
    return `${lines.join('\n')}\n`;
  }
  const internal = events.filter((entry) => entry.internal).length;
  lines.push(`${describe(target)}: ${events.length} events (${events.length - internal} public, ${internal} internal)`);
  for (const [i, entry] of events.entries()) {
    const notes = [entry.internal ? 'internal' : '', `added ${rows[i]!.added}`, entry.unstable ? `note: ${unstableNote(entry.event)}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`${entry.event}(${entry.args.join(', ')})  [${notes}]`);
  }
  return `${lines.join('\n')}\n`;
}

export async function eventsCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('events', EVENTS_USAGE, args, {
    version: { type: 'string' },
    since: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    python: { type: 'boolean' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (parsed.positionals.length > 0) return usageError('events', EVENTS_USAGE, `unexpected argument "${parsed.positionals[0]}" (versions go after --version or --since)`);
  const formats = (['json', 'csv', 'python'] as const).filter((name) => values[name]);
  if (formats.length > 1) {
    process.stderr.write(`doctable events: choose one of --json, --csv, --python\n${EVENTS_USAGE}\n`);
    return EXIT_USAGE;
  }
  const format: Format = formats[0] ?? 'text';

  let target: EventSet;
  let since: EventSet | null;
  try {
    target = values.version === undefined ? newestTruth() : truthVersion(values.version);
    since = values.since === undefined ? null : truthVersion(values.since);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`doctable events: ${error.message}\n`);
    return error.usage ? EXIT_USAGE : EXIT_FAILURE;
  }

  const { sets, unstableArgs } = bundledTruth();
  const history = buildHistory(sets, [], unstableArgs);
  const column = history.columns.findIndex((entry) => entry.set.id === target.id);
  let wanted: (row: HistoryRow) => boolean = (row) => row.cells[column]!.args !== null;
  if (since) {
    const diff = diffSets(since, target, unstableArgs);
    const names = new Set([...diff.added, ...diff.changed].map((entry) => entry.event));
    wanted = (row) => names.has(row.event);
  }
  const rows = history.rows.filter(wanted);
  const events = exportEvents(rows, column);
  const madeFrom = [
    since ? `Events added or with other arguments in ${describe(target)} since ${describe(since)}.` : `Events listed in ${describe(target)}.`,
    `"added" and "removed" from the bundled truth builds ${sets[0]!.version} ... ${sets.at(-1)!.version}.`,
  ];

  switch (format) {
    case 'json':
      process.stdout.write(eventsJson(events));
      break;
    case 'csv': {
      const table = eventsTable(events);
      process.stdout.write(toCsv(table.header, table.rows));
      break;
    }
    case 'python':
      process.stdout.write(pythonModule(events, madeFrom));
      break;
    case 'text':
      process.stdout.write(textLines(target, events, since, rows));
      break;
  }
  return EXIT_OK;
}
