/**
 * The "By event" view: one row per distinct event and table kind, with a column per source (a file, or a
 * locale × version when several files are renditions of one build) saying whether it has the event, and
 * whether its arguments differ from what most of the sources that have it say.
 *
 * The filters run on the per-file rows as in the rows view (filters.ts); an event shows when any of its rows
 * passes them. What is built once per row set (groups, statuses) is separate from what runs per keystroke
 * (marking the groups of the shown rows and walking them in the sorted order): O(shown rows + groups).
 * Pure and DOM-free, like filters.ts.
 */
import type { TableKind } from '../../electron/shared/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import type { Split } from '../state/split.js';
import type { RowSet } from './rows.js';

/** A column of the by-event view: one file, or the files of one locale × version. */
export interface EventSource {
  key: string;
  label: string;
  /** What the header's tooltip lists. */
  files: readonly SourceFile[];
}

/**
 * Per source: absent, present, arguments differ, or no table of the event's kind at all (a gettext catalog or the
 * reST source holds no public table; a copy cut off early, no internal one), where the event can be neither.
 */
export const STATUS = { absent: 0, present: 1, differs: 2, noTable: 3 } as const;
export type EventStatus = (typeof STATUS)[keyof typeof STATUS];

export interface EventGroup {
  /** Stable across changes (kind and event): selection survives live updates. */
  id: string;
  kind: TableKind;
  event: string;
  module: string;
  /** The arguments most of the sources that have it give (ties: the first source's). */
  argsText: string;
  /** Per source (EventTable.sources order): absent / present / arguments differ / no table of this kind. */
  statuses: Uint8Array;
  /** Per source, the arguments it gives ('' when absent). */
  sourceArgs: readonly string[];
  /** How many sources have the event. */
  presentIn: number;
  /** How many sources hold a table of the event's kind: those that could have it. */
  possibleIn: number;
  /** The group's first row in the row set (document order). */
  firstRow: number;
}

export interface EventTable {
  sources: readonly EventSource[];
  groups: readonly EventGroup[];
  /** Per row of the row set, its group. */
  groupOfRow: Int32Array;
  /** Distinct events per table kind (unfiltered). */
  totals: Readonly<Record<TableKind, number>>;
}

/**
 * The sources' columns: per locale × version when every file has both and some share them (an HTML build and
 * its text output), else per file.
 */
export function eventSources(files: readonly SourceFile[]): EventSource[] {
  const withModel = files.filter((file) => file.model);
  const buildKey = (file: SourceFile) => (file.locale && file.version ? `${file.locale} ${file.version.value}` : null);
  const keys = withModel.map(buildKey);
  const distinct = new Set(keys);
  if (keys.every((key) => key !== null) && distinct.size < withModel.length) {
    return [...distinct].map((key) => ({ key: key!, label: key!, files: withModel.filter((file) => buildKey(file) === key) }));
  }
  return withModel.map((file) => ({ key: file.id, label: file.relPath, files: [file] }));
}

/** Groups the row set's rows by event and table kind (document order of first appearance). */
export function buildEventTable(set: RowSet): EventTable {
  const sources = eventSources(set.files);
  const sourceOfFile = new Map<string, number>();
  sources.forEach((source, s) => source.files.forEach((file) => sourceOfFile.set(file.id, s)));
  const holds = (kind: TableKind) =>
    sources.map((source) => source.files.some((file) => file.model?.tables.some((table) => table.kind === kind) ?? false));
  const holdsTable: Readonly<Record<TableKind, readonly boolean[]>> = { public: holds('public'), internal: holds('internal') };
  const groupOfRow = new Int32Array(set.rows.length);
  const byKey = new Map<string, number>();
  const firstRows: number[] = [];
  // Per group, per source: the arguments of its first row there (undefined = absent).
  const argsBySource: (string | undefined)[][] = [];
  set.rows.forEach((row, index) => {
    const key = `${row.kind}\u0000${row.event}`;
    let group = byKey.get(key);
    if (group === undefined) {
      group = firstRows.length;
      byKey.set(key, group);
      firstRows.push(index);
      argsBySource.push(new Array<string | undefined>(sources.length));
    }
    groupOfRow[index] = group;
    const s = sourceOfFile.get(row.fileId);
    if (s !== undefined && argsBySource[group]![s] === undefined) argsBySource[group]![s] = row.argsText;
  });
  const totals: Record<TableKind, number> = { public: 0, internal: 0 };
  const groups = firstRows.map((firstRow, g): EventGroup => {
    const row = set.rows[firstRow]!;
    const perSource = argsBySource[g]!;
    const argsText = majority(perSource);
    const statuses = new Uint8Array(sources.length);
    const holdsKind = holdsTable[row.kind];
    let presentIn = 0;
    let possibleIn = 0;
    for (let s = 0; s < sources.length; s++) {
      // A source with a row of this kind holds its table; one without the table can neither have nor miss the event.
      if (!holdsKind[s]) {
        statuses[s] = STATUS.noTable;
        continue;
      }
      possibleIn += 1;
      const args = perSource[s];
      if (args === undefined) continue; // STATUS.absent, the array's zero
      presentIn += 1;
      statuses[s] = args === argsText ? STATUS.present : STATUS.differs;
    }
    totals[row.kind] += 1;
    return {
      id: `${row.kind}|${row.event}`,
      kind: row.kind,
      event: row.event,
      module: row.module,
      argsText,
      statuses,
      sourceArgs: Array.from(perSource, (args) => args ?? ''),
      presentIn,
      possibleIn,
      firstRow,
    };
  });
  return { sources, groups, groupOfRow, totals };
}

