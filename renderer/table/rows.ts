/**
 * Flattens the loaded files into one array of display rows, plus column arrays (typed arrays and joined
 * lower-cased texts) computed once per snapshot/source change, so that filtering a keystroke only scans
 * those (see filters.ts). Each file is flattened on its own into a block (FileRows) that a RowSetCache keeps
 * while the file's object lives; a row set is the blocks laid end to end, so a change to one file re-derives
 * that file's rows only. DOM-free and React-free: the filter benchmark (bench/) runs it under Node.
 */
import type { DocRef, TableKind } from '../../electron/shared/model.js';
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
  /**
   * The file blocks the rows were laid out from, in order, with the index of each block's first row: what is
   * derived per file (sort keys, by-event groups) is kept per block and reused while the block lives.
   */
  blocks: readonly PlacedBlock[];
}

export interface PlacedBlock {
  readonly rows: FileRows;
  /** Index in RowSet.rows of the block's first row. */
  readonly offset: number;
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

/** The text columns, by name (one TextColumn each in RowColumns). */
export type TextColumnName = 'search' | 'event' | 'args' | 'refs' | 'source';
export const TEXT_COLUMNS: readonly TextColumnName[] = ['search', 'event', 'args', 'refs', 'source'];

/**
 * One file's rows and columns, built once per SourceFile object. Indices and ids are local to the file: rows
 * are numbered from 0, moduleIds/argIds index this block's own `modules`/`argNames`, argStarts starts at 0 and
 * the text columns' offsets at 0. A row set is these blocks laid end to end (see assembleRowSet).
 */
export interface FileRows {
  readonly file: SourceFile;
  /** The file's rows, `index` = position within the file. */
  readonly rows: readonly TableRow[];
  readonly kinds: Uint8Array;
  readonly moduleIds: Int32Array;
  readonly modules: readonly string[];
  readonly argStarts: Int32Array;
  readonly argIds: Int32Array;
  readonly argNames: readonly string[];
  readonly text: Readonly<Record<TextColumnName, TextColumn>>;
  readonly totals: Readonly<Record<TableKind, number>>;
}

/** Flattens one file (public table before internal, document order); a file without a model has no rows. */
export function buildFileRows(file: SourceFile): FileRows {
  const modules = new Interner();
  const argNames = new Interner();
  const rows: TableRow[] = [];
  const totals: Record<TableKind, number> = { public: 0, internal: 0 };
  const kinds: number[] = [];
  const moduleIds: number[] = [];
  const argStarts: number[] = [0];
  const argIds: number[] = [];
  const fileLabel = file.relPath;
  for (const table of file.model?.tables ?? []) {
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
      // Each distinct argument once (a row's few arguments: a scan back beats a Set per row).
      const argsFrom = argIds.length;
      for (const arg of docRow.args) {
        const id = argNames.id(arg);
        if (argIds.indexOf(id, argsFrom) < 0) argIds.push(id);
      }
      argStarts.push(argIds.length);
    }
  }
  return {
    file,
    rows,
    kinds: Uint8Array.from(kinds),
    moduleIds: Int32Array.from(moduleIds),
    modules: modules.values,
    argStarts: Int32Array.from(argStarts),
    argIds: Int32Array.from(argIds),
    argNames: argNames.values,
    text: lazyTextColumns((name) => fileTextColumn(rows, fileLabel, name)),
    totals,
  };
}

/** One text column of a file's rows (what the filters search; see textColumn.ts). */
function fileTextColumn(rows: readonly TableRow[], fileLabel: string, name: TextColumnName): TextColumn {
  const builder = new TextColumnBuilder();
  switch (name) {
    case 'search':
      for (const row of rows) builder.add(`${row.event}\n${row.argsText}`);
      break;
    case 'event':
      for (const row of rows) builder.add(row.event);
      break;
    case 'args':
      for (const row of rows) builder.add(row.argsText);
      break;
    case 'refs':
      for (const row of rows) builder.add(`${row.refsText} ${row.refs.map((ref) => ref.target ?? '').join(' ')}`);
      break;
    case 'source':
      builder.addRepeated(fileLabel, rows.length);
      break;
  }
  return builder.build();
}

