/**
 * A table of text (header + rows) as the clipboard formats the grid's copy offers: TSV (what spreadsheets and
 * editors paste as cells), CSV, JSON (one object per row, keyed by header) and a Markdown table.
 */
import { toCsv } from './csv.js';

export type CopyFormat = 'tsv' | 'csv' | 'json' | 'markdown';

export const COPY_FORMATS: readonly { format: CopyFormat; label: string }[] = [
  { format: 'tsv', label: 'Copy as TSV' },
  { format: 'csv', label: 'Copy as CSV' },
  { format: 'json', label: 'Copy as JSON' },
  { format: 'markdown', label: 'Copy as Markdown table' },
];

/** Tabs and line breaks inside a cell would start a new cell or row when pasted: they become spaces. */
function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

export function toTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(tsvCell).join('\t')).join('\n') + '\n';
}

export function toJson(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']))), null, 2) + '\n';
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function toMarkdown(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function formatTable(format: CopyFormat, header: readonly string[], rows: readonly (readonly string[])[]): string {
  switch (format) {
    case 'tsv':
      return toTsv(header, rows);
    case 'csv':
      // Pasted into a spreadsheet as well: the same guard as the export.
      return toCsv(header, rows);
    case 'json':
      return toJson(header, rows);
    case 'markdown':
      return toMarkdown(header, rows);
  }
}
