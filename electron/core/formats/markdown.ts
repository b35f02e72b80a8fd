/**
 * Markdown renditions: pipe tables with or without outer pipes, one row per line (GFM), and the layout HTML
 * converters such as html2text write, where every cell is a paragraph of its own, cells are separated by a
 * line holding a pipe, and a row ends with a hard line break ("  "):
 *
 *   array.__new__
 *
 *   |
 *
 *   `typecode`, `initializer`
 *
 *   |
 *
 *   [[1]](array.md#array.array)␠␠
 *
 * A table starts at its delimiter row ("---|---|---"); its header is the row just above it.
 */
import type { Diagnostic, DocRow } from '../model.js';
import { joinWrappedLines, startsWithBoldLabel } from '../prose.js';
import { splitArgs } from '../shape.js';
import { isBlank, splitLines } from '../text/lines.js';
import { describeCut, tableKindAt } from './cut.js';
import { markdownCellText, markdownRefs, splitAtPipes } from './markdown-inline.js';
import { assemblePage, type CutOff, type DraftTable, type PageDraft, type Segment } from './page.js';
import { append } from '../text/append.js';

/** "---|---|---", "| :--- | ---: |": the number of columns, or 0 when the line is no delimiter row. */
export function delimiterColumns(line: string): number {
  const trimmed = line.trim();
  if (!trimmed.includes('|') || !trimmed.includes('-')) return 0;
  const parts = splitAtPipes(trimmed);
  if (parts[0]!.trim() === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1]!.trim() === '') parts.pop();
  if (parts.length < 2) return 0;
  for (const part of parts) {
    const cell = part.trim();
    let i = 0;
    let end = cell.length;
    if (cell[0] === ':') i++;
    if (end > i && cell[end - 1] === ':') end--;
    if (end - i < 1) return 0;
    for (let j = i; j < end; j++) if (cell[j] !== '-') return 0;
  }
  return parts.length;
}

function pipeCount(line: string): number {
  return splitAtPipes(line).length - 1;
}

/** Two or more trailing spaces after text: a Markdown hard line break, which html2text puts at each row's end. */
function endsWithHardBreak(raw: string): boolean {
  return raw.endsWith('  ') && raw.trim() !== '';
}

interface RowDraft {
  cells: string[][];
  /** Line where each cell's text starts (for rows whose first cell moves to the next row). */
  cellLines: Array<number | null>;
  column: number;
  line: number;
  hasText: boolean;
}

interface BodyResult {
  rows: RowDraft[];
  end: number;
  /** A row still open when the table's lines ran out. */
  open: RowDraft | null;
}

export function readMarkdown(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(text);
  const delimiters: Array<{ index: number; columns: number }> = [];
  lines.forEach((line, index) => {
    const columns = delimiterColumns(line);
    if (columns > 0) delimiters.push({ index, columns });
  });
  const headerStarts = delimiters.map((delimiter, k) =>
    findHeaderStart(lines, delimiter.index, delimiter.columns, k === 0 ? 0 : delimiters[k - 1]!.index + 1),
  );

  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let proseStart = 0;
  let tables = 0;
  delimiters.forEach((delimiter, k) => {
    // A delimiter inside the previous table's rows (a malformed table) is read as part of those rows.
    if (delimiter.index < proseStart) return;
    const headerStart = Math.max(headerStarts[k]!, proseStart);
    append(segments, markdownProse(lines, proseStart, headerStart));
    const header = readRows(lines, headerStart, delimiter.index, delimiter.columns, true);
    const headerRow = header.rows[0] ?? header.open;
    const limit = k + 1 < delimiters.length ? headerStarts[k + 1]! : lines.length;
    const body = readRows(lines, delimiter.index + 1, Math.max(limit, delimiter.index + 1), delimiter.columns, false);
    const rows = body.rows.map(toDocRow);
    if (body.open?.hasText && !cutOff) {
      cutOff = describeCut(tableKindAt(tables), rows, body.open.line, 'its last row is not finished');
    }
    segments.push({
      kind: 'table',
      table: {
        headers: headerRow ? headerRow.cells.map((cell) => joinWrappedLines(cell.map(markdownCellText))) : [],
        headerLine: headerRow?.line ?? null,
        rows,
      } satisfies DraftTable,
    });
    tables++;
    proseStart = body.end;
  });
  append(segments, markdownProse(lines, proseStart, lines.length));
  return assemblePage(segments, { format: 'markdown', diagnostics, cutOff });
}

/**
 * Walks up from a delimiter row to the start of its header row: a single "a | b | c" line, or cell paragraphs
 * separated by pipe lines, up to the first cell once every separator has been seen.
 */
function findHeaderStart(lines: readonly string[], delimiter: number, columns: number, floor: number): number {
  let pipes = 0;
  let start = delimiter;
  for (let j = delimiter - 1; j >= floor; j--) {
    const line = lines[j]!.trim();
    if (line === '') continue;
    const count = pipeCount(line);
    if (start === delimiter && count >= columns - 1 && hasCellText(line)) return j;
    start = j;
    pipes += count;
    if (pipes >= columns - 1 && !line.startsWith('|')) return j;
  }
  return start;
}

