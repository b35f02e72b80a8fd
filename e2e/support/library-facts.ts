/**
 * Expectations computed from the host's own snapshot (the real parsed files), so the scenarios check what the
 * UI shows against the data rather than against numbers copied from today's corpus.
 */
import type { DocRow, TableKind } from '../../electron/core/model.js';
import type { LibrarySnapshot, SourceFile } from '../../electron/shared/library-types.js';

export interface Counts {
  public: number;
  internal: number;
  all: number;
}

export function rowsOf(file: SourceFile, kind: TableKind): DocRow[] {
  return (file.model?.tables ?? []).filter((table) => table.kind === kind).flatMap((table) => table.rows);
}

export function allRows(snapshot: LibrarySnapshot, kind: TableKind): DocRow[] {
  return snapshot.files.flatMap((file) => rowsOf(file, kind));
}

export function fileCounts(file: SourceFile): Counts {
  const pub = rowsOf(file, 'public').length;
  const internal = rowsOf(file, 'internal').length;
  return { public: pub, internal, all: pub + internal };
}

export function totals(snapshot: LibrarySnapshot): Counts {
  const counts = { public: 0, internal: 0, all: 0 };
  for (const file of snapshot.files) {
    const each = fileCounts(file);
    counts.public += each.public;
    counts.internal += each.internal;
    counts.all += each.all;
  }
  return counts;
}

/** The app's search: every whitespace-separated term occurs in the event name or the joined arguments. */
export function matchesSearch(row: DocRow, query: string): boolean {
  const haystack = `${row.event}\n${row.args.join(', ')}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}

/** The module an event belongs to: what comes before its first dot ("" for `compile`, `exec`...). */
export function moduleOf(event: string): string {
  const dot = event.indexOf('.');
  return dot < 0 ? '' : event.slice(0, dot);
}

/** Events of one table kind with their arguments, keyed by name. */
export function eventArgs(file: SourceFile, kind: TableKind): Map<string, string> {
  return new Map(rowsOf(file, kind).map((row) => [row.event, row.args.join(', ')]));
}

export function fileByName(snapshot: LibrarySnapshot, name: string): SourceFile {
  const file = snapshot.files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`${name} is not in the library: ${snapshot.files.map((f) => f.name).join(', ')}`);
  return file;
}
