/**
 * One version's audit events as the versions view, the diff and the exports use them: a bundled truth build or an
 * open file, with each event's arguments in positional order (the order sys.audit passes them).
 */
import type { DocTableModel, TableKind } from '../../core/model.js';
import type { TruthData } from '../../core/truth-types.js';

export interface EventInfo {
  event: string;
  /** Argument names in positional order. */
  args: readonly string[];
  /** Listed in the page's second table (events raised internally by CPython). */
  internal: boolean;
}

export type EventSetKind = 'truth' | 'file';

export interface EventSet {
  /** "truth:3.12.4" or "file:<SourceFile id>": unique among the sets of one history. */
  id: string;
  kind: EventSetKind;
  /** The CPython version ("3.12.4", "3.13.0rc2", "3.12" for a file that only names its series); null when unknown. */
  version: string | null;
  /** How the UI and the CLI name it: "3.12.4" for a build, "zh-tw 3.12.4 · audit.html" for a file. */
  label: string;
  /** Where it comes from: the truth build's origin, or the file's path. */
  description: string;
  /** Event name → event, in table order (public table first). */
  events: ReadonlyMap<string, EventInfo>;
  /**
   * Files only: the tables the file holds (a gettext catalog or the reST source has only the internal one), so
   * events of the other table are not counted missing. Absent: both.
   */
  tables?: ReadonlySet<TableKind>;
}

/** Whether the set holds the table an event belongs to. */
export function holdsTable(set: EventSet, internal: boolean): boolean {
  return set.tables === undefined || set.tables.has(internal ? 'internal' : 'public');
}

export interface TruthSets {
  /** Oldest first. */
  sets: EventSet[];
  /**
   * Events whose argument lists differ between the directives documenting them in one version (`open`,
   * `os.truncate`): a build shows whichever the docs build met last, so their "changes" may be that quirk.
   */
  unstableArgs: ReadonlySet<string>;
}

export function truthSetId(version: string): string {
  return `truth:${version}`;
}

export function fileSetId(fileId: string): string {
  return `file:${fileId}`;
}

/** Decodes resources/truth/audit-events-truth.json (see scripts/build-truth.ts for its shape). */
export function truthSets(data: TruthData): TruthSets {
  const argLists = data.argLists.map((joined) => (joined === '' ? [] : joined.split(', ')));
  const sets = data.versions.map((version): EventSet => {
    const events = new Map<string, EventInfo>();
    const add = (pairs: readonly number[], internal: boolean): void => {
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const event = data.events[pairs[i]!]!;
        if (!events.has(event)) events.set(event, { event, args: argLists[pairs[i + 1]!]!, internal });
      }
    };
    add(version.public, false);
    add(version.internal, true);
    return {
      id: truthSetId(version.version),
      kind: 'truth',
      version: version.version,
      label: version.version,
      description: `${version.description} (${version.label})`,
      events,
    };
  });
  return { sets, unstableArgs: new Set(data.unstableArgs) };
}

/** A parsed file's events; the first row of an event wins when a file lists it twice. */
export function modelSet(id: string, label: string, description: string, model: DocTableModel): EventSet {
  const events = new Map<string, EventInfo>();
  for (const kind of ['public', 'internal'] as const) {
    for (const table of model.tables) {
      if (table.kind !== kind) continue;
      for (const row of table.rows) {
        if (!events.has(row.event)) events.set(row.event, { event: row.event, args: [...row.args], internal: kind === 'internal' });
      }
    }
  }
  const tables = new Set(model.tables.map((table) => table.kind));
  return { id, kind: 'file', version: model.version?.value ?? null, label, description, events, ...(tables.size < 2 ? { tables } : {}) };
}

export function argsKey(args: readonly string[]): string {
  return args.join(', ');
}

export function sameArgs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
