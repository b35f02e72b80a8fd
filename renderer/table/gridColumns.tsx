/**
 * How the rows view's own columns (event, arguments, references, source) draw a row's cell. The grid
 * (DataGrid.tsx) renders only the rows in view; filtering and sorting are computed by filters.ts / sort.ts.
 */
import type { ReactNode } from 'react';
import { Code, PageText } from '../a11y/pageText';
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
  /** The row's page language (its file's locale as a lang tag), undefined where unknown. */
  lang(row: TableRow): string | undefined;
}

function EventName({ row }: { row: TableRow }) {
  if (!row.module) return <Code className="event">{row.event}</Code>;
  return (
    <Code className="event">
      <span className="event-module">{row.module}</span>
      {row.event.slice(row.module.length)}
    </Code>
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

/**
 * What a body cell of each column shows for a row (the grid renders only the rows in view, through these). Text
 * from the page carries its language and direction (a right-to-left translation reads right); code and paths
 * stay left to right.
 */
export function renderCell(column: ColumnId, row: TableRow, renderers: CellRenderers): ReactNode {
  switch (column) {
    case 'event':
      return (
        <PageText lang={renderers.lang(row)}>
          <EventName row={row} />
        </PageText>
      );
    case 'args':
      return (
        <PageText lang={renderers.lang(row)} className="args">
          {row.argsText}
        </PageText>
      );
    case 'refs':
      return (
        <PageText lang={renderers.lang(row)}>
          <References refs={renderers.references(row)} openLink={renderers.openLink} />
        </PageText>
      );
    case 'source':
      return (
        <bdi className="source" dir="ltr">
          {row.fileLabel}
        </bdi>
      );
  }
}
