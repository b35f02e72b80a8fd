/**
 * How the rows view's own columns (event, arguments, references, source) draw a row's cell. The grid
 * (DataGrid.tsx) renders only the rows in view; filtering and sorting are computed by filters.ts / sort.ts.
 */
import type { ReactNode } from 'react';
import type { ColumnId } from './filters';
import type { TableRow } from './rows';

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
