/** What changed in the audit events from one version (a truth build or a file) to another. */
import { holdsTable, sameArgs, type EventSet } from './event-set.js';
import { byEventName } from './history.js';

export interface DiffEvent {
  event: string;
  args: readonly string[];
  internal: boolean;
}

export interface DiffChange {
  event: string;
  from: readonly string[];
  to: readonly string[];
  internal: boolean;
  /** The event's argument lists differ between directives of one version: the change may be that quirk. */
  unstable: boolean;
}

/** A table one side does not hold at all (a gettext catalog or the reST source: no public table), so not compared. */
export interface NotCompared {
  table: 'public' | 'internal';
  /** The labels of the sides without it. */
  missingIn: string[];
}

export interface VersionDiff {
  from: string;
  to: string;
  added: DiffEvent[];
  removed: DiffEvent[];
  changed: DiffChange[];
  /** Said beside the counts: "0 removed" from a catalog means nothing about its public events. */
  notCompared: NotCompared[];
}

export function diffSets(a: EventSet, b: EventSet, unstableArgs: ReadonlySet<string>): VersionDiff {
  const added: DiffEvent[] = [];
  const removed: DiffEvent[] = [];
  const changed: DiffChange[] = [];
  // Events of a table one side does not hold (a catalog has only the internal table) are neither added nor removed.
  for (const [event, info] of b.events) {
    const before = a.events.get(event);
    if (!before && !holdsTable(a, info.internal)) continue;
    if (!before) added.push({ event, args: info.args, internal: info.internal });
    else if (!sameArgs(before.args, info.args)) {
      changed.push({ event, from: before.args, to: info.args, internal: info.internal, unstable: unstableArgs.has(event) });
    }
  }
  for (const [event, info] of a.events) if (!b.events.has(event) && holdsTable(b, info.internal)) removed.push({ event, args: info.args, internal: info.internal });
  const order = (x: { event: string }, y: { event: string }) => byEventName(x.event, y.event);
  const notCompared = (['public', 'internal'] as const)
    .map((table) => ({ table, missingIn: [a, b].filter((set) => !holdsTable(set, table === 'internal')).map((set) => set.label) }))
    .filter((entry) => entry.missingIn.length > 0);
  return { from: a.label, to: b.label, added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order), notCompared };
}

/** "public table not compared: pt-BR 3.12 has none", once per table a side lacks. */
export function notComparedNotes(diff: VersionDiff): string[] {
  return diff.notCompared.map(
    ({ table, missingIn }) => `${table} table not compared: ${missingIn.join(' and ')} ${missingIn.length === 1 ? 'has' : 'have'} none`,
  );
}

/** The quirk, said once per event where it shows. */
export function unstableNote(event: string): string {
  return `${event}: its directives in one version carry different argument lists; a docs build shows either, so this may be that quirk`;
}

/**
 * The machine-readable diff (`doctable diff --json`, the view's JSON export); `notes` names the tables it could not
 * compare and the quirks it shows.
 */
export function diffJson(diff: VersionDiff): string {
  const notes = [...notComparedNotes(diff), ...diff.changed.filter((change) => change.unstable).map((change) => unstableNote(change.event))];
  const value = {
    from: diff.from,
    to: diff.to,
    added: diff.added.map(({ event, args }) => ({ event, args })),
    removed: diff.removed.map(({ event, args }) => ({ event, args })),
    changed: diff.changed.map(({ event, from, to }) => ({ event, from, to })),
    notes,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Header and rows of the diff as a table (CSV export): one row per added, removed or changed event. */
export function diffTable(diff: VersionDiff): { header: string[]; rows: string[][] } {
  const header = ['change', 'event', 'table', `arguments in ${diff.from}`, `arguments in ${diff.to}`, 'note'];
  const table = (internal: boolean) => (internal ? 'internal' : 'public');
  const rows = [
    ...diff.added.map((entry) => ['added', entry.event, table(entry.internal), '', entry.args.join(', '), '']),
    ...diff.removed.map((entry) => ['removed', entry.event, table(entry.internal), entry.args.join(', '), '', '']),
    ...diff.changed.map((entry) => [
      'changed',
      entry.event,
      table(entry.internal),
      entry.from.join(', '),
      entry.to.join(', '),
      entry.unstable ? unstableNote(entry.event) : '',
    ]),
  ];
  return { header, rows };
}

/** The diff narrowed to one table ("public", "internal", or "all") and to events or arguments matching `query`. */
export function filterDiff(diff: VersionDiff, table: 'public' | 'internal' | 'all', query: string): VersionDiff {
  const wanted = query.trim().toLowerCase();
  const keep = (entry: { event: string; internal: boolean }, args: readonly string[]): boolean =>
    (table === 'all' || entry.internal === (table === 'internal')) &&
    (!wanted || entry.event.toLowerCase().includes(wanted) || args.some((name) => name.toLowerCase().includes(wanted)));
  return {
    ...diff,
    added: diff.added.filter((entry) => keep(entry, entry.args)),
    removed: diff.removed.filter((entry) => keep(entry, entry.args)),
    changed: diff.changed.filter((entry) => keep(entry, [...entry.from, ...entry.to])),
    notCompared: diff.notCompared.filter((entry) => table === 'all' || entry.table === table),
  };
}
