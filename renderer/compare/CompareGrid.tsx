import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { resolveReference } from '../links/references';
import type { AlignedRow, Alignment, CompareCell } from './align';
import type { TableKind } from '../../electron/shared/model';
import { cellArgsText, cellRefsText, cellStatusText, STATUS_MARKERS } from './cell-text';
import { cellShows, cellTitle, refsWorthShowing } from './cell-view';
import type { CompareSource } from './sources';

/** Up to this many rows the grid renders them all; past it, only the rows in view (plus some) are in the DOM. */
export const VIRTUALIZE_ABOVE = 120;
const ESTIMATED_ROW_HEIGHT = 28;

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AlignedRow>();

interface CompareGridProps {
  alignment: Alignment;
  rows: readonly AlignedRow[];
  openLink(url: string): void;
  /** An event row to bring into view and mark (the Check panel's "Show row"); a new object each time it is asked. */
  focusEvent?: { event: string } | null;
}

/** One source's cell: the marker, text only where the source differs, and its reference count (a link). */
function SourceCell({
  cell,
  referenceCell,
  source,
  event,
  openLink,
}: {
  cell: CompareCell;
  referenceCell: CompareCell | undefined;
  source: CompareSource;
  event: string;
  openLink(url: string): void;
}) {
  const quietRefs = !refsWorthShowing(cell, referenceCell);
  const refsClass = quietRefs ? 'cmp-refs is-quiet' : 'cmp-refs';
  const marker = STATUS_MARKERS[cell.status];
  const shows = cellShows(cell);
  const refs = cellRefsText(cell);
  const firstRef = cell.row?.refs.find((ref) => ref.target !== null);
  const link = firstRef ? resolveReference(firstRef, source) : null;
  return (
    <div className={`cmp-cell cmp-status-${cell.status}`} data-status={cell.status} title={cellTitle(cell, source.label)}>
      <span className="cmp-marker" aria-hidden="true">
        {marker.icon}
      </span>
      {/* The status in words for screen readers; the eye gets the marker and, where it differs, the text. */}
      <span className="cmp-status visually-hidden">{cellStatusText(cell)}</span>
      {shows.kind === 'args' ? (
        shows.text ? (
          <code className="cmp-args">{shows.text}</code>
        ) : (
          <span className="cmp-args cmp-muted">(none)</span>
        )
      ) : null}
      {shows.kind === 'delta' ? (
        <span className="cmp-delta" aria-hidden="true">
          {shows.text}
        </span>
      ) : null}
      {cell.status === 'changed' ? <code className="cmp-args visually-hidden">{cellArgsText(cell)}</code> : null}
      {cell.row ? (
        link ? (
          <button
            type="button"
            className={`${refsClass} cmp-link`}
            aria-label={`${refs} references; open the first for ${event} in ${source.label}`}
            onClick={() => openLink(link)}
          >
            {refs}
          </button>
        ) : (
          <span className={refsClass} aria-label={`${refs} references`}>
            {refs}
          </span>
        )
      ) : null}
    </div>
  );
}

/** A grid line: a "Public events" / "Internal events" heading row, or an event. */
type GridLine = { type: 'group'; kind: TableKind; count: number } | { type: 'event'; rowIndex: number };

/**
 * The rows come public first, then internal: a heading row opens each group instead of a Table column. Rows of one
 * table only (the app's Public or Internal tab) need no heading: the tab names it.
 */
function gridLines(kinds: readonly TableKind[]): GridLine[] {
  const lines: GridLine[] = [];
  const grouped = new Set(kinds).size > 1;
  kinds.forEach((kind, rowIndex) => {
    if (grouped && kind !== kinds[rowIndex - 1]) lines.push({ type: 'group', kind, count: kinds.filter((other) => other === kind).length });
    lines.push({ type: 'event', rowIndex });
  });
  return lines;
}

const GROUP_TITLES: Record<TableKind, string> = { public: 'Public events', internal: 'Internal events' };

