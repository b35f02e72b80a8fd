import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { ColumnId } from './filters';
import { gridColumns, gridFeatures, renderCell, type CellRenderers } from './gridColumns';
import type { RowSet, TableRow } from './rows';
import type { SortRule } from './sort';

/** Fixed row height (px): rows are one line (long argument lists are cut; the details panel shows them whole). */
export const ROW_HEIGHT = 28;

/**
 * Before the first layout (or in a DOM without layout) the scroll box measures 0 px high; render a screenful
 * of rows rather than none, until the real size arrives.
 */
const UNMEASURED_VIEWPORT = 720;

const rowHeight = () => ROW_HEIGHT;

const observeRectWithFallback: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }));

export interface DocGridProps {
  set: RowSet;
  /** Indices into set.rows of the rows shown, in order. */
  indices: Int32Array;
  columns: readonly ColumnId[];
  labels: Readonly<Record<ColumnId, string>>;
  sorting: readonly SortRule[];
  onSortingChange(sorting: SortRule[]): void;
  columnFilters: Partial<Record<ColumnId, string>>;
  onColumnFilterChange(column: ColumnId, value: string): void;
  /** Position (in `indices`) of the active row, or -1. */
  activeIndex: number;
  onActiveIndexChange(position: number): void;
  onOpenDetails(): void;
  onCloseDetails(): void;
  renderers: CellRenderers;
  gridRef?: React.Ref<HTMLDivElement>;
}

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

const HEADER_ROWS = 2;

const NO_ROWS: TableRow[] = [];

/**
 * The events grid: ARIA grid semantics, one tab stop, arrow keys / Home / End / PageUp / PageDown move the active
 * row (aria-activedescendant), Enter opens its details, Escape closes them. Only the rows in view are in the DOM.
 */
export function DocGrid(props: DocGridProps) {
  const { set, indices, columns, labels, sorting, activeIndex, renderers } = props;
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const headRef = useRef<HTMLDivElement | null>(null);
  const [headHeight, setHeadHeight] = useState(0);

  const columnDefs = useMemo(() => gridColumns(labels), [labels]);
  const columnVisibility = useMemo(
    () => ({ refs: columns.includes('refs'), source: columns.includes('source') }),
    [columns],
  );
  const sortingState = sorting as SortingState;
  const table = useTable({
    features: gridFeatures,
    columns: columnDefs,
    // No rows: filters.ts / sort.ts do the row processing and the grid renders the rows in view itself (see
    // gridColumns.tsx); the table keeps the column state and headers.
    data: NO_ROWS,
    manualSorting: true,
    // Its automatic first direction looks at the first row's value, and it has no rows: ascending first.
    sortDescFirst: false,
    enableMultiSort: true,
    state: { sorting: sortingState, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => props.onSortingChange(functionalUpdate(updater, sortingState)),
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const template = visibleColumns
    .map((column) => (column.id === 'args' ? `minmax(${column.getSize()}px, 1fr)` : `${column.getSize()}px`))
    .join(' ');
  const minWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0);

  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.offsetHeight ?? 0);
  }, [columns]);

  // Rows are never measured (fixed height), so the virtualizer's default index keys do; a per-render key
  // function would also make it lay out every row again on each render (100k at scale).
  const virtualizer = useVirtualizer({
    count: indices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 10,
    scrollMargin: headHeight,
    observeElementRect: observeRectWithFallback,
  });

  // Keep the active row visible below the sticky header (keyboard moves, restored selection).
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || activeIndex < 0) return;
    const top = activeIndex * ROW_HEIGHT;
    const viewport = Math.max(scroller.clientHeight - headHeight, ROW_HEIGHT);
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > scroller.scrollTop + viewport) scroller.scrollTop = top + ROW_HEIGHT - viewport;
  }, [activeIndex, headHeight]);

  const rowDomId = (position: number) => `${idPrefix}-row-${position}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // typing in a column filter
    const last = indices.length - 1;
    const viewport = scrollRef.current?.clientHeight || UNMEASURED_VIEWPORT;
    const page = Math.max(1, Math.floor((viewport - headHeight) / ROW_HEIGHT) - 1);
    const from = activeIndex < 0 ? -1 : activeIndex;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(last, from + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, from - 1);
        break;
      case 'PageDown':
        next = Math.min(last, Math.max(0, from) + page);
        break;
      case 'PageUp':
        next = Math.max(0, from - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
        if (activeIndex >= 0) props.onOpenDetails();
        event.preventDefault();
        return;
      case 'Escape':
        props.onCloseDetails();
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (last >= 0 && next !== null && next >= 0) props.onActiveIndexChange(next);
  };

  const activeShown = activeIndex >= 0 && activeIndex < indices.length;
  return (
    <div
      ref={(node) => {
        scrollRef.current = node;
        if (typeof props.gridRef === 'function') props.gridRef(node);
        else if (props.gridRef) (props.gridRef as React.RefObject<HTMLDivElement | null>).current = node;
      }}
      className="grid"
      role="grid"
      aria-label="Audit events"
      aria-rowcount={indices.length + HEADER_ROWS}
      aria-colcount={visibleColumns.length}
      aria-activedescendant={activeShown ? rowDomId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex < 0 && indices.length > 0) props.onActiveIndexChange(0);
      }}
      style={{ '--grid-template': template, '--grid-min-width': `${minWidth}px` } as CSSProperties}
    >
      <div className="grid-head" role="rowgroup" ref={headRef}>
        {table.getHeaderGroups().map((group) => (
          <div className="grid-row grid-header-row" role="row" aria-rowindex={1} key={group.id}>
            {group.headers.map((header, col) => {
              const sorted = header.column.getIsSorted();
              return (
                <div
                  className="grid-cell grid-header"
                  role="columnheader"
                  aria-colindex={col + 1}
                  aria-sort={ariaSort(sorted)}
                  key={header.id}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                    title="Sort (Shift+click adds a second sort key)"
                  >
                    <table.FlexRender header={header} />
                    <span className="sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        ))}
        <div className="grid-row grid-filter-row" role="row" aria-rowindex={2}>
          {visibleColumns.map((column, col) => {
            const id = column.id as ColumnId;
            return (
              <div className="grid-cell grid-filter" role="gridcell" aria-colindex={col + 1} key={id}>
                <input
                  type="search"
                  className="column-filter"
                  aria-label={`Filter ${labels[id]}`}
                  placeholder="Filter…"
                  value={props.columnFilters[id] ?? ''}
                  onChange={(event) => props.onColumnFilterChange(id, event.target.value)}
                />
              </div>
            );
          })}
        </div>
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = set.rows[indices[item.index]!];
          if (!row) return null;
          const active = item.index === activeIndex;
          return (
            <div
              key={row.id}
              id={rowDomId(item.index)}
              className={`grid-row grid-body-row${item.index % 2 ? ' is-alt' : ''}${active ? ' is-active' : ''}${row.kind === 'internal' ? ' is-internal' : ''}`}
              role="row"
              aria-rowindex={item.index + HEADER_ROWS + 1}
              aria-selected={active}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start - headHeight}px)` }}
              onClick={() => {
                props.onActiveIndexChange(item.index);
                props.onOpenDetails();
                scrollRef.current?.focus({ preventScroll: true });
              }}
            >
              {visibleColumns.map((column, col) => (
                <div className="grid-cell" role="gridcell" aria-colindex={col + 1} key={column.id}>
                  {renderCell(column.id as ColumnId, row, renderers)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
