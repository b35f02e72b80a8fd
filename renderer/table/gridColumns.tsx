/**
 * The @tanstack/react-table setup of the events grid: which features it uses and its column definitions.
 * Filtering and sorting are computed by filters.ts / sort.ts (one pass per keystroke over plain arrays);
 * the table owns the column model, the sorting state and its header interactions, sizing and visibility.
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

export function gridColumns(labels: Readonly<Record<ColumnId, string>>, renderers: CellRenderers) {
  return helper.columns([
    helper.accessor((row) => row.event, {
      id: 'event',
      header: labels.event,
      size: 300,
      cell: (context) => <EventName row={context.row.original} />,
    }),
    helper.accessor((row) => row.argsText, {
      id: 'args',
      header: labels.args,
      size: 260,
      cell: (context) => <span className="args">{context.row.original.argsText}</span>,
    }),
    helper.accessor((row) => row.refsText, {
      id: 'refs',
      header: labels.refs,
      size: 150,
      cell: (context) => <References refs={renderers.references(context.row.original)} openLink={renderers.openLink} />,
    }),
    helper.accessor((row) => row.fileLabel, {
      id: 'source',
      header: labels.source,
      size: 240,
      cell: (context) => <span className="source">{context.row.original.fileLabel}</span>,
    }),
  ]);
}