/** The aligned events: one row per event, a column per source (react-table for the model, virtual rows past ~120). */
export function CompareGrid({ alignment, rows, openLink, focusEvent = null }: CompareGridProps) {
  // The host may hand a new function each render; the columns should not be rebuilt for that.
  const openLinkRef = useRef(openLink);
  openLinkRef.current = openLink;
  const open = useCallback((url: string) => openLinkRef.current(url), []);
  const longestEvent = useMemo(() => rows.reduce((longest, row) => (row.event.length > longest.length ? row.event : longest), ''), [rows]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('event', {
          header: () => (
            <>
              Audit event
              {/* The virtual window renders some rows only: the longest name, unseen, keeps the column's width. */}
              <code className="cmp-event cmp-sizer" aria-hidden="true">
                {longestEvent}
              </code>
            </>
          ),
          cell: (info) => <code className="cmp-event">{info.getValue()}</code>,
        }),
        ...alignment.sources.map((source, index) =>
          helper.display({
            id: `source:${source.id}`,
            header: () => (
              <span className="cmp-source-head">
                {source.label}
                {source.id === alignment.referenceId ? (
                  // The star alone (the legend and the Reference choice name it): a long label keeps to two lines.
                  <span className="cmp-badge cmp-status-reference" title="The reference: the other sources are compared with it">
                    <span aria-hidden="true">★</span>
                    <span className="visually-hidden">reference</span>
                  </span>
                ) : null}
              </span>
            ),
            cell: ({ row }) => {
              const cell = row.original.cells[index];
              const referenceCell = row.original.cells.find((other) => other.sourceId === alignment.referenceId);
              return cell ? (
                <SourceCell cell={cell} referenceCell={referenceCell} source={source} event={row.original.event} openLink={open} />
              ) : null;
            },
          }),
        ),
      ]),
    [alignment, open, longestEvent],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns, data, getRowId: (row) => `${row.kind}:${row.event}` });
  const tableRows = table.getRowModel().rows;

  const lines = useMemo(() => gridLines(tableRows.map((row) => row.original.kind)), [tableRows]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = tableRows.length > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
    enabled: virtualize,
    getItemKey: (index) => {
      const line = lines[index];
      if (!line) return index;
      return line.type === 'group' ? `group:${line.kind}` : (tableRows[line.rowIndex]?.id ?? index);
    },
  });
  const items = virtualize ? virtualizer.getVirtualItems() : lines.map((_, index) => ({ index, start: 0, end: 0, key: index }));
  const padTop = virtualize && items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtualize && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = columns.length;

  useEffect(() => {
    if (!focusEvent) return;
    const index = lines.findIndex((line) => line.type === 'event' && tableRows[line.rowIndex]?.original.event === focusEvent.event);
    if (index === -1) return;
    if (virtualize) virtualizer.scrollToIndex(index, { align: 'center' });
    // The row is in the DOM once the virtualizer has rendered the range around it.
    const frame = requestAnimationFrame(() => {
      const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
      element?.scrollIntoView?.({ block: 'center' });
      element?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request moves the view; later renders of the same rows leave the user's scrolling alone.
  }, [focusEvent]);

  return (
    <div className="cmp-grid-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label="Aligned events, scrollable">
      <table className="cmp-grid" aria-rowcount={lines.length + 1} data-sources={alignment.sources.length}>
        <caption className="visually-hidden">
          Audit events aligned by name across {alignment.sources.length} sources; {tableRows.length} rows shown
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  data-column={header.column.id}
                  data-reference={header.column.id === `source:${alignment.referenceId}` ? '' : undefined}
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr role="presentation" className="cmp-pad">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            if (line.type === 'group') {
              return (
                <tr
                  key={`group:${line.kind}`}
                  className="cmp-group"
                  data-group={line.kind}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  ref={virtualize ? virtualizer.measureElement : undefined}
                >
                  <th scope="rowgroup" colSpan={columnCount}>
                    <span className="cmp-group-title">
                      {GROUP_TITLES[line.kind]} <span className="cmp-muted">· {line.count}</span>
                    </span>
                  </th>
                </tr>
              );
            }
            const row = tableRows[line.rowIndex];
            if (!row) return null;
            const focused = focusEvent?.event === row.original.event;
            return (
              <tr
                key={row.id}
                data-event={row.original.event}
                data-kind={row.original.kind}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                ref={virtualize ? virtualizer.measureElement : undefined}
                className={[row.original.differs ? 'cmp-row-differs' : '', focused ? 'cmp-row-focused' : ''].join(' ').trim() || undefined}
                {...(focused ? { tabIndex: -1, 'aria-current': 'true' as const } : {})}
              >
                {row.getAllCells().map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} data-column={cell.column.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr role="presentation" className="cmp-pad">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
