/**
 * Which rendition a text is, from its content alone (a file name says nothing reliable: "audit_events.txt" is
 * any of four formats). One pass over the lines, checks in order of how unmistakable each format's marks are:
 *
 *   po                     `msgid "…"` and `msgstr "…"` lines
 *   html                   a doctype/<html> start, or <table> with rows
 *   rst                    grid tables or the audit-event-table directive, with reST directives/targets
 *   sphinx-text            grid tables at line starts ("+----+" over "| … |")
 *   sphinx-text-collapsed  a grid border followed on the same line by a content line ("+---+ | …")
 *   markdown               a pipe-table delimiter row ("---|---|---")
 *   browser-text           anything else (whether it holds a table is for its reader to find)
 */
import type { DocFormat } from './model.js';
import { findCollapsedGrid } from './formats/sphinx-text.js';
import { delimiterColumns } from './formats/markdown.js';
import { isGridBorder } from './formats/grid.js';

/** Lines longer than this are not tested against line-shaped patterns (a collapsed page is one huge line). */
const MAX_PATTERN_LINE = 4096;

export function detectFormat(text: string): DocFormat {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  let msgid = false;
  let msgstr = false;
  let grid = false;
  let rstMarkup = false;
  let auditTableDirective = false;
  let delimiter = false;

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_PATTERN_LINE) continue;
    if (line.startsWith('msgid "')) msgid = true;
    else if (line.startsWith('msgstr "') || /^msgstr\[\d+\] "/.test(line)) msgstr = true;
    else if (line.startsWith('.. ')) {
      if (/^\.\. [A-Za-z][\w-]*::/.test(line) || /^\.\. _[^:]+:\s*$/.test(line)) rstMarkup = true;
      if (line.startsWith('.. audit-event-table::')) auditTableDirective = true;
    } else {
      const trimmed = line.trim();
      if (!grid && trimmed.startsWith('+') && isGridBorder(trimmed)) grid = (lines[i + 1] ?? '').trim().startsWith('|');
      if (!delimiter && delimiterColumns(line) >= 2) delimiter = true;
    }
  }

  if (msgid && msgstr) return 'po';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || hasHtmlTable(text)) return 'html';
  if (rstMarkup && (grid || auditTableDirective)) return 'rst';
  if (grid) return 'sphinx-text';
  if (findCollapsedGrid(text, 0) !== -1) return 'sphinx-text-collapsed';
  if (delimiter) return 'markdown';
  return 'browser-text';
}

function hasHtmlTable(text: string): boolean {
  const table = text.search(/<table[\s>]/i);
  return table !== -1 && /<t[rd][\s>]/i.test(text.slice(table));
}
