/**
 * Every column the rows view can show: the table's own (event, arguments, references, source) and what is known
 * of each row's file (locale, version, format), its table (public / internal), its module and its references as
 * URLs. The grid shows a cell's text from here, and copy and export write the same text.
 */
import type { SourceFile } from '../../electron/shared/library-types.js';
import { resolveReference } from '../links/references.js';
import { DEFAULT_HEADERS } from './cells.js';
import type { ColumnId } from './filters.js';
import type { TableRow } from './rows.js';

export type RowColumnId = ColumnId | 'locale' | 'version' | 'format' | 'table' | 'module' | 'urls';

export interface RowColumnSpec {
  id: RowColumnId;
  label: string;
  width: number;
  grow?: boolean;
  /** Has a text filter under its header (filters.ts). */
  filterable: boolean;
}

export const ROW_COLUMNS: readonly RowColumnSpec[] = [
  { id: 'event', label: DEFAULT_HEADERS.event, width: 300, filterable: true },
  { id: 'args', label: DEFAULT_HEADERS.args, width: 260, grow: true, filterable: true },
  { id: 'refs', label: DEFAULT_HEADERS.refs, width: 150, filterable: true },
  { id: 'source', label: DEFAULT_HEADERS.source, width: 240, filterable: true },
  { id: 'locale', label: 'Locale', width: 80, filterable: false },
  { id: 'version', label: 'Version', width: 80, filterable: false },
  { id: 'format', label: 'Format', width: 110, filterable: false },
  { id: 'table', label: 'Table', width: 80, filterable: false },
  { id: 'module', label: 'Module', width: 110, filterable: false },
  { id: 'urls', label: 'Reference URLs', width: 320, filterable: false },
];

export const ROW_COLUMN_IDS: readonly RowColumnId[] = ROW_COLUMNS.map((column) => column.id);

export function isRowColumnId(id: string): id is RowColumnId {
  return (ROW_COLUMN_IDS as readonly string[]).includes(id);
}

/** A row's references as the URLs they open (docs.python.org for the file's language and version). */
export function referenceUrls(row: TableRow, file: SourceFile | undefined): string {
  if (!file) return '';
  return row.refs
    .map((ref) => resolveReference(ref, file))
    .filter((url): url is string => url !== null)
    .join(' ');
}

/** The text a cell of the rows view shows, copies and exports. */
export function rowCellText(row: TableRow, column: RowColumnId, file: SourceFile | undefined): string {
  switch (column) {
    case 'event':
      return row.event;
    case 'args':
      return row.argsText;
    case 'refs':
      return row.refsText;
    case 'source':
      return row.fileLabel;
    case 'locale':
      return file?.locale ?? '';
    case 'version':
      return file?.version?.value ?? '';
    case 'format':
      return file?.format ?? '';
    case 'table':
      return row.kind;
    case 'module':
      return row.module;
    case 'urls':
      return referenceUrls(row, file);
  }
}
