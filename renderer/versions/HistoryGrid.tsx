import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { columnSizingFeature, columnVisibilityFeature, createColumnHelper, tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { History, HistoryRow, Transition } from '../../electron/shared/versions/history';
import { CELL_SYMBOL, cellDescription, isMismatch } from './cellText';
import { useRowHeight } from '../table/useRowHeight';

const UNMEASURED_VIEWPORT = 720;
const HEADER_ROWS = 1;
const observeRectWithFallback: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }));

const features = tableFeatures({ columnSizingFeature, columnVisibilityFeature });
type Features = typeof features;
const helper = createColumnHelper<Features, HistoryRow>();

function changeText(step: Transition): string {
  return `${step.version}: ${(step.from ?? []).join(', ') || '()'} → ${(step.to ?? []).join(', ') || '()'}`;
}

export function changesText(row: HistoryRow): string {
  return row.transitions.filter((step) => step.kind === 'changed').map(changeText).join('; ');
}

/** "zh-CN 3.13.0rc2–3.14.0a0" as two cut lines (locale, version): the header stays short; its title has it all. */
function FileLabel({ label }: { label: string }) {
  const space = label.indexOf(' ');
  if (space < 0) return <span className="versions-line">{label}</span>;
  return (
    <>
        <span className="versions-line">{label.slice(0, space)}</span> <span className="versions-line">{label.slice(space + 1)}</span>
    </>
  );
}

/** Wide enough for the build's version on one line ("3.13.0rc2" in the 10.5px monospace header), else narrow. */
function versionColumnWidth(label: string): number {
  return Math.max(46, Math.ceil(label.length * 6.7) + 14);
}

function historyColumns(history: History): ColumnDef<Features, HistoryRow, any>[] {
  const fixed: ColumnDef<Features, HistoryRow, any>[] = [
    helper.accessor((row) => row.event, {
      id: 'event',
      header: 'Audit event',
      size: 220,
      cell: (context) => {
        const row = context.row.original;
        return (
          <code className="event" title={row.args.length > 0 ? `${row.event}(${row.args.join(', ')})` : row.event}>
            {row.module ? <span className="event-module">{row.module}</span> : null}
            {row.module ? row.event.slice(row.module.length) : row.event}
            {row.unstable ? (
              <span className="versions-quirk" title="Its directives carry different argument lists in one version: a docs build shows either" aria-label="known quirk">
                {' '}
                ⚠
              </span>
            ) : null}
          </code>
        );
      },
    }),
    helper.accessor((row) => row.added ?? '', {
      id: 'added',
      header: 'Added',
      size: 72,
      cell: (context) => context.row.original.added ?? <span className="versions-muted">files only</span>,
    }),
    helper.accessor((row) => row.removed ?? '', {
      id: 'removed',
      header: 'Removed',
      size: 76,
      cell: (context) => context.row.original.removed ?? '',
    }),
  ];
  const versions = history.columns.map((column, index) =>
    helper.display({
      id: `v${index}`,
      size: column.set.kind === 'file' ? 80 : versionColumnWidth(column.set.label),
      header: () => (
        <span
          className={`versions-version${column.set.kind === 'file' ? ' is-file' : ''}${column.disagreements > 0 ? ' is-disagreeing' : ''}`}
          title={
            column.set.kind === 'file'
              ? column.truth
                ? column.disagreements > 0
                  ? `${column.set.description}: disagrees with the ${column.truth.label} build in ${column.disagreements} events`
                  : `${column.set.description}: agrees with the ${column.truth.label} build`
                : `${column.set.description}: no bundled build of its version to check against`
              : column.set.description
          }
        >
          {column.set.kind === 'file' ? <FileLabel label={column.set.label} /> : column.set.label}
          {column.set.kind === 'file' ? <span className="versions-file-badge">file{column.disagreements > 0 ? ` ≠${column.disagreements}` : ''}</span> : null}
        </span>
      ),
      cell: (context) => {
        const row = context.row.original;
        const cell = row.cells[index]!;
        const mismatch = isMismatch(column, cell, row.unstable);
        const quirk = row.unstable && cell.state === 'changed';
        return (
          <span
            className={`versions-cell is-${cell.state}${mismatch ? ' is-mismatch' : ''}${quirk ? ' is-quirk' : ''}`}
            title={cellDescription(column, cell, row.unstable)}
          >
            {CELL_SYMBOL[cell.state]}
            {quirk ? '⚠' : ''}
          </span>
        );
      },
    }),
  );
  // The argument changes are long and mostly empty: after the version columns, which need the width more.
  const changes: ColumnDef<Features, HistoryRow, any> =
helper.accessor((row) => changesText(row), {
      id: 'changed',
      header: 'Arguments changed in',
      size: 300,
      cell: (context) => {
        const text = changesText(context.row.original);
        return (
          <span className="versions-changes" title={text || undefined}>
            {text}
          </span>
        );
      },
    });
  return [...fixed, ...versions, changes];
}

