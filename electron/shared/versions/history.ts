/**
 * Every event across every known version: the bundled truth builds in version order, with the open files' columns
 * beside the build of their version. Each cell says how the event stands in that column against the column it is
 * read against (the previous build for a build; for a file, the build of its version), and each event carries its
 * history over the builds: added in, removed in, arguments changed in (before → after).
 */
import { holdsTable, sameArgs, type EventInfo, type EventSet } from './event-set.js';
import { compareVersions } from './order.js';
import { truthFor } from './resolve.js';

/**
 * present: listed, with the arguments of the column it is read against (or there is none);
 * added / removed: listed here but not there, or the other way round;
 * changed: listed in both with other arguments; absent: in neither.
 */
export type CellState = 'present' | 'absent' | 'added' | 'removed' | 'changed';

export interface HistoryCell {
  state: CellState;
  /** The arguments in this column; null when the event is not listed here. */
  args: readonly string[] | null;
  /** For changed: the arguments in the column read against. */
  before: readonly string[] | null;
}

export interface HistoryColumn {
  set: EventSet;
  /** The column its cells are read against: the previous build (builds), the build of its version (files). */
  base: EventSet | null;
  /** Files only: the truth build of the file's version (null when no bundled build covers it). */
  truth: EventSet | null;
  /** Files only: events in which the file disagrees with `truth` (missing, extra, other arguments), quirks aside. */
  disagreements: number;
}

export type TransitionKind = 'added' | 'removed' | 'changed';

export interface Transition {
  kind: TransitionKind;
  /** The truth build where it happened. */
  version: string;
  /** Index into History.columns. */
  column: number;
  /** For changed: arguments before and after. */
  from: readonly string[] | null;
  to: readonly string[] | null;
}

export interface HistoryRow {
  event: string;
  /** "os" for "os.truncate"; "" for an event without a dot ("open", "exec"). */
  module: string;
  internal: boolean;
  /** Arguments in the newest build listing it (or the newest file, for an event no build has). */
  args: readonly string[];
  /** Aligned with History.columns. */
  cells: HistoryCell[];
  /** The first truth build listing it (the oldest build, 3.8.0, for an event older than every build); null: files only. */
  added: string | null;
  /** The truth build it disappeared in, when the newest build does not list it; else null. */
  removed: string | null;
  /** What happened to it from one truth build to the next, oldest first. */
  transitions: Transition[];
  /** Its argument lists differ between directives of one version (a build shows either): changes may be that quirk. */
  unstable: boolean;
  inTruth: boolean;
}

export interface History {
  columns: HistoryColumn[];
  rows: HistoryRow[];
  unstableArgs: ReadonlySet<string>;
}

export function moduleOf(event: string): string {
  const dot = event.indexOf('.');
  return dot < 0 ? '' : event.slice(0, dot);
}

/** Code point order, as events-by-version.md and Python's sorted() list events. */
export function byEventName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Placed {
  set: EventSet;
  base: EventSet | null;
  truth: EventSet | null;
  /** Sort keys: the truth column it sits after (-1 before all, Infinity after all), files after that build. */
  anchor: number;
  file: number;
}

/** Builds oldest first; a file right after the build of its version, or after the newest build not newer than it. */
function placeColumns(truthSets: readonly EventSet[], fileSets: readonly EventSet[]): Placed[] {
  const truth = [...truthSets].sort((a, b) => compareVersions(a.version ?? '', b.version ?? ''));
  const placed: Placed[] = truth.map((set, i) => ({ set, base: i > 0 ? truth[i - 1]! : null, truth: null, anchor: i, file: 0 }));
  for (const set of fileSets) {
    const match = truthFor(truth, set.version);
    let anchor: number;
    if (match) anchor = truth.indexOf(match);
    else if (set.version === null) anchor = Number.POSITIVE_INFINITY;
    else anchor = truth.findLastIndex((candidate) => compareVersions(candidate.version ?? '', set.version!) <= 0);
    const base = match ?? (Number.isFinite(anchor) && anchor >= 0 ? truth[anchor]! : null);
    placed.push({ set, base, truth: match, anchor, file: 1 });
  }
  return placed.sort((a, b) => a.anchor - b.anchor || a.file - b.file || a.set.label.localeCompare(b.set.label));
}

function cellOf(here: EventInfo | undefined, before: EventInfo | undefined, hasBase: boolean): HistoryCell {
  if (!here) return { state: before ? 'removed' : 'absent', args: null, before: null };
  if (!hasBase) return { state: 'present', args: here.args, before: null };
  if (!before) return { state: 'added', args: here.args, before: null };
  if (!sameArgs(here.args, before.args)) return { state: 'changed', args: here.args, before: before.args };
  return { state: 'present', args: here.args, before: null };
}

export function buildHistory(truthSets: readonly EventSet[], fileSets: readonly EventSet[], unstableArgs: ReadonlySet<string>): History {
  const placed = placeColumns(truthSets, fileSets);
  const names = new Set<string>();
  for (const { set } of placed) for (const event of set.events.keys()) names.add(event);

  const columns: HistoryColumn[] = placed.map(({ set, base, truth }) => ({ set, base, truth, disagreements: 0 }));
  const rows: HistoryRow[] = [];
  for (const event of [...names].sort(byEventName)) {
    const cells = columns.map((column) => {
      const before = column.base?.events.get(event);
      // A file without the table an event belongs to (a catalog has only the internal one) does not miss it.
      const held = before === undefined || holdsTable(column.set, before.internal);
      return cellOf(column.set.events.get(event), held ? before : undefined, column.base !== null);
    });
    const unstable = unstableArgs.has(event);
    const transitions: Transition[] = [];
    let added: string | null = null;
    let newestTruth: EventInfo | undefined;
    let newestFile: EventInfo | undefined;
    let listedInNewestBuild = false;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index]!;
      const cell = cells[index]!;
      const info = column.set.events.get(event);
      if (column.set.kind === 'file') {
        if (info) newestFile = info;
        if (column.truth && cell.state !== 'present' && cell.state !== 'absent' && !(unstable && cell.state === 'changed')) {
          column.disagreements += 1;
        }
        continue;
      }
      listedInNewestBuild = info !== undefined;
      if (info) newestTruth = info;
      if (info && added === null) added = column.set.version;
      if (column.base && (cell.state === 'added' || cell.state === 'removed' || cell.state === 'changed')) {
        transitions.push({ kind: cell.state, version: column.set.version ?? '', column: index, from: cell.before, to: cell.state === 'changed' ? cell.args : null });
      }
    }
    const last = transitions.at(-1);
    const info = newestTruth ?? newestFile!;
    rows.push({
      event,
      module: moduleOf(event),
      internal: info.internal,
      args: info.args,
      cells,
      added,
      removed: !listedInNewestBuild && last?.kind === 'removed' ? last.version : null,
      transitions,
      unstable,
      inTruth: newestTruth !== undefined,
    });
  }
  return { columns, rows, unstableArgs };
}

/** Whether an event is listed in a cell. */
export function isListed(cell: HistoryCell): boolean {
  return cell.args !== null;
}
