/**
 * Grid tables as docutils writes them (reST source) and Sphinx's text builder renders them:
 *
 *   +-------------+----------------+------------+
 *   | Audit event | Arguments      | References |
 *   |=============|================|============|      (text builder; reST writes +=====+=====+)
 *   | code.__new_ | "code",        | [1]        |
 *   | _           | "filename"     |            |
 *   +-------------+----------------+------------+
 *
 * A row runs from one border to the next; its cells wrap over the lines in between. readGridTable cuts lines
 * into cell fragments; gridToDraft rejoins them (events, arguments and prose wrap differently).
 */
import type { DocRow } from '../model.js';
import { joinWrappedLines } from '../prose.js';
import { joinArgFragments, refsFromText, splitArgs } from '../shape.js';
import type { DraftTable } from './page.js';
import { append } from '../text/append.js';

export interface GridLine {
  text: string;
  /** 1-based line in the file (collapsed text: the line the row sits on). */
  line: number | null;
}

export interface GridRow {
  /** Per column, the cell's text on each line of the row (trimmed; "" where the cell is empty on that line). */
  cells: string[][];
  line: number | null;
}

export interface GridTable {
  columns: number;
  header: GridRow[];
  body: GridRow[];
  /** Index of the first line after the table. */
  end: number;
  /** Set when the table stops inside a row (no closing border) or at a line that breaks the grid. */
  cut: { line: number | null; reason: string } | null;
}

/** "+----+-----+" (or with "=" for the reST header rule): at least one column. */
export function isGridBorder(text: string): boolean {
  return isRule(text, '+');
}

/** "|=====|=====|": the text builder's header rule. */
export function isHeaderRule(text: string): boolean {
  return isRule(text, '|') && text.includes('=');
}

function isRule(text: string, joint: '+' | '|'): boolean {
  if (text.length < 3 || text[0] !== joint || text[text.length - 1] !== joint) return false;
  let fills = 0;
  for (let i = 1; i < text.length - 1; i++) {
    const char = text[i];
    if (char === '-' || char === '=') fills++;
    else if (char !== joint && char !== '+') return false;
  }
  return fills > 0;
}

function leadingSpaces(text: string): number {
  let count = 0;
  while (count < text.length && (text[count] === ' ' || text[count] === '\t')) count++;
  return count;
}

/** Column boundary positions of a border ("+--+---+" → [0, 3, 7]). */
function boundaries(border: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === '+') positions.push(i);
  return positions;
}

/**
 * The cells of one content line. Lines of ASCII text are cut at the border's column positions; lines whose
 * text is wider than its character count (CJK headers padded by display width) are cut at the pipes instead.
 */
function splitContentLine(text: string, cuts: readonly number[]): string[] | null {
  const columns = cuts.length - 1;
  const width = cuts[cuts.length - 1]! + 1;
  if (text.length === width && cuts.every((cut) => text[cut] === '|')) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) cells.push(text.slice(cuts[c]! + 1, cuts[c + 1]).trim());
    return cells;
  }
  const parts = text.split('|');
  if (parts.length !== columns + 2 || parts[0] !== '' || parts[parts.length - 1]!.trim() !== '') return null;
  return parts.slice(1, -1).map((part) => part.trim());
}

/** Reads the grid table whose top border is lines[start]. */
export function readGridTable(lines: readonly GridLine[], start: number): GridTable {
  const top = lines[start]!.text;
  const indent = leadingSpaces(top);
  const cuts = boundaries(top.trimEnd().slice(indent));
  const columns = cuts.length - 1;
  const header: GridRow[] = [];
  const body: GridRow[] = [];
  let row: GridRow | null = null;
  let cut: GridTable['cut'] = null;
  let index = start + 1;

  for (; index < lines.length; index++) {
    const { text: raw, line } = lines[index]!;
    if (leadingSpaces(raw) !== indent) break;
    const text = raw.slice(indent).trimEnd();
    if (isGridBorder(text) || isHeaderRule(text)) {
      if (row) body.push(row);
      row = null;
      // Everything above a header rule is the header (usually one row wrapped over a line or two).
      if (text.includes('=')) append(header, body.splice(0));
      continue;
    }
    if (text[0] !== '|') break;
    const cells = splitContentLine(text, cuts);
    if (!cells) {
      cut = { line, reason: 'a line that does not fit the table grid' };
      break;
    }
    row ??= { cells: Array.from({ length: columns }, () => []), line };
    for (let c = 0; c < columns; c++) row.cells[c]!.push(cells[c]!);
  }
  if (row) cut ??= { line: row.line, reason: 'a row with no closing border' };
  return { columns, header, body, end: index, cut };
}

/** Event, arguments and references columns of a grid table, with wrapped cells rejoined. */
export function gridToDraft(grid: GridTable): DraftTable {
  const headers: string[] = [];
  for (let c = 0; c < grid.columns; c++) {
    headers.push(joinWrappedLines(grid.header.flatMap((row) => row.cells[c] ?? [])));
  }
  const rows: DocRow[] = grid.body.map((row) => ({
    // Event names hold no spaces: a break inside one is a break inside a word.
    event: (row.cells[0] ?? []).join(''),
    args: grid.columns > 1 ? splitArgs(joinArgFragments(row.cells[1] ?? [])) : [],
    refs: grid.columns > 2 ? refsFromText((row.cells[2] ?? []).join('')) : [],
    line: row.line,
  }));
  return { headers: grid.header.length > 0 ? headers : [], headerLine: grid.header[0]?.line ?? null, rows };
}
