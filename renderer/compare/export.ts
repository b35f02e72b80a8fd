import type { ViewExport } from './types';
import type { AlignedRow, Alignment } from './align';
import { cellArgsText, cellRefsText, cellStatusText } from './cell-text';
import { proseColumns, proseText, type ProseRow } from './prose';
import type { CompareSource } from './sources';

/** A file-name-safe slug of the sources' labels. */
function fileSlug(labels: readonly string[]): string {
  const slug = labels
    .join('-vs-')
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return slug.slice(0, 80) || 'sources';
}

/** The event grid as shown (the rows after filtering), three columns per source. Null when it shows nothing. */
export function gridExport(alignment: Alignment, shownRows: readonly AlignedRow[]): ViewExport | null {
  if (alignment.sources.length === 0 || shownRows.length === 0) return null;
  const header = ['Audit event', 'Table'];
  for (const source of alignment.sources) {
    const mark = source.id === alignment.referenceId ? ' (reference)' : '';
    header.push(`${source.label}${mark}: status`, `${source.label}${mark}: arguments`, `${source.label}${mark}: references`);
  }
  const rows = shownRows.map((row) => [
    row.event,
    row.kind,
    ...row.cells.flatMap((cell) => [cellStatusText(cell), cellArgsText(cell), cellRefsText(cell)]),
  ]);
  return {
    suggestedName: `audit-events-compare-${fileSlug(alignment.sources.map((source) => source.label))}.csv`,
    header,
    rows,
  };
}

/** The page text side by side, a column per source (msgid and msgstr for catalogs, plus their fuzzy flags). */
export function proseExport(sources: readonly CompareSource[], proseRows: readonly ProseRow[]): ViewExport | null {
  if (sources.length === 0 || proseRows.length === 0) return null;
  const columns = proseColumns(sources);
  const header = ['Part'];
  for (const column of columns) {
    header.push(column.label);
    if (column.part === 'msgstr') header.push(`${sources[column.sourceIndex]?.label ?? ''} · fuzzy`);
  }
  const rows = proseRows.map((row) => {
    const cells = [row.label];
    for (const column of columns) {
      const block = row.blocks[column.sourceIndex] ?? null;
      cells.push(proseText(block, column));
      if (column.part === 'msgstr') cells.push(block?.fuzzy ? 'fuzzy' : '');
    }
    return cells;
  });
  return {
    suggestedName: `audit-events-page-text-${fileSlug(sources.map((source) => source.label))}.csv`,
    header,
    rows,
  };
}
