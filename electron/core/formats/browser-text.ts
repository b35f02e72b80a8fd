/**
 * Text copied from a browser: every paragraph and every table cell on a line of its own (blank lines between),
 * or a table row as one line of tab-separated cells. Nothing marks where a row ends, so rows are recovered from
 * the shape of the cells:
 *
 * - Public table (Audit event | Arguments | References): a row is an event, then its arguments unless it has
 *   none, then its references ("[1][2]"). The References cell closes every row, so this is unambiguous.
 * - Internal table (Audit event | Arguments, no References column): a row is an event, then its arguments
 *   unless it has none. Whether the cell after an event is that event's arguments or the next event is decided
 *   by shape, in this order:
 *     1. a cell with a comma or a space is an argument list (event names have neither);
 *     2. a cell naming a known event (from the truth data) is an event;
 *     3. a cell that is namespaced like an event ("_winapi.CreatePipe", "x/y") is an event;
 *     4. anything else ("obj", "handle") is an argument list.
 *   A lone argument that is itself dotted and not a known event name would be taken for an event by rule 3
 *   (no known version of the page has one); it then shows up as an event no known version has, which parse.ts
 *   reports.
 * Headers are the cells right before a table's first row, as many as the table has columns.
 *
 * Where an internal table starts: anywhere, at two event rows in a row (so that a lone dotted word in the prose
 * does not open one); and, after the public table, at a single row too when the page's structure is there:
 * the sentence that introduces the internal events (any language: a paragraph ending in a full stop or a
 * colon), then the table's own two header cells (Audit event, Arguments, translated or not), then the row.
 * A file that ends inside the internal table, short of every known version of it, is reported as cut off
 * (known-tail.ts): nothing else in a browser copy marks where a table ends.
 */
import type { Diagnostic, DocRow } from '../model.js';
import { startsWithImplDetailLabel } from '../prose.js';
import { isRefsText, looksLikeEvent, refsFromText, splitArgs } from '../shape.js';
import { splitLines } from '../text/lines.js';
import { describeCut, tableKindAt } from './cut.js';
import { internalTableStopsShort } from './known-tail.js';
import { assemblePage, type CutOff, type PageDraft, type Segment } from './page.js';
import { append } from '../text/append.js';

interface Cell {
  text: string;
  line: number;
}

const MAX_HEADER_LENGTH = 60;

/** Each non-blank line is a cell; tab-separated cells on one line are cells too. */
function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  splitLines(text).forEach((raw, index) => {
    for (const part of raw.split('\t')) {
      const cellText = part.trim();
      if (cellText !== '') cells.push({ text: cellText, line: index + 1 });
    }
  });
  return cells;
}

function isArgumentCell(text: string): boolean {
  return text.includes(',') || text.includes(' ') || !looksLikeEvent(text);
}

interface TableRun {
  rows: DocRow[];
  /** Index of the first cell after the table. */
  end: number;
  cut: { line: number; reason: string } | null;
}

/** The run up to a row cut off before its References cell (the file ends there). */
function unfinished(rows: DocRow[], cells: readonly Cell[], event: Cell): TableRun {
  return { rows, end: cells.length, cut: { line: event.line, reason: `the row of ${event.text} has no References cell` } };
}

/** Public-table rows from cells[start]: event, [arguments], references. */
function readReferencedRows(cells: readonly Cell[], start: number): TableRun {
  const rows: DocRow[] = [];
  let i = start;
  while (i < cells.length && looksLikeEvent(cells[i]!.text)) {
    const event = cells[i]!;
    const next = cells[i + 1];
    const after = cells[i + 2];
    if (!next) return unfinished(rows, cells, event);
    if (isRefsText(next.text)) {
      rows.push({ event: event.text, args: [], refs: refsFromText(next.text), line: event.line });
      i += 2;
    } else if (after && isRefsText(after.text)) {
      rows.push({ event: event.text, args: splitArgs(next.text), refs: refsFromText(after.text), line: event.line });
      i += 3;
    } else if (!after) {
      return unfinished(rows, cells, event);
    } else {
      break;
    }
  }
  return { rows, end: i, cut: null };
}

