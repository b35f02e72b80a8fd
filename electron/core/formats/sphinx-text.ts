/**
 * Sphinx text-builder output: an underlined title, wrapped paragraphs, grid tables. Also the same text with
 * every newline collapsed into a space (one line holding the whole page), whose grid lines are recovered from
 * the grid's own structure: a line is a border, a header rule, or a content line of exactly columns+1 pipes.
 */
import type { Diagnostic } from '../model.js';
import { findBoldLabel, joinWrappedLines, startsWithBoldLabel } from '../prose.js';
import { LineIndex, isBlank, splitLines } from '../text/lines.js';
import { describeCut, tableKindAt } from './cut.js';
import { gridToDraft, isGridBorder, isHeaderRule, readGridTable, type GridLine } from './grid.js';
import { assemblePage, type CutOff, type PageDraft, type Segment } from './page.js';
import { append } from '../text/append.js';

export function readSphinxText(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const lines: GridLine[] = splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let proseStart = 0;
  let tables = 0;

  for (let i = 0; i < lines.length; ) {
    if (startsGrid(lines, i)) {
      append(segments, proseSegments(lines.slice(proseStart, i)));
      const grid = readGridTable(lines, i);
      const table = gridToDraft(grid);
      if (grid.cut && !cutOff) cutOff = describeCut(tableKindAt(tables), table.rows, grid.cut.line, grid.cut.reason);
      segments.push({ kind: 'table', table });
      tables++;
      i = Math.max(grid.end, i + 1);
      proseStart = i;
      continue;
    }
    i++;
  }
  append(segments, proseSegments(lines.slice(proseStart)));
  return assemblePage(segments, { format: 'sphinx-text', diagnostics, cutOff });
}

function startsGrid(lines: readonly GridLine[], index: number): boolean {
  const next = lines[index + 1]?.text.trim();
  return next !== undefined && next.startsWith('|') && isGridBorder(lines[index]!.text.trim());
}

/** "******", "======": a reST/Sphinx section underline. */
export function isUnderline(text: string): boolean {
  const line = text.trim();
  if (line.length < 3 || !'*=-~^#"\'+`:.'.includes(line[0]!)) return false;
  for (let i = 1; i < line.length; i++) if (line[i] !== line[0]) return false;
  return true;
}

/** Blank-line separated blocks: an underlined block is a heading, any other is a paragraph. */
export function proseSegments(lines: readonly GridLine[]): Segment[] {
  const segments: Segment[] = [];
  let block: GridLine[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const body = block.filter((line) => !isUnderline(line.text));
    const underlined = block.length >= 2 && isUnderline(block[block.length - 1]!.text) && body.length === 1;
    const text = joinWrappedLines(body.map((line) => line.text));
    if (text !== '') {
      const line = body[0]?.line ?? block[0]!.line;
      if (underlined) segments.push({ kind: 'title', text, line });
      else segments.push({ kind: 'paragraph', text, line, implDetail: startsWithBoldLabel(text) });
    }
    block = [];
  };
  for (const line of lines) {
    if (isBlank(line.text)) flush();
    else block.push(line);
  }
  flush();
  return segments;
}

// ---------------------------------------------------------------------------------------------------------
// Collapsed: the whole page on one line.

export function readCollapsedSphinxText(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(text);
  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let position = 0;
  let tables = 0;

  for (let start = findCollapsedGrid(text, 0); start !== -1; start = findCollapsedGrid(text, position)) {
    append(segments, collapsedProse(text.slice(position, start), index.lineAt(position), tables === 0));
    const lines = virtualGridLines(text, start, index);
    const grid = readGridTable(lines, 0);
    const table = gridToDraft(grid);
    if (grid.cut && !cutOff) cutOff = describeCut(tableKindAt(tables), table.rows, grid.cut.line, grid.cut.reason);
    segments.push({ kind: 'table', table });
    tables++;
    position = Math.max(lines[Math.max(grid.end, 1) - 1]!.end, start + 1);
  }
  append(segments, collapsedProse(text.slice(position), index.lineAt(position), tables === 0));
  return assemblePage(segments, { format: 'sphinx-text-collapsed', diagnostics, cutOff });
}

interface VirtualLine extends GridLine {
  end: number;
}