/**
 * Text columns built when first read, then kept: the first table and a one-file change show without them
 * (lower-casing and joining every row's texts is a good part of a build), and the renderer builds them right
 * after painting (useRowSet), before the user types.
 */
function lazyTextColumns(build: (name: TextColumnName) => TextColumn): Record<TextColumnName, TextColumn> {
  const built: Partial<Record<TextColumnName, TextColumn>> = {};
  const columns = {} as Record<TextColumnName, TextColumn>;
  for (const name of TEXT_COLUMNS) {
    Object.defineProperty(columns, name, { enumerable: true, get: () => (built[name] ??= build(name)) });
  }
  return columns;
}

/** A block's rows numbered from `offset` (copies: the block's own rows stay numbered from 0). */
function shiftRows(rows: readonly TableRow[], offset: number): TableRow[] {
  const shifted: TableRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // Spelled out rather than spread: same shape as buildFileRows' rows, and several times faster.
    shifted.push({
      id: row.id,
      index: offset + i,
      fileId: row.fileId,
      fileLabel: row.fileLabel,
      kind: row.kind,
      event: row.event,
      module: row.module,
      args: row.args,
      argsText: row.argsText,
      refs: row.refs,
      refsText: row.refsText,
      line: row.line,
    });
  }
  return shifted;
}

/** Gives every name of every block one id in the row set (first seen, first numbered) and each block its id map. */
function mergeNames(blocks: readonly FileRows[], names: (block: FileRows) => readonly string[]) {
  const merged = new Interner();
  const maps = blocks.map((block) => Int32Array.from(names(block), (name) => merged.id(name)));
  return { values: merged.values, maps };
}

/**
 * Lays file blocks end to end into one row set: concatenates the typed arrays and texts and renumbers ids
 * and offsets, without looking at a row's strings again. The result equals the old one-pass build over the
 * same files: modules and argument names are numbered in order of first appearance in both.
 */
function assembleRowSet(covered: readonly SourceFile[], entries: readonly CachedBlock[]): RowSet {
  const filledEntries = entries.filter((entry) => entry.rows.rows.length > 0);
  const filled = filledEntries.map((entry) => entry.rows);
  let rowCount = 0;
  let argCount = 0;
  for (const block of filled) {
    rowCount += block.rows.length;
    argCount += block.argIds.length;
  }
  const modules = mergeNames(filled, (block) => block.modules);
  const argNames = mergeNames(filled, (block) => block.argNames);

  const rows: TableRow[] = [];
  const kinds = new Uint8Array(rowCount);
  const moduleIds = new Int32Array(rowCount);
  const argStarts = new Int32Array(rowCount + 1);
  const argIds = new Int32Array(argCount);
  const totals: Record<TableKind, number> = { public: 0, internal: 0 };
  const placed: PlacedBlock[] = [];
  let rowAt = 0;
  let argAt = 0;
  filled.forEach((block, b) => {
    placed.push({ rows: block, offset: rowAt });
    const n = block.rows.length;
    const blockRows = placedRows(filledEntries[b]!, rowAt);
    for (let i = 0; i < n; i++) rows.push(blockRows[i]!);
    kinds.set(block.kinds, rowAt);
    const moduleMap = modules.maps[b]!;
    for (let i = 0; i < n; i++) moduleIds[rowAt + i] = moduleMap[block.moduleIds[i]!]!;
    for (let i = 0; i < n; i++) argStarts[rowAt + i] = argAt + block.argStarts[i]!;
    const argMap = argNames.maps[b]!;
    for (let k = 0; k < block.argIds.length; k++) argIds[argAt + k] = argMap[block.argIds[k]!]!;
    totals.public += block.totals.public;
    totals.internal += block.totals.internal;
    rowAt += n;
    argAt += block.argIds.length;
  });
  argStarts[rowCount] = argAt;

  const text = lazyTextColumns((name) => joinTextColumns(filled.map((block) => block.text[name]), rowCount));
  const columns = { kinds, moduleIds, argStarts, argIds } as RowColumns;
  for (const name of TEXT_COLUMNS) Object.defineProperty(columns, name, { enumerable: true, get: () => text[name] });
  return {
    rows,
    columns,
    modules: modules.values,
    argNames: argNames.values,
    files: [...covered],
    totals,
    blocks: placed,
  };
}

