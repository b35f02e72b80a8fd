/**
 * Flattens the loaded files into one array of display rows, plus column arrays (typed arrays and joined
 * lower-cased texts) computed once per snapshot/source change, so that filtering a keystroke only scans
 * those (see filters.ts). DOM-free and React-free: the filter benchmark (bench/) runs it under Node.
 */
import type { DocRef, TableKind } from '../../electron/core/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { TextColumnBuilder, type TextColumn } from './textColumn.js';
import { Interner } from '../../electron/shared/interner.js';

/** The source selection that shows the rows of every loaded file, each tagged with its file. */
export const ALL_SOURCES = '*';

export interface TableRow {
  /** Stable across reloads of the same file (file id, table kind, event, repeat number): selection survives live updates. */
  id: string;
  /** Position in the row set, i.e. document order (files in snapshot order, public table before internal). */
  index: number;
  fileId: string;
  /** The file's path relative to its root, shown in the Source column. */
  fileLabel: string;
  kind: TableKind;
  event: string;
  /** The part of the event name before the first dot ("" when it has none: `open`, `exec`...). */
  module: string;
  args: readonly string[];
  argsText: string;
  refs: readonly DocRef[];
  refsText: string;
  line: number | null;
}

/** What filtering reads, by row index: typed arrays and joined texts rather than one object per row. */
export interface RowColumns {
  /** 0 = public, 1 = internal. */
  kinds: Uint8Array;
  /** Index into RowSet.modules. */
  moduleIds: Int32Array;
  /** Row i takes the distinct arguments argIds[argStarts[i]] .. argIds[argStarts[i + 1] - 1] (ids into RowSet.argNames). */
  argStarts: Int32Array;
  argIds: Int32Array;
  /** What the one search box matches: event and arguments. */
  search: TextColumn;
  event: TextColumn;
  args: TextColumn;
  /** Labels and link targets. */
  refs: TextColumn;
  source: TextColumn;
}

export const KIND_CODES: Readonly<Record<TableKind, number>> = { public: 0, internal: 1 };

export interface RowSet {
  rows: readonly TableRow[];
  columns: RowColumns;
  /** Module names by id. */
  modules: readonly string[];
  /** Argument names by id, as written. */
  argNames: readonly string[];
  /** The files the rows come from (one file, or every file with a model). */
  files: readonly SourceFile[];
  /** Unfiltered row counts per table kind. */
  totals: Readonly<Record<TableKind, number>>;
}

export function moduleOf(event: string): string {
  const dot = event.indexOf('.');
  return dot < 0 ? '' : event.slice(0, dot);
}

export function refsText(refs: readonly DocRef[]): string {
  return refs.map((ref) => `[${ref.label}]`).join(' ');
}

/** Files the given source selection covers: the one file with that id, or all files (ALL_SOURCES or an unknown id). */
export function filesForSource(files: readonly SourceFile[], source: string): SourceFile[] {
  if (source !== ALL_SOURCES) {
    const file = files.find((candidate) => candidate.id === source);
    if (file) return [file];
  }
  return [...files];
}

export function buildRowSet(files: readonly SourceFile[], source: string): RowSet {
  const covered = filesForSource(files, source);
  const modules = new Interner();
  const argNames = new Interner();
  const rows: TableRow[] = [];
  const totals: Record<TableKind, number> = { public: 0, internal: 0 };
  const kinds: number[] = [];
  const moduleIds: number[] = [];
  const argStarts: number[] = [0];
  const argIds: number[] = [];
  const text = {
    search: new TextColumnBuilder(),
    event: new TextColumnBuilder(),
    args: new TextColumnBuilder(),
    refs: new TextColumnBuilder(),
    source: new TextColumnBuilder(),
  };

  for (const file of covered) {
    if (!file.model) continue;
    const fileLabel = file.relPath;
    for (const table of file.model.tables) {
      const repeats = new Map<string, number>();
      for (const docRow of table.rows) {
        const seen = repeats.get(docRow.event) ?? 0;
        repeats.set(docRow.event, seen + 1);
        const module = moduleOf(docRow.event);
        const argsText = docRow.args.join(', ');
        const shownRefs = refsText(docRow.refs);
        rows.push({
          id: `${file.id}|${table.kind}|${docRow.event}${seen ? `|${seen}` : ''}`,
          index: rows.length,
          fileId: file.id,
          fileLabel,
          kind: table.kind,
          event: docRow.event,
          module,
          args: docRow.args,
          argsText,
          refs: docRow.refs,
          refsText: shownRefs,
          line: docRow.line,
        });
        totals[table.kind] += 1;
        kinds.push(KIND_CODES[table.kind]);
        moduleIds.push(modules.id(module));
        for (const id of new Set(docRow.args.map((arg) => argNames.id(arg)))) argIds.push(id);
        argStarts.push(argIds.length);
        text.search.add(`${docRow.event}\n${argsText}`);
        text.event.add(docRow.event);
        text.args.add(argsText);
        text.refs.add(`${shownRefs} ${docRow.refs.map((ref) => ref.target ?? '').join(' ')}`);
        text.source.add(fileLabel);
      }
    }
  }
  return {
    rows,
    columns: {
      kinds: Uint8Array.from(kinds),
      moduleIds: Int32Array.from(moduleIds),
      argStarts: Int32Array.from(argStarts),
      argIds: Int32Array.from(argIds),
      search: text.search.build(),
      event: text.event.build(),
      args: text.args.build(),
      refs: text.refs.build(),
      source: text.source.build(),
    },
    modules: modules.values,
    argNames: argNames.values,
    files: covered,
    totals,
  };
}
