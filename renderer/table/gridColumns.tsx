/**
 * The @tanstack/react-table setup of the events grid: which features it uses and its column definitions.
 * Filtering and sorting are computed by filters.ts / sort.ts (one pass per keystroke over plain arrays);
 * the table owns the column model, the sorting state and its header interactions, sizing and visibility; it
 * holds no rows.
 */
import type { ReactNode } from 'react';
import { columnSizingFeature, columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ColumnId } from './filters';
import type { TableRow } from './rows';

export const gridFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature, columnVisibilityFeature });

export type GridFeatures = typeof gridFeatures;

const helper = createColumnHelper<GridFeatures, TableRow>();

export interface ShownReference {
  label: string;
  /** As written in the file (null where the format keeps no link). */
  target: string | null;
  url: string | null;
}

export interface CellRenderers {
  references(row: TableRow): ShownReference[];
  openLink(url: string): void;
}

function EventName({ row }: { row: TableRow }) {
  if (!row.module) return <code className="event">{row.event}</code>;
  return (
    <code className="event">
      <span className="event-module">{row.module}</span>
      {row.event.slice(row.module.length)}
    </code>
  );
}

function References({ refs, openLink }: { refs: ShownReference[]; openLink(url: string): void }): ReactNode {
  return refs.map((ref, i) =>
    ref.url ? (
      <a
        key={i}
        className="ref"
        href={ref.url}
        // The grid is one tab stop (arrow keys move inside it); the details panel has the focusable links.
        tabIndex={-1}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          openLink(ref.url!);
        }}
      >
        [{ref.label}]
      </a>
    ) : (
      <span key={i} className="ref">
        [{ref.label}]
      </span>
    ),
  );
}

/** What a body cell of each column shows for a row (the grid renders only the rows in view, through these). */
export function renderCell(column: ColumnId, row: TableRow, renderers: CellRenderers): ReactNode {
  switch (column) {
    case 'event':
      return <EventName row={row} />;
    case 'args':
      return <span className="args">{row.argsText}</span>;
    case 'refs':
      return <References refs={renderers.references(row)} openLink={renderers.openLink} />;
    case 'source':
      return <span className="source">{row.fileLabel}</span>;
  }
}

/**
 * The table's columns: headers, sizes and sort state only. The table is handed no rows (its core row model
 * would be one object per row, rebuilt over every row on each change); the grid renders the rows in view
 * itself with renderCell().
 */
export function gridColumns(labels: Readonly<Record<ColumnId, string>>) {
  // Accessor columns (a display column cannot sort); with no rows the accessors never run.
  return helper.columns([
    helper.accessor((row) => row.event, { id: 'event', header: labels.event, size: 300 }),
    helper.accessor((row) => row.argsText, { id: 'args', header: labels.args, size: 260 }),
    helper.accessor((row) => row.refsText, { id: 'refs', header: labels.refs, size: 150 }),
    helper.accessor((row) => row.fileLabel, { id: 'source', header: labels.source, size: 240 }),
  ]);
}