function hasCellText(line: string): boolean {
  return splitAtPipes(line).some((part) => part.trim() !== '');
}

function nextNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isBlank(lines[i]!)) return i;
  return -1;
}

function newRow(columns: number, line: number): RowDraft {
  return {
    cells: Array.from({ length: columns }, () => []),
    cellLines: Array.from({ length: columns }, () => null),
    column: 0,
    line,
    hasText: false,
  };
}

function put(row: RowDraft, text: string, line: number): void {
  const cell = text.trim();
  if (cell === '') return;
  row.cells[row.column]!.push(cell);
  row.cellLines[row.column] ??= line;
  row.hasText = true;
}

function isFull(row: RowDraft, columns: number): boolean {
  return row.column === columns - 1 && row.cells[columns - 1]!.length > 0;
}

/** Rows of lines [from, to): a header (isHeader: no end-of-table test) or a table body. */
function readRows(lines: readonly string[], from: number, to: number, columns: number, isHeader: boolean): BodyResult {
  const rows: RowDraft[] = [];
  let row: RowDraft | null = null;
  let gap = false;
  let hardBreaks = 0;
  let i = from;
  const finish = (draft: RowDraft): void => {
    if (draft.hasText) rows.push(draft);
  };

  while (i < to) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '') {
      gap = true;
      i++;
      continue;
    }
    if (row === null) {
      if (!isHeader) {
        if (delimiterColumns(line) > 0) break;
        // A cell paragraph without a pipe starts a row only if a pipe line follows it; else the table is over.
        if (pipeCount(line) === 0) {
          const next = nextNonBlank(lines, i + 1, to);
          if (next === -1 || !lines[next]!.trim().startsWith('|')) break;
        }
      }
      row = newRow(columns, i + 1);
      const parts = splitAtPipes(line);
      if (parts.length - 1 >= columns - 1 && hasCellText(line)) {
        // A whole row on one line: "| a | b | c |" or "a | b | c".
        if (line.startsWith('|')) parts.shift();
        if (parts.length > columns && parts[parts.length - 1]!.trim() === '') parts.pop();
        parts.forEach((part, index) => {
          row!.column = Math.min(index, columns - 1);
          put(row!, part, i + 1);
        });
        finish(row);
        row = null;
        gap = false;
        i++;
        continue;
      }
    } else if (gap && isFull(row, columns) && !line.startsWith('|')) {
      // Without hard breaks (trailing spaces stripped), a full row ends at the next paragraph.
      finish(row);
      row = null;
      continue;
    }

    splitAtPipes(line).forEach((part, index) => {
      if (index > 0) {
        if (row!.column + 1 >= columns) {
          // One pipe too many: what sat in the last cell was the next row's first cell (this row's last cell is empty).
          const moved = row!.cells[columns - 1]!;
          const movedLine = row!.cellLines[columns - 1] ?? i + 1;
          row!.cells[columns - 1] = [];
          row!.hasText = row!.cells.some((cell) => cell.length > 0);
          finish(row!);
          row = newRow(columns, movedLine);
          row.cells[0] = moved;
          row.cellLines[0] = movedLine;
          row.hasText = moved.length > 0;
        }
        row!.column++;
      }
      put(row!, part, i + 1);
    });
    if (endsWithHardBreak(raw)) {
      hardBreaks++;
      finish(row!);
      row = null;
    }
    gap = false;
    i++;
  }
  // Where rows end in hard breaks, one without is cut off; where the file has none (trailing spaces stripped),
  // a row that reached its last cell is complete.
  if (row && isFull(row, columns) && !isHeader && hardBreaks === 0) {
    finish(row);
    row = null;
  }
  return { rows, end: i, open: row?.hasText ? row : null };
}

function toDocRow(row: RowDraft): DocRow {
  return {
    // Event names hold no spaces: fragments of one were split by the converter.
    event: row.cells[0]!.map(markdownCellText).join(''),
    args: splitArgs(markdownCellText(row.cells[1]?.join(' ') ?? '')),
    refs: markdownRefs(row.cells[2]?.join('') ?? ''),
    line: row.cellLines[0] ?? row.line,
  };
}

/** Paragraphs and headings outside the tables. */
function markdownProse(lines: readonly string[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let block: Array<{ text: string; line: number }> = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const first = block[0]!;
    const last = block[block.length - 1]!.text.trim();
    if (block.length === 1 && /^#{1,6}\s/.test(first.text.trim())) {
      segments.push({ kind: 'title', text: headingText(first.text.trim().replace(/^#+\s*/, '')), line: first.line });
    } else if (block.length === 2 && /^(=+|-+)$/.test(last)) {
      segments.push({ kind: 'title', text: headingText(first.text.trim()), line: first.line });
    } else {
      const text = joinWrappedLines(block.map((entry) => entry.text));
      segments.push({ kind: 'paragraph', text, line: first.line, implDetail: startsWithBoldLabel(text) });
    }
    block = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) flush();
    else block.push({ text: line, line: i + 1 });
  }
  flush();
  return segments;
}

/** A heading without closing hashes and without the "¶" permalink a converted Sphinx page keeps. */
function headingText(text: string): string {
  return text.replace(/\s#+\s*$/, '').replace(/\u00b6\s*$/, '').trim();
}
