/**
 * What every format reader produces: the page as a sequence of title, paragraphs and tables in source order.
 * `assemblePage` turns that into the model's prose blocks (with roles) and tables (public first), the same way
 * for every format.
 */
import type { Diagnostic, DocFormat, DocRow, DocTable, ProseBlock, TableKind } from '../model.js';
import { betweenTablesBlocks, headerBlocks, leadBlocks, otherBlocks, type LeadParagraph } from '../prose.js';
import { append } from '../text/append.js';

export interface DraftTable {
  headers: string[];
  /** Line of the header row (null when the table has none or the format has no lines). */
  headerLine: number | null;
  rows: DocRow[];
}

export type Segment =
  | { kind: 'title'; text: string; line: number | null }
  | { kind: 'paragraph'; text: string; line: number | null; implDetail?: boolean }
  | { kind: 'table'; table: DraftTable }
  /** Where the page source generates the public table (reST `.. audit-event-table::`): no rows in the file. */
  | { kind: 'generated-table'; line: number | null };

/** Where and why a reader stopped before the end of a table. */
export interface CutOff {
  line: number | null;
  message: string;
}

export interface DeclaredVersion {
  value: string;
  /** What the value was read from, for the evidence text ("HTML <title>: Python 3.12.1 documentation"). */
  evidence: string;
}

export interface PageDraft {
  format: DocFormat;
  title: string | null;
  prose: ProseBlock[];
  tables: DocTable[];
  diagnostics: Diagnostic[];
  /** Locale the file states (<html lang>, .po Language header). */
  declaredLocale: string | null;
  declaredVersion: DeclaredVersion | null;
  cutOff: CutOff | null;
  /** The file shows its own end after the tables (HTML: </html>, the page footer): nothing is missing. */
  endsProperly?: boolean;
}

export interface AssembleOptions {
  format: DocFormat;
  diagnostics: Diagnostic[];
  declaredLocale?: string | null;
  declaredVersion?: DeclaredVersion | null;
  cutOff?: CutOff | null;
  endsProperly?: boolean;
  /** Formats that keep no markup of the implementation-detail admonition (see leadBlocks). */
  implDetailByPosition?: boolean;
}

export function assemblePage(segments: readonly Segment[], options: AssembleOptions): PageDraft {
  const prose: ProseBlock[] = [];
  const tables: DocTable[] = [];
  let title: string | null = null;
  let pending: Array<{ text: string; line: number | null; implDetail: boolean }> = [];
  let tablesSeen = 0;

  const flushParagraphs = (): void => {
    if (pending.length === 0) return;
    if (tablesSeen === 0) append(prose, leadBlocks(pending as LeadParagraph[], options.implDetailByPosition));
    else if (tablesSeen === 1) append(prose, betweenTablesBlocks(pending));
    else append(prose, otherBlocks(pending));
    pending = [];
  };

  for (const segment of segments) {
    switch (segment.kind) {
      case 'title':
        if (title === null && tablesSeen === 0 && pending.length === 0) {
          title = segment.text;
          prose.push({ role: 'title', text: segment.text, line: segment.line });
        } else {
          pending.push({ text: segment.text, line: segment.line, implDetail: false });
        }
        break;
      case 'paragraph':
        pending.push({ text: segment.text, line: segment.line, implDetail: segment.implDetail === true });
        break;
      case 'generated-table':
        flushParagraphs();
        tablesSeen++;
        break;
      case 'table': {
        flushParagraphs();
        const kind: TableKind = tablesSeen === 0 ? 'public' : 'internal';
        tablesSeen++;
        if (tablesSeen > 2) {
          options.diagnostics.push({
            severity: 'warning',
            message:
              `A third events table (${segment.table.rows.length} rows) was left out: ` +
              'the page has a public and an internal table only',
            line: segment.table.rows[0]?.line ?? segment.table.headerLine,
          });
          break;
        }
        append(prose, headerBlocks(segment.table.headers, segment.table.headerLine));
        tables.push({ kind, headers: segment.table.headers, rows: segment.table.rows });
        break;
      }
    }
  }
  flushParagraphs();

  return {
    format: options.format,
    title,
    prose,
    tables,
    diagnostics: options.diagnostics,
    declaredLocale: options.declaredLocale ?? null,
    declaredVersion: options.declaredVersion ?? null,
    cutOff: options.cutOff ?? null,
    ...(options.endsProperly ? { endsProperly: true } : {}),
  };
}