function runEnd(text: string, from: number, allowed: string): number {
  let i = from;
  while (i < text.length && allowed.includes(text[i]!)) i++;
  return i;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t')) i++;
  return i;
}

/** Offset of the next top border ("+---+---+" followed by a content line), or -1. */
export function findCollapsedGrid(text: string, from: number): number {
  for (let i = text.indexOf('+-', from); i !== -1; ) {
    const end = runEnd(text, i, '+-');
    if (isGridBorder(text.slice(i, end)) && text[skipSpaces(text, end)] === '|' && skipSpaces(text, end) > end) return i;
    i = text.indexOf('+-', Math.max(end, i + 1));
  }
  return -1;
}

/** The grid's lines, recovered from the collapsed text starting at a top border. */
function virtualGridLines(text: string, start: number, index: LineIndex): VirtualLine[] {
  const topEnd = runEnd(text, start, '+-');
  const top = text.slice(start, topEnd);
  const pipes = top.split('+').length - 1; // a content line has one pipe per column boundary
  const lines: VirtualLine[] = [{ text: top, line: index.lineAt(start), end: topEnd }];
  let position = topEnd;
  for (;;) {
    const begin = skipSpaces(text, position);
    if (begin === position || begin >= text.length) break;
    const char = text[begin];
    let end: number;
    if (char === '+') {
      end = runEnd(text, begin, '+-=');
      if (!isGridBorder(text.slice(begin, end))) break;
    } else if (char === '|' && text[begin + 1] === '=') {
      end = runEnd(text, begin, '|=');
      if (!isHeaderRule(text.slice(begin, end))) break;
    } else if (char === '|') {
      let seen = 0;
      end = begin;
      while (end < text.length && seen < pipes) {
        if (text[end] === '|') seen++;
        end++;
      }
    } else {
      break;
    }
    lines.push({ text: text.slice(begin, end), line: index.lineAt(begin), end });
    position = end;
  }
  return lines;
}

/**
 * Prose of collapsed text: paragraph breaks are gone, so the parts are found from what survives: the title's
 * underline, the admonition's bold label, and (before the first table) the sentence naming sys.addaudithook,
 * which starts the "see also" paragraph in every translation (the function name is never translated).
 */
function collapsedProse(text: string, line: number, beforeFirstTable: boolean): Segment[] {
  const segments: Segment[] = [];
  let rest = text.trim();
  if (rest === '') return segments;
  if (beforeFirstTable) {
    const underline = findUnderline(rest);
    if (underline) {
      const title = rest.slice(0, underline.start).trim();
      if (title !== '') segments.push({ kind: 'title', text: title, line });
      rest = rest.slice(underline.end).trim();
    }
  }
  const label = findBoldLabel(rest);
  const lead = label === -1 ? rest : rest.slice(0, label).trim();
  const admonition = label === -1 ? '' : rest.slice(label).trim();
  const parts = beforeFirstTable ? splitBeforeSentenceMentioning(lead, 'addaudithook') : [lead];
  for (const part of parts) if (part !== '') segments.push({ kind: 'paragraph', text: part, line });
  if (admonition !== '') {
    segments.push({ kind: 'paragraph', text: admonition, line, implDetail: startsWithBoldLabel(admonition) });
  }
  return segments;
}

function findUnderline(text: string): { start: number; end: number } | null {
  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    if (!'*=~^#'.includes(char)) {
      i++;
      continue;
    }
    const end = runEnd(text, i, char);
    const bounded = (i === 0 || text[i - 1] === ' ') && (end === text.length || text[end] === ' ');
    if (end - i >= 3 && bounded) return { start: i, end };
    i = end;
  }
  return null;
}

function splitBeforeSentenceMentioning(text: string, needle: string): string[] {
  const at = text.indexOf(needle);
  if (at === -1) return [text];
  let boundary = -1;
  for (let i = at - 1; i > 0; i--) {
    const char = text[i]!;
    if ('\u3002\uff01\uff1f'.includes(char) || ('.!?'.includes(char) && text[i + 1] === ' ')) {
      boundary = i + 1;
      break;
    }
  }
  return boundary === -1 ? [text] : [text.slice(0, boundary).trim(), text.slice(boundary).trim()];
}
