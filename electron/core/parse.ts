/**
 * parseDocTable: any rendition of the "Audit events table" page → one DocTableModel.
 * Plain TypeScript (no Electron): used by the Electron main process, the serve host and the CLI.
 */
import { detectFormat } from './detect.js';
import { judgePage, rejectPage, sniffPage } from './identify.js';
import { READERS } from './formats/readers.js';
import { decideLocale } from './locale.js';
import {
  NotADocTableError,
  type Diagnostic,
  type DocFormat,
  type DocTable,
  type DocTableModel,
  type ParseOptions,
} from './model.js';
import { isEventShaped, looksLikeEvent } from './shape.js';
import { normalizeNewlines } from './text/lines.js';
import { truth } from './truth.js';
import { decideVersion, inferVersion, type Inference } from './version.js';

/** Formats that are the page even without event rows (the public table is not in them by nature). */
const ROWLESS_FORMATS: ReadonlySet<DocFormat> = new Set(['po', 'rst']);

/**
 * Parse any rendition of the audit events table page. Detects the format from content.
 * Throws NotADocTableError when the text is another page (identify.ts decides: most pages are turned away from
 * their raw text, before any parsing) or holds no audit events table at all.
 */
export function parseDocTable(text: string, options: ParseOptions = {}): DocTableModel {
  const normalized = normalizeNewlines(text);
  if (normalized.trim() === '') throw new NotADocTableError('not the audit events page (empty file)');
  const raw = sniffPage(normalized, options.path);
  const format = detectFormat(normalized);
  const draft = READERS[format](normalized);
  if (!judgePage(draft, raw, format).accepted) rejectPage(draft, raw);

  const hasEventRows = draft.tables.some((table) => table.rows.some((row) => looksLikeEvent(row.event)));
  if (!hasEventRows && !ROWLESS_FORMATS.has(format)) {
    throw new NotADocTableError(`the audit events page without its table (read as ${describeFormat(format)})`);
  }

  const diagnostics: Diagnostic[] = [...draft.diagnostics];
  const publicTable = draft.tables.find((table) => table.kind === 'public') ?? null;
  const internalTable = draft.tables.find((table) => table.kind === 'internal') ?? null;
  for (const table of draft.tables) checkRows(table, diagnostics);

  let inference: Inference | null;
  if (draft.cutOff) {
    diagnostics.push({ severity: 'warning', message: draft.cutOff.message, line: draft.cutOff.line });
    inference = inferVersion({
      publicRows: publicTable?.rows ?? null,
      internalRows: internalTable?.rows ?? null,
      truncatedAfter: lastEvent(publicTable) ?? lastEvent(internalTable),
    });
  } else {
    inference = inferVersion({
      publicRows: publicTable?.rows ?? null,
      internalRows: internalTable?.rows ?? null,
      truncatedAfter: null,
    });
    if (publicTable && endsAfterPublicTable(format, publicTable, internalTable, inference)) {
      const last = publicTable.rows[publicTable.rows.length - 1]!;
      const why = inference!.exact ? 'the builds it matches have one' : 'its events match no known build exactly';
      diagnostics.push({
        severity: 'warning',
        message:
          `The file ends after row ${publicTable.rows.length} (${last.event}) of the public table, without the ` +
          `internal-events table (${why}): it looks cut off there, and the rest of the page is missing.`,
        line: last.line,
      });
      inference = inferVersion({ publicRows: publicTable.rows, internalRows: null, truncatedAfter: lastEvent(publicTable) });
    }
  }

  const locale = decideLocale({
    declared: draft.declaredLocale,
    title: draft.title,
    paragraphs: draft.prose.filter((block) => block.role !== 'table-header').map((block) => block.text),
    path: options.path,
    declaredIsInterface: format === 'html',
    unreliableText: options.unreliableText === true,
  });

  return {
    format,
    locale: locale?.locale ?? null,
    ...(locale?.uiLocale ? { uiLocale: locale.uiLocale } : {}),
    version: decideVersion({ declared: draft.declaredVersion, inference, path: options.path }),
    title: draft.title,
    prose: draft.prose,
    tables: draft.tables,
    diagnostics,
  };
}

function describeFormat(format: DocFormat): string {
  return format === 'browser-text' ? 'plain text' : format;
}

function lastEvent(table: DocTable | null): string | null {
  if (!table || table.rows.length === 0) return null;
  return table.rows.reduce((max, row) => (row.event > max ? row.event : max), table.rows[0]!.event);
}

/**
 * A page that stops right after its public table, where the builds it matches have an internal table after
 * it (or where it matches no build exactly), was cut off there. The real pages of 3.8.0 to 3.9.0 end after the
 * public table; they match their builds exactly, so they are not flagged.
 */
function endsAfterPublicTable(
  format: DocFormat,
  publicTable: DocTable,
  internalTable: DocTable | null,
  inference: Inference | null,
): boolean {
  if (ROWLESS_FORMATS.has(format) || publicTable.rows.length === 0 || internalTable) return false;
  if (!inference) return false;
  return !inference.exact || inference.best.some((version) => version.internal.size > 0);
}

/** Per kind of row problem, how many are listed one by one before the rest are counted in one line. */
const LISTED_ROW_PROBLEMS = 20;

/** Row problems any format can have. */
function checkRows(table: DocTable, diagnostics: Diagnostic[]): void {
  const notEvents: DocTable['rows'] = [];
  const duplicates: DocTable['rows'] = [];
  const repeatedRefs: DocTable['rows'] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  const known = truth().events;
  for (const row of table.rows) {
    if (!isEventShaped(row.event)) notEvents.push(row);
    else if (!known.has(row.event)) unknown.push(row.event);
    if (seen.has(row.event)) duplicates.push(row);
    seen.add(row.event);
    const targets = row.refs.map((ref) => ref.target ?? ref.label);
    if (new Set(targets).size < targets.length) repeatedRefs.push(row);
  }
  type Row = DocTable['rows'][number];
  const report = (rows: Row[], severity: Diagnostic['severity'], message: (row: Row) => string): void => {
    for (const row of rows.slice(0, LISTED_ROW_PROBLEMS)) {
      diagnostics.push({ severity, message: message(row), line: row.line });
    }
    if (rows.length > LISTED_ROW_PROBLEMS) {
      diagnostics.push({
        severity,
        message: `${table.kind} table: ${rows.length - LISTED_ROW_PROBLEMS} more rows like the above`,
        line: rows[LISTED_ROW_PROBLEMS]!.line,
      });
    }
  };
  report(notEvents, 'warning', (row) => `${table.kind} table: "${row.event.slice(0, 80)}" does not look like an event name`);
  report(duplicates, 'warning', (row) => `${table.kind} table: ${row.event} appears twice`);
  report(repeatedRefs, 'info', (row) => {
    const targets = row.refs.map((ref) => ref.target ?? ref.label);
    const places = new Set(targets).size;
    return `${table.kind} table: ${row.event} lists ${targets.length} references to ${places} places (repeated, as incremental builds do)`;
  });
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ', …' : '');
    const count = `${unknown.length} event${unknown.length === 1 ? '' : 's'}`;
    diagnostics.push({ severity: 'info', message: `${table.kind} table: ${count} no known build has: ${names}`, line: null });
  }
}