export interface HistoryGridProps {
  history: History;
  rows: readonly HistoryRow[];
  /** Position in `rows` of the selected event, or -1. */
  activeIndex: number;
  onActiveIndexChange(position: number): void;
  /** Show the open files' columns (else only the bundled builds'). */
  showFiles: boolean;
}

/** Every shown event a row, every version a column; only the rows in view are in the DOM. */
export function HistoryGrid({ history, rows, activeIndex, onActiveIndexChange, showFiles }: HistoryGridProps) {
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const headRef = useRef<HTMLDivElement | null>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const columns = useMemo(() => historyColumns(history), [history]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(history.columns.map((column, index) => [`v${index}`, showFiles || column.set.kind === 'truth'])),
    [history, showFiles],
  );
  const table = useTable({
    features,
    columns,
    state: { columnVisibility },
    // The table never mutates its data; its option type is just not readonly.
    data: rows as HistoryRow[],
    getRowId: (row) => row.event,
  });
  const coreRows = table.getCoreRowModel().rows;
  const leafColumns = table.getVisibleLeafColumns();
  const template = leafColumns.map((column) => `${column.getSize()}px`).join(' ');
  const minWidth = leafColumns.reduce((sum, column) => sum + column.getSize(), 0);

  // Rows as tall as the text size makes a line (measured; see useRowHeight).
  const { rowHeight, probe } = useRowHeight();
  const estimateRowHeight = useCallback(() => rowHeight, [rowHeight]);

  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.offsetHeight ?? 0);
  }, [history, rowHeight]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowHeight,
    overscan: 10,
    scrollMargin: headHeight,
    observeElementRect: observeRectWithFallback,
  });

  // Keep the active row in view below the sticky header, measured after the layout its selection caused.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    const viewport = Math.max(scroller.clientHeight - headHeight, rowHeight);
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowHeight > scroller.scrollTop + viewport) scroller.scrollTop = top + rowHeight - viewport;
  }, [activeIndex, headHeight, rowHeight]);

  const move = (next: number) => {
    if (rows.length === 0) return;
    onActiveIndexChange(Math.max(0, Math.min(rows.length - 1, next)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight || UNMEASURED_VIEWPORT) - headHeight) / rowHeight) - 1);
    const from = activeIndex;
    const keys: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: Math.max(0, from) + page,
      PageUp: from - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (!(event.key in keys)) return;
    event.preventDefault();
    move(keys[event.key]!);
  };

  const rowDomId = (position: number) => `${idPrefix}-row-${position}`;
  const activeShown = activeIndex >= 0 && activeIndex < rows.length;
  return (
    <>
    <div
      ref={scrollRef}
      className="grid versions-grid"
      role="grid"
      aria-label="Audit events by version"
      aria-rowcount={rows.length + HEADER_ROWS}
      aria-colcount={leafColumns.length}
      aria-activedescendant={activeShown ? rowDomId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex < 0 && rows.length > 0) onActiveIndexChange(0);
      }}
      style={{ '--grid-template': template, '--grid-min-width': `${minWidth}px`, '--grid-row-height': `${rowHeight}px` } as CSSProperties}
    >
      <div className="grid-head" role="rowgroup" ref={headRef}>
        {table.getHeaderGroups().map((group) => (
          <div className="grid-row grid-header-row" role="row" aria-rowindex={1} key={group.id}>
            {group.headers.map((header, col) => (
              <div className={`grid-cell grid-header${col === 0 ? ' versions-sticky' : ''}`} role="columnheader" aria-colindex={col + 1} key={header.id}>
                <table.FlexRender header={header} />
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = coreRows[item.index];
          if (!row) return null;
          const active = item.index === activeIndex;
          return (
            <div
              key={row.id}
              id={rowDomId(item.index)}
              className={`grid-row grid-body-row${item.index % 2 ? ' is-alt' : ''}${active ? ' is-active' : ''}${row.original.internal ? ' is-internal' : ''}`}
              role="row"
              aria-rowindex={item.index + HEADER_ROWS + 1}
              aria-selected={active}
              style={{ height: rowHeight, transform: `translateY(${item.start - headHeight}px)` }}
              onClick={() => {
                onActiveIndexChange(item.index);
                scrollRef.current?.focus({ preventScroll: true });
              }}
            >
              {row.getVisibleCells().map((cell, col) => (
                <div className={`grid-cell${col === 0 ? ' versions-sticky' : ''}`} role={col === 0 ? 'rowheader' : 'gridcell'} aria-colindex={col + 1} key={cell.id}>
                  <table.FlexRender cell={cell} />
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
    {probe}
    </>
  );
}
