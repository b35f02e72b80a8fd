/**
 * The page's reStructuredText source (Doc/library/audit_events.rst, or a build's _sources/…rst.txt).
 *
 * The source holds the title, the prose and the internal-events grid table, but not the public table: that
 * one is generated at build time by the `.. audit-event-table::` directive from every `.. audit-event::` in the
 * docs. So the file is read as a page whose public table is not written out: the internal table is parsed as
 * written, and an info diagnostic at the directive says why there are no public rows. (Rejecting the file
 * would hide a real rendition of the page's text and of its internal table.)
 *
 * A source cut short is told by what the page always has after the directive (nothing, in 3.8 to 3.9.0; the
 * sentence introducing the internal events and their grid table since): a paragraph after the directive with
 * no table after it, a table with a header and no row, or a table that ends the file short of every known
 * version of it (known-tail.ts) means the rest is missing. A source cut right after the directive cannot be
 * told from a 3.8 or 3.9.0 one.
 */
import { NotADocTableError, type Diagnostic } from '../model.js';
import { joinWrappedLines } from '../prose.js';
import { isBlank, splitLines } from '../text/lines.js';
import { describeCut, tableKindAt } from './cut.js';
import { gridToDraft, isGridBorder, readGridTable, type GridLine } from './grid.js';
import { internalTableStopsShort } from './known-tail.js';
import { assemblePage, type CutOff, type PageDraft, type Segment } from './page.js';
import { isUnderline } from './sphinx-text.js';

const DIRECTIVE = /^\.\.\s+([A-Za-z][\w-]*)::(.*)$/;

function indentOf(line: string): number {
  let count = 0;
  while (count < line.length && line[count] === ' ') count++;
  return count;
}

export function readRst(text: string): PageDraft {
  const diagnostics: Diagnostic[] = [];
  const lines: GridLine[] = splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
  const segments: Segment[] = [];
  let cutOff: CutOff | null = null;
  let generated = false;
  let tables = 0;
  let i = 0;

  /** The indented body of a directive or comment starting at line i + 1. */
  const body = (from: number): { text: string; end: number; line: number | null } => {
    const content: GridLine[] = [];
    let j = from;
    for (; j < lines.length; j++) {
      const line = lines[j]!.text;
      if (!isBlank(line) && indentOf(line) === 0) break;
      content.push(lines[j]!);
    }
    const paragraph = content.filter((line) => !isBlank(line.text) && !/^\s*:[\w-]+:/.test(line.text));
    return { text: joinWrappedLines(paragraph.map((line) => line.text)), end: j, line: paragraph[0]?.line ?? null };
  };

  while (i < lines.length) {
    const { text: raw, line } = lines[i]!;
    if (isBlank(raw)) {
      i++;
      continue;
    }
    const directive = DIRECTIVE.exec(raw);
    if (directive) {
      const name = directive[1]!;
      const content = body(i + 1);
      if (name === 'audit-event-table') {
        generated = true;
        segments.push({ kind: 'generated-table', line });
        diagnostics.push({
          severity: 'info',
          message:
            'reStructuredText source: the public events table is generated at build time by the ' +
            '`.. audit-event-table::` directive here, so this file holds no public rows (its internal table is read as written)',
          line,
        });
      } else if (content.text !== '' && name !== 'index') {
        segments.push({ kind: 'paragraph', text: content.text, line: content.line, implDetail: name === 'impl-detail' });
      }
      i = content.end;
      continue;
    }
    if (raw.startsWith('..')) {
      // A comment, a hyperlink target (".. _audit-events:") or a substitution: not page text.
      i = body(i + 1).end;
      continue;
    }
    const trimmed = raw.trim();
    if (isGridBorder(trimmed) && lines[i + 1]?.text.trim().startsWith('|')) {
      const grid = readGridTable(lines, i);
      const table = gridToDraft(grid);
      if (grid.cut && !cutOff) {
        cutOff = describeCut(tableKindAt(tables + (generated ? 1 : 0)), table.rows, grid.cut.line, grid.cut.reason);
      }
      segments.push({ kind: 'table', table });
      tables++;
      i = Math.max(grid.end, i + 1);
      continue;
    }
    // A paragraph, or a title when an underline follows it.
    const block: GridLine[] = [];
    let j = i;
    for (; j < lines.length && !isBlank(lines[j]!.text); j++) {
      if (j > i && DIRECTIVE.test(lines[j]!.text)) break;
      block.push(lines[j]!);
    }
    const underline = block.length === 2 && isUnderline(block[1]!.text);
    const overlined = block.length === 3 && isUnderline(block[0]!.text) && isUnderline(block[2]!.text);
    if (underline || overlined) {
      segments.push({ kind: 'title', text: block[overlined ? 1 : 0]!.text.trim(), line: block[overlined ? 1 : 0]!.line });
    } else {
      segments.push({ kind: 'paragraph', text: joinWrappedLines(block.map((entry) => entry.text)), line });
    }
    i = Math.max(j, i + 1);
  }

  if (!generated && tables === 0) {
    throw new NotADocTableError('not the audit events page (reStructuredText without its table or `.. audit-event-table::` directive)');
  }
  cutOff ??= missingTail(segments);
  return assemblePage(segments, { format: 'rst', diagnostics, cutOff });
}

/** What is missing at the end of a source that stops after the generated table's directive (see the top). */
function missingTail(segments: readonly Segment[]): CutOff | null {
  const directive = segments.findIndex((segment) => segment.kind === 'generated-table');
  const last = segments[segments.length - 1];
  if (directive === -1 || !last) return null;
  const after = segments.slice(directive + 1);
  const tables = after.filter((segment) => segment.kind === 'table');
  if (tables.length === 0) {
    if (last.kind !== 'paragraph') return null;
    return {
      line: last.line,
      message:
        `The file ends with a paragraph after the generated table (line ${last.line ?? '?'}), before the ` +
        'internal-events table it introduces: the text before it is kept; the rest of the page is missing.',
    };
  }
  // Only a table that ends the file (every real source ends with its internal table).
  if (last.kind !== 'table' || tables.length > 1) return null;
  const table = last.table;
  if (table.rows.length === 0) {
    return table.headers.length > 0
      ? describeCut('internal', [], table.headerLine, 'the file ends after its header row')
      : null;
  }
  return internalTableStopsShort(table.rows, { lastRowMayLackArgs: false });
}