/** Internal-table rows from cells[start]: event, [arguments] (see the rules above). */
function readUnreferencedRows(cells: readonly Cell[], start: number): TableRun {
  const rows: DocRow[] = [];
  let i = start;
  while (i < cells.length && looksLikeEvent(cells[i]!.text)) {
    const event = cells[i]!;
    const next = cells[i + 1];
    if (next && !isRefsText(next.text) && isArgumentCell(next.text)) {
      rows.push({ event: event.text, args: splitArgs(next.text), refs: [], line: event.line });
      i += 2;
    } else {
      rows.push({ event: event.text, args: [], refs: [], line: event.line });
      i += 1;
    }
  }
  return { rows, end: i, cut: null };
}

function startsReferencedTable(cells: readonly Cell[], i: number): boolean {
  const next = cells[i + 1]?.text;
  const after = cells[i + 2]?.text;
  return next !== undefined && (isRefsText(next) || (after !== undefined && isRefsText(after)));
}

function startsUnreferencedTable(cells: readonly Cell[], i: number, tablesBefore: number, proseStart: number): boolean {
  // Two rows in a row, so that a lone dotted word in the prose does not open a table...
  const run = readUnreferencedRows(cells, i);
  if (run.rows.length >= 2) return true;
  // ...or one, where the page lays out its internal table: after the public table, its sentence and headers.
  return run.rows.length === 1 && tablesBefore === 1 && followsInternalIntro(cells, i, proseStart);
}

/**
 * cells[i] comes right after two header cells, which come right after a sentence, all of them after the public
 * table: "The following events are raised internally…:" / "以下のイベントは内部で送出され…。", then
 * "Audit event" / "Evento de auditoria", then "Arguments" / "引数".
 */
function followsInternalIntro(cells: readonly Cell[], i: number, proseStart: number): boolean {
  const intro = i - 3;
  if (intro < proseStart) return false;
  return isSentence(cells[intro]!.text) && isHeaderCell(cells[i - 2]!.text) && isHeaderCell(cells[i - 1]!.text);
}

/** A paragraph that ends as a sentence does (a full stop or a colon, in Latin or CJK punctuation). */
function isSentence(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  return text.length > 1 && '.:\u3002\uff1a\uff0e'.includes(last) && !looksLikeEvent(text);
}

function isHeaderCell(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  return text.length <= MAX_HEADER_LENGTH && !'.:;!?\u3002\uff1a\uff1b\uff01\uff1f'.includes(last) && !looksLikeEvent(text);
}

export function readBrowserText(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const cells = cellsOf(text);
  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let proseStart = 0;
  let tables = 0;
  let i = 0;

  while (i < cells.length) {
    if (!looksLikeEvent(cells[i]!.text)) {
      i++;
      continue;
    }
    const referenced = startsReferencedTable(cells, i);
    if (!referenced && !startsUnreferencedTable(cells, i, tables, proseStart)) {
      i++;
      continue;
    }
    const run = referenced ? readReferencedRows(cells, i) : readUnreferencedRows(cells, i);
    const columns = referenced ? 3 : 2;
    let headerStart = i;
    while (headerStart > proseStart && i - headerStart < columns && isHeaderCell(cells[headerStart - 1]!.text)) {
      headerStart--;
    }
    append(segments, proseOf(cells.slice(proseStart, headerStart), segments.length === 0));
    const headerCells = cells.slice(headerStart, i);
    segments.push({
      kind: 'table',
      table: { headers: headerCells.map((cell) => cell.text), headerLine: headerCells[0]?.line ?? null, rows: run.rows },
    });
    if (run.cut && !cutOff) cutOff = describeCut(tableKindAt(tables), run.rows, run.cut.line, run.cut.reason);
    if (!cutOff && !referenced && tableKindAt(tables) === 'internal' && run.end === cells.length) {
      cutOff = internalTableStopsShort(run.rows, { lastRowMayLackArgs: true });
    }
    tables++;
    i = run.end;
    proseStart = i;
  }
  append(segments, proseOf(cells.slice(proseStart), segments.length === 0));
  return assemblePage(segments, { format: 'browser-text', diagnostics, cutOff });
}

/** Paragraph cells; the page's first line is its title (a browser copy keeps no heading markup). */
function proseOf(cells: readonly Cell[], startOfPage: boolean): Segment[] {
  return cells.map((cell, index): Segment => {
    if (startOfPage && index === 0) return { kind: 'title', text: cell.text, line: cell.line };
    const lead = startOfPage && index > 1;
    return { kind: 'paragraph', text: cell.text, line: cell.line, implDetail: lead && startsWithImplDetailLabel(cell.text) };
  });
}