/** Text columns (each of at least one row) one after the other: the texts joined, offsets shifted. */
function joinTextColumns(columns: readonly TextColumn[], rowCount: number): TextColumn {
  // What TextColumnBuilder gives for no rows at all.
  if (columns.length === 0) return new TextColumnBuilder().build();
  if (columns.length === 1) return columns[0]!;
  const starts = new Int32Array(rowCount + 1);
  let rowAt = 0;
  let charAt = 0;
  for (const column of columns) {
    const n = column.starts.length - 1;
    for (let i = 0; i < n; i++) starts[rowAt + i] = charAt + column.starts[i]!;
    rowAt += n;
    charAt += column.text.length;
  }
  starts[rowCount] = charAt;
  // Concatenated rather than joined: the engine links the pieces (no copy) and flattens them the first time the
  // column is searched, so a change that nobody searches after does not copy every file's text.
  let text = '';
  for (const column of columns) text += column.text;
  return { text, starts };
}

interface CachedBlock {
  readonly rows: FileRows;
  /** The block's rows renumbered for the last offset other than 0 it was placed at. */
  shifted: { offset: number; rows: readonly TableRow[] } | null;
}

/**
 * Keeps each file's block between builds, keyed by the SourceFile object itself: the renderer's snapshot keeps
 * the objects of files a change did not touch (state/snapshot.ts) and brings a new object for every added or
 * changed file, so a change re-derives only the rows of the files it brought. (Files are plain data from IPC or
 * HTTP and never changed in place; a file changed in place would keep its old rows.) Blocks of files no
 * snapshot holds any more go with them (a WeakMap).
 */
export class RowSetCache {
  private readonly blocks = new WeakMap<SourceFile, CachedBlock>();

  private entry(file: SourceFile): CachedBlock {
    let entry = this.blocks.get(file);
    if (!entry) {
      entry = { rows: buildFileRows(file), shifted: null };
      this.blocks.set(file, entry);
    }
    return entry;
  }

  /** True when the file's block is built (a build covering it costs no flattening). */
  has(file: SourceFile): boolean {
    return this.blocks.has(file);
  }

  /** The file's block: built on first use, the same object afterwards. */
  fileRows(file: SourceFile): FileRows {
    return this.entry(file).rows;
  }

  build(files: readonly SourceFile[], source: string): RowSet {
    const covered = filesForSource(files, source);
    return assembleRowSet(covered, covered.map((file) => this.entry(file)));
  }
}

/** A block's rows numbered from `offset`: its own rows at 0, else a renumbered copy kept for the next build. */
function placedRows(entry: CachedBlock, offset: number): readonly TableRow[] {
  if (offset === 0) return entry.rows.rows;
  if (entry.shifted?.offset !== offset) entry.shifted = { offset, rows: shiftRows(entry.rows.rows, offset) };
  return entry.shifted.rows;
}

/**
 * The row set of the files the source selection covers. With a `cache` (one per view, kept across renders)
 * only files it has not seen yet are flattened; without one, every file is.
 */
export function buildRowSet(files: readonly SourceFile[], source: string, cache: RowSetCache = new RowSetCache()): RowSet {
  return cache.build(files, source);
}
