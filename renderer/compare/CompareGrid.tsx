import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { resolveReference } from '../links/references';
import type { AlignedRow, Alignment, CompareCell } from './align';
import { cellArgsText, cellRefsText, cellStatusText, STATUS_MARKERS } from './cell-text';
import type { CompareSource } from './sources';

/** Up to this many rows the grid renders them all; past it, only the rows in view (plus some) are in the DOM. */
export const VIRTUALIZE_ABOVE = 120;
const ESTIMATED_ROW_HEIGHT = 52;

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AlignedRow>();

interface CompareGridProps {
  alignment: Alignment;
  rows: readonly AlignedRow[];
  openLink(url: string): void;
  /** An event row to bring into view and mark (the Check panel's "Show row"); a new object each time it is asked. */
  focusEvent?: { event: string } | null;
}

function SourceCell({ cell, source, event, openLink }: { cell: CompareCell; source: CompareSource; event: string; openLink(url: string): void }) {
  const marker = STATUS_MARKERS[cell.status];
  const refs = cellRefsText(cell);
  const firstRef = cell.row?.refs.find((ref) => ref.target !== null);
  const link = firstRef ? resolveReference(firstRef, source) : null;
  return (
    <div className={`cmp-cell cmp-status-${cell.status}`} data-status={cell.status}>
      <span className="cmp-cell-status">
        <span className="cmp-marker" aria-hidden="true">
          {marker.icon}
        </span>{' '}
        <span className="cmp-status">{cellStatusText(cell)}</span>
      </span>
      {cell.row ? (
        <>
          <code className="cmp-args">{cellArgsText(cell)}</code>
          <span className="cmp-refs-line">
            <span className="cmp-muted">refs </span>
            {link ? (
              <button
                type="button"
                className="cmp-refs cmp-link"
                aria-label={`${refs} references; open the first for ${event} in ${source.label}`}
                onClick={() => openLink(link)}
              >
                {refs}
              </button>
            ) : (
              <span className="cmp-refs">{refs}</span>
            )}
          </span>
        </>
      ) : null}
    </div>
  );
}

/** The aligned events: one row per event, a column per source (react-table for the model, virtual rows past ~120). */
export function CompareGrid({ alignment, rows, openLink, focusEvent = null }: CompareGridProps) {
  // The host may hand a new function each render; the columns should not be rebuilt for that.
  const openLinkRef = useRef(openLink);
  openLinkRef.current = openLink;
  const open = useCallback((url: string) => openLinkRef.current(url), []);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('event', { header: 'Audit event', cell: (info) => <code>{info.getValue()}</code> }),
        helper.accessor('kind', { header: 'Table', cell: (info) => info.getValue() }),
        ...alignment.sources.map((source, index) =>
          helper.display({
            id: `source:${source.id}`,
            header: () => (
              <span className="cmp-source-head">
                {source.label}
                {source.id === alignment.referenceId ? (
                  <span className="cmp-badge cmp-status-reference">
                    <span aria-hidden="true">★ </span>reference
                  </span>
                ) : null}
              </span>
            ),
            cell: ({ row }) => {
              const cell = row.original.cells[index];
              return cell ? <SourceCell cell={cell} source={source} event={row.original.event} openLink={open} /> : null;
            },
          }),
        ),
      ]),
    [alignment, open],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns, data, getRowId: (row) => `${row.kind}:${row.event}` });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = tableRows.length > VIRTUALIZE_ABOVE;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
    enabled: virtualize,
    getItemKey: (index) => tableRows[index]?.id ?? index,
  });
  const items = virtualize
    ? virtualizer.getVirtualItems()
    : tableRows.map((_, index) => ({ index, start: 0, end: 0, key: index }));
  const padTop = virtualize && items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtualize && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = columns.length;

  useEffect(() => {
    if (!focusEvent) return;
    const index = tableRows.findIndex((row) => row.original.event === focusEvent.event);
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
      <table className="cmp-grid" aria-rowcount={tableRows.length + 1}>
        <caption className="cmp-visually-hidden">
          Audit events aligned by name across {alignment.sources.length} sources; {tableRows.length} rows shown
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" data-column={header.column.id}>
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
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-event={row.original.event}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                ref={virtualize ? virtualizer.measureElement : undefined}
                className={[row.original.differs ? 'cmp-row-differs' : '', focusEvent?.event === row.original.event ? 'cmp-row-focused' : ''].join(' ').trim() || undefined}
                {...(focusEvent?.event === row.original.event ? { tabIndex: -1, 'aria-current': 'true' as const } : {})}
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