function majority(values: readonly (string | undefined)[]): string {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const value of values) {
    if (value === undefined) continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best ?? '';
}

/** The by-event view's sortable columns: event, arguments, how many sources have it, table kind. */
export type EventSortId = 'event' | 'args' | 'presence' | 'kind';
const EVENT_SORT_IDS: readonly string[] = ['event', 'args', 'presence', 'kind'];

export interface EventSortRule {
  id: string;
  desc: boolean;
}

/**
 * The groups in sorted order (once per table and sort, not per keystroke); null for the order of first
 * appearance. Ties keep that order.
 */
export function sortedGroups(table: EventTable, sorting: readonly EventSortRule[]): Int32Array | null {
  const rules = sorting.filter((rule) => EVENT_SORT_IDS.includes(rule.id));
  if (rules.length === 0) return null;
  const { groups } = table;
  const keys = rules.map((rule) => {
    switch (rule.id as EventSortId) {
      case 'event':
        return groups.map((group) => group.event.toLowerCase());
      case 'args':
        return groups.map((group) => group.argsText.toLowerCase());
      case 'presence':
        return groups.map((group) => group.presentIn);
      case 'kind':
        return groups.map((group) => group.kind);
    }
  });
  const order = Int32Array.from(groups, (_group, index) => index);
  order.sort((a, b) => {
    for (let r = 0; r < rules.length; r++) {
      const left = keys[r]![a]!;
      const right = keys[r]![b]!;
      if (left !== right) return (left < right ? -1 : 1) * (rules[r]!.desc ? -1 : 1);
    }
    return a - b;
  });
  return order;
}

export interface EventResult {
  /** Indices into EventTable.groups of the events shown, in display order. */
  groups: Int32Array;
  /** Events each tab would show under the other filters. */
  splitCounts: Readonly<Record<Split, number>>;
}

/**
 * The events with at least one of `rows` (the rows view's filter result with the tab set to "all"), on the
 * given tab, in `order` (sortedGroups) or in order of first appearance; and the events each tab would show.
 */
export function filterEvents(table: EventTable, order: Int32Array | null, rows: Int32Array, split: Split): EventResult {
  const shown = new Uint8Array(table.groups.length);
  for (let i = 0; i < rows.length; i++) shown[table.groupOfRow[rows[i]!]!] = 1;
  const out = new Int32Array(table.groups.length);
  let count = 0;
  const perKind = { public: 0, internal: 0 };
  const n = table.groups.length;
  for (let position = 0; position < n; position++) {
    const g = order ? order[position]! : position;
    if (!shown[g]) continue;
    const kind = table.groups[g]!.kind;
    perKind[kind] += 1;
    if (split === 'all' || split === kind) out[count++] = g;
  }
  return {
    groups: out.subarray(0, count),
    splitCounts: { public: perKind.public, internal: perKind.internal, all: perKind.public + perKind.internal },
  };
}

export const STATUS_TEXT: Readonly<Record<EventStatus, string>> = {
  [STATUS.absent]: 'absent',
  [STATUS.present]: 'present',
  [STATUS.differs]: 'arguments differ',
  [STATUS.noTable]: 'no table of this kind',
};

/** "3 of 5": of the sources that hold a table of the event's kind. */
export function presenceText(group: EventGroup): string {
  return `${group.presentIn} of ${group.possibleIn}`;
}

/** What a by-event cell says for a source, in words (export, tooltips, copy). */
export function statusCellText(group: EventGroup, source: number): string {
  const status = group.statuses[source] as EventStatus;
  if (status === STATUS.differs) return `arguments differ: ${group.sourceArgs[source]}`;
  return status === STATUS.noTable ? `no ${group.kind} table` : STATUS_TEXT[status];
}

/** Column ids of the by-event view's source columns: this prefix and the source's key. */
export const EVENT_COLUMN_PREFIX = 'src:';

/** The text of a by-event cell: what copy and export write. */
export function eventCellText(table: EventTable, group: number, column: string): string {
  const event = table.groups[group]!;
  switch (column) {
    case 'event':
      return event.event;
    case 'kind':
      return event.kind;
    case 'args':
      return event.argsText;
    case 'presence':
      return presenceText(event);
  }
  const source = table.sources.findIndex((candidate) => EVENT_COLUMN_PREFIX + candidate.key === column);
  return source < 0 ? '' : statusCellText(event, source);
}
