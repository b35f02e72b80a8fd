import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { CopyMenu, type CopyMenuState } from './CopyMenu';
import { formatTable, type CopyFormat } from '../export/copyFormats';
import { useRowHeight } from './useRowHeight';

/**
 * Before the first layout (or in a DOM without layout) the scroll box measures 0 px high; render a screenful
 * of rows rather than none, until the real size arrives.
 */
const UNMEASURED_VIEWPORT = 720;
export const MIN_COLUMN_WIDTH = 48;
/** Arrow keys on a column's resize handle move its edge by this much (Shift: 4×). */
const RESIZE_STEP = 16;

const observeRectWithFallback: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }));

export interface GridColumn {
  id: string;
  label: string;
  width: number;
  /** Takes the width left over (at least `width`). */
  grow?: boolean;
  sortable?: boolean;
  /** Shows a text filter under the header. */
  filterable?: boolean;
  /** The header's tooltip. */
  title?: string;
  /** The header label may wrap onto a second line (narrow columns with two-word labels: "en 3.10.2"). */
  wrapHeader?: boolean;
}

/** Every column of a view with its layout (order, shown, widths): the react-table instance's column state. */
export interface GridColumnModel {
  all: readonly GridColumn[];
  order: string[];
  visibility: Record<string, boolean>;
  widths: Record<string, number>;
}

/** A row of the current virtual window, as react-table sees it. */
interface WindowRow {
  position: number;
  key: string;
}

const features = tableFeatures({ columnOrderingFeature, columnSizingFeature, columnVisibilityFeature, rowSortingFeature });
const helper = createColumnHelper<typeof features, WindowRow>();

/** Without a layout, the columns shown are every column, in the order and at the widths given. */
function modelOf(columns: readonly GridColumn[]): GridColumnModel {
  return {
    all: columns,
    order: columns.map((column) => column.id),
    visibility: Object.fromEntries(columns.map((column) => [column.id, true])),
    widths: Object.fromEntries(columns.map((column) => [column.id, column.width])),
  };
}

export interface SortRule {
  id: string;
  desc: boolean;
}

export interface DataGridProps {
  ariaLabel: string;
  /** The columns shown, in order. */
  columns: readonly GridColumn[];
  /** Every column with its layout state (the view's columnLayout); without it, `columns` is the whole model. */
  columnModel?: GridColumnModel;
  rowCount: number;
  rowKey(position: number): string;
  rowClassName?(position: number): string;
  renderCell(position: number, column: string): ReactNode;
  /** A cell's text as copied (and as the tooltip of a cut cell shows it when it has no text of its own). */
  cellText(position: number, column: string): string;
  sorting: readonly SortRule[];
  onSortingChange(sorting: SortRule[]): void;
  columnFilters?: Readonly<Record<string, string | undefined>>;
  onColumnFilterChange?(column: string, value: string): void;
  onColumnResize?(column: string, width: number): void;
  /** Position of the active row, or -1. */
  activeIndex: number;
  onActiveIndexChange(position: number): void;
  onOpenDetails?(): void;
  onCloseDetails?(): void;
  /** Puts text on the clipboard; says what happened (the app's status line). */
  onCopy?(text: string, what: string): void;
  gridRef?: React.Ref<HTMLDivElement>;
}

function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return !sorted ? 'none' : sorted === 'desc' ? 'descending' : 'ascending';
}

/**
 * Click: this column alone, ascending → descending → unsorted. Shift+click: adds it as the next key, or turns
 * it the same way among the keys kept.
 */
export function nextSorting(sorting: readonly SortRule[], id: string, multi: boolean): SortRule[] {
  const current = sorting.find((rule) => rule.id === id);
  const turned: SortRule | null = !current ? { id, desc: false } : !current.desc ? { id, desc: true } : null;
  if (!multi) return turned ? [turned] : [];
  if (!current) return [...sorting, turned!];
  return sorting.flatMap((rule) => (rule.id !== id ? [rule] : turned ? [turned] : []));
}

/** The rows selected: the range from the anchor to the active row, or every row. */
export interface RowSelection {
  anchor: number | null;
  all: boolean;
}

export function selectedRange(selection: RowSelection, activeIndex: number, rowCount: number): [number, number] | null {
  if (rowCount === 0) return null;
  if (selection.all) return [0, rowCount - 1];
  if (activeIndex < 0 || activeIndex >= rowCount) return null;
  const anchor = selection.anchor === null ? activeIndex : Math.min(selection.anchor, rowCount - 1);
  return [Math.min(anchor, activeIndex), Math.max(anchor, activeIndex)];
}

/**
 * A virtual data grid: ARIA grid semantics, one tab stop, arrow keys / Home / End / PageUp / PageDown move the
 * active row (aria-activedescendant), Shift extends the selection, Ctrl+A selects every row, Ctrl+C copies the
 * selection as TSV with headers (the context menu also as CSV, JSON, Markdown), Enter opens details, Escape
 * closes them. Columns resize by dragging or with the arrow keys on the header's edge. Only the rows in view
 * are in the DOM.
 */
export function DataGrid(props: DataGridProps) {
  const { rowCount, sorting, activeIndex } = props;
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const headRef = useRef<HTMLDivElement | null>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [selection, setSelection] = useState<RowSelection>({ anchor: null, all: false });
  const [menu, setMenu] = useState<CopyMenuState | null>(null);
  // Rows are one line (long argument lists are cut; the details panel shows them whole), as tall as the text
  // size makes a line: measured, not a px constant.
  const { rowHeight, probe } = useRowHeight();
  const estimateRowHeight = useCallback(() => rowHeight, [rowHeight]);

  const model = useMemo(() => props.columnModel ?? modelOf(props.columns), [props.columnModel, props.columns]);
  const byId = useMemo(() => new Map(model.all.map((column) => [column.id, column])), [model.all]);
  // Cells draw through the latest renderCell without the column definitions being rebuilt on every render.
  const renderCellRef = useRef(props.renderCell);
  renderCellRef.current = props.renderCell;
  const definitionKey = model.all.map((column) => `${column.id}\u0000${column.label}`).join('\u0001');
  const columnDefs = useMemo(
    () =>
      helper.columns(
        model.all.map((column) =>
          helper.display({
            id: column.id,
            header: () => column.label,
            size: column.width,
            minSize: MIN_COLUMN_WIDTH,
            cell: ({ row }) => renderCellRef.current(row.original.position, column.id),
          }),
        ),
      ),
    // The definitions hold only ids, labels and default widths; layout changes go through the table's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [definitionKey],
  );
  const sortingState = useMemo<SortingState>(() => sorting.map((rule) => ({ id: rule.id, desc: rule.desc })), [sorting]);

  // Rows are never measured (fixed height), so the virtualizer's default index keys do; a per-render key
  // function would also make it lay out every row again on each render (100k at scale).
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowHeight,
    overscan: 10,
    scrollMargin: headHeight,
    observeElementRect: observeRectWithFallback,
  });
  const items = virtualizer.getVirtualItems().filter((item) => item.index < rowCount);

  // react-table is handed only the rows of the virtual window (a few dozen), never all of them: building its
  // row model for 100,000 rows on every filter, sort or data change is the cost the index model (rows.ts,
  // filters.ts, sort.ts) exists to avoid. Filtering and sorting stay there (manual sorting); react-table owns
  // the columns, their state (order, visibility, sizes, sort keys), the header groups and the cells drawn.
  const firstPosition = items[0]?.index ?? 0;
  const windowKey = items.map((item) => props.rowKey(item.index)).join('\n');
  const data = useMemo<WindowRow[]>(
    () => items.map((item) => ({ position: item.index, key: props.rowKey(item.index) })),
    // The window is its first position and its rows' keys; a new items array alone changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [firstPosition, windowKey],
  );

  const table = useTable({
    features,
    columns: columnDefs,
    data,
    getRowId: (row) => row.key,
    manualSorting: true,
    state: {
      columnOrder: model.order,
      columnVisibility: model.visibility,
      columnSizing: model.widths,
      sorting: sortingState,
    },
    onSortingChange: (updater: Updater<SortingState>) => props.onSortingChange(functionalUpdate(updater, sortingState)),
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) => {
      const next = functionalUpdate(updater, model.widths);
      for (const [id, width] of Object.entries(next)) if (width !== model.widths[id]) props.onColumnResize?.(id, width);
    },
  });
  const headerGroups = table.getHeaderGroups();
  const columns: GridColumn[] = table.getVisibleLeafColumns().map((column) => ({ ...byId.get(column.id)!, width: column.getSize() }));
  const tableRows = table.getRowModel().rows;

  const template = columns.map((column) => (column.grow ? `minmax(${column.width}px, 1fr)` : `${column.width}px`)).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.width, 0);
  const hasFilters = columns.some((column) => column.filterable);
  // The header row, and the filter row when a column has a filter.
  const headerRows = hasFilters ? 2 : 1;

  // Widths can wrap header labels: measure again when the columns or their sizes change.
  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.offsetHeight ?? 0);
  }, [template, hasFilters, rowHeight]);

  // A new set of rows (other filters, other data) starts a new selection.
  useEffect(() => setSelection({ anchor: null, all: false }), [rowCount]);


  // Keep the active row visible below the sticky header (keyboard moves, restored selection).
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    const viewport = Math.max(scroller.clientHeight - headHeight, rowHeight);
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowHeight > scroller.scrollTop + viewport) scroller.scrollTop = top + rowHeight - viewport;
  }, [activeIndex, headHeight, rowHeight]);

  const rowDomId = (position: number) => `${idPrefix}-row-${position}`;
  const range = selectedRange(selection, activeIndex, rowCount);

  const selectionTable = (): { header: string[]; rows: string[][] } | null => {
    if (!range) return null;
    const header = columns.map((column) => column.label);
    const rows: string[][] = [];
    for (let position = range[0]; position <= range[1]; position++) rows.push(columns.map((column) => props.cellText(position, column.id)));
    return { header, rows };
  };

  const copySelection = (format: CopyFormat) => {
    const table = selectionTable();
    if (!table || !props.onCopy) return;
    props.onCopy(formatTable(format, table.header, table.rows), `${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'} as ${format.toUpperCase()}`);
  };

  const moveTo = (next: number, extend: boolean) => {
    setSelection((current) => ({ anchor: extend ? (current.anchor ?? (activeIndex >= 0 ? activeIndex : next)) : next, all: false }));
    props.onActiveIndexChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // typing in a column filter, on a resize handle
    const mod = event.ctrlKey || event.metaKey;
    if (mod && (event.key === 'a' || event.key === 'A')) {
      event.preventDefault();
      if (rowCount > 0) {
        setSelection({ anchor: 0, all: true });
        if (activeIndex < 0) props.onActiveIndexChange(0);
      }
      return;
    }
    if (mod && (event.key === 'c' || event.key === 'C')) {
      event.preventDefault();
      copySelection('tsv');
      return;
    }
    const last = rowCount - 1;
    const viewport = scrollRef.current?.clientHeight || UNMEASURED_VIEWPORT;
    const page = Math.max(1, Math.floor((viewport - headHeight) / rowHeight) - 1);
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
        if (activeIndex >= 0) props.onOpenDetails?.();
        event.preventDefault();
        return;
      case 'Escape':
        if (selection.all || selection.anchor !== activeIndex) setSelection({ anchor: null, all: false });
        props.onCloseDetails?.();
        event.preventDefault();
        return;
      case 'ContextMenu':
        if (range) {
          event.preventDefault();
          const box = scrollRef.current?.getBoundingClientRect();
          setMenu({ x: (box?.left ?? 0) + 24, y: (box?.top ?? 0) + headHeight + 8, cell: null });
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (last >= 0 && next !== null && next >= 0) moveTo(next, event.shiftKey);
  };

  // A cut cell shows its whole text as a tooltip (set when hovered: measuring every cell would cost layout).
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest?.('.grid-cell') as HTMLElement | null;
    if (!cell || cell.classList.contains('grid-header') || cell.classList.contains('grid-filter')) return;
    if (cell.scrollWidth > cell.clientWidth) {
      const position = Number(cell.dataset.position);
      const column = cell.dataset.column;
      const text = column !== undefined && Number.isInteger(position) ? props.cellText(position, column) : cell.textContent ?? '';
      if (cell.title !== text) cell.title = text;
    } else if (cell.title) {
      cell.removeAttribute('title');
    }
  };

  const activeShown = activeIndex >= 0 && activeIndex < rowCount;
  return (
    <>
      <div
        ref={(node) => {
          scrollRef.current = node;
          if (typeof props.gridRef === 'function') props.gridRef(node);
          else if (props.gridRef) (props.gridRef as React.RefObject<HTMLDivElement | null>).current = node;
        }}
        className="grid"
        role="grid"
        aria-label={props.ariaLabel}
        aria-multiselectable={props.onCopy ? true : undefined}
        aria-rowcount={rowCount + headerRows}
        aria-colcount={columns.length}
        aria-activedescendant={activeShown ? rowDomId(activeIndex) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerOver={onPointerOver}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0 && rowCount > 0) props.onActiveIndexChange(0);
        }}
        style={{ '--grid-template': template, '--grid-min-width': `${minWidth}px`, '--grid-row-height': `${rowHeight}px` } as CSSProperties}
      >
        <div className="grid-head" role="rowgroup" ref={headRef}>
          {headerGroups.map((group) => (
            <div className="grid-row grid-header-row" role="row" aria-rowindex={1} key={group.id}>
              {group.headers.map((header, col) => {
                const column = byId.get(header.column.id)!;
                const sorted = header.column.getIsSorted();
                const priority = sorting.length > 1 && sorted ? header.column.getSortIndex() + 1 : null;
                return (
                  <div
                    className={`grid-cell grid-header${column.wrapHeader ? ' is-wrapped' : ''}`}
                    role="columnheader"
                    aria-colindex={col + 1}
                    aria-sort={column.sortable ? ariaSort(sorted) : undefined}
                    key={header.id}
                    title={column.title}
                  >
                    {column.sortable ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={(event) => table.setSorting((current) => nextSorting(current, column.id, event.shiftKey))}
                        title={column.title ?? 'Sort (Shift+click adds a second sort key)'}
                      >
                        <span className="header-label">
                          <table.FlexRender header={header} />
                        </span>
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted ? (sorted === 'desc' ? '▼' : '▲') : ''}
                          {priority !== null && <sub className="sort-priority">{priority}</sub>}
                        </span>
                      </button>
                    ) : (
                      <span className="sort-button header-static">
                        <span className="header-label">
                          <table.FlexRender header={header} />
                        </span>
                      </span>
                    )}
                    {props.onColumnResize && (
                      <ResizeHandle
                        label={column.label}
                        width={header.getSize()}
                        onResize={(width) => table.setColumnSizing((current) => ({ ...current, [column.id]: width }))}
                      />
                    )}
                  </div>
                );
              })}
            </div>
          ))}
          {hasFilters && (
            <div className="grid-row grid-filter-row" role="row" aria-rowindex={2}>
              {columns.map((column, col) => (
                <div className="grid-cell grid-filter" role="gridcell" aria-colindex={col + 1} key={column.id}>
                  {column.filterable && (
                    <input
                      type="search"
                      className="column-filter"
                      aria-label={`Filter ${column.label}`}
                      placeholder="Filter…"
                      value={props.columnFilters?.[column.id] ?? ''}
                      onChange={(event) => props.onColumnFilterChange?.(column.id, event.target.value)}
                    />
                  )}
                </div>
              ))}
            </div>
          )}
        </div>
        <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {tableRows.map((row) => {
            const position = row.original.position;
            const active = position === activeIndex;
            const selected = range !== null && position >= range[0] && position <= range[1];
            const extra = props.rowClassName?.(position) ?? '';
            return (
              <div
                key={row.id}
                id={rowDomId(position)}
                className={`grid-row grid-body-row${position % 2 ? ' is-alt' : ''}${active ? ' is-active' : ''}${selected && !active ? ' is-selected' : ''}${extra ? ` ${extra}` : ''}`}
                role="row"
                aria-rowindex={position + headerRows + 1}
                aria-selected={selected}
                style={{ height: rowHeight, transform: `translateY(${position * rowHeight}px)` }}
                onClick={(event) => {
                  moveTo(position, event.shiftKey);
                  if (!event.shiftKey) props.onOpenDetails?.();
                  scrollRef.current?.focus({ preventScroll: true });
                }}
                onContextMenu={(event) => {
                  if (!props.onCopy) return;
                  event.preventDefault();
                  if (!range || position < range[0] || position > range[1]) moveTo(position, false);
                  const cell = (event.target as HTMLElement).closest('.grid-cell') as HTMLElement | null;
                  const column = cell?.dataset.column ?? null;
                  setMenu({ x: event.clientX, y: event.clientY, cell: column === null ? null : { position, column } });
                }}
              >
                {row.getVisibleCells().map((cell, col) => (
                  <div className="grid-cell" role="gridcell" aria-colindex={col + 1} key={cell.column.id} data-column={cell.column.id} data-position={position}>
                    <table.FlexRender cell={cell} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {probe}
      {menu && (
        <CopyMenu
          state={menu}
          onCopyRows={(format) => copySelection(format)}
          onCopyCell={(cell) => props.onCopy?.(props.cellText(cell.position, cell.column), 'the cell')}
          onClose={() => {
            setMenu(null);
            scrollRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
    </>
  );
}

/** The right edge of a header: drag it, or focus it and press ←/→, to change the column's width. */
function ResizeHandle({ label, width, onResize }: { label: string; width: number; onResize(width: number): void }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (width: number) => Math.max(MIN_COLUMN_WIDTH, Math.round(width));
  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuenow={width}
      aria-valuemin={MIN_COLUMN_WIDTH}
      tabIndex={0}
      onPointerDown={(event) => {
        event.preventDefault();
        event.stopPropagation();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(clamp(drag.current.width + event.clientX - drag.current.x));
      }}
      onPointerUp={(event) => {
        drag.current = null;
        event.currentTarget.releasePointerCapture?.(event.pointerId);
      }}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        const step = event.shiftKey ? RESIZE_STEP * 4 : RESIZE_STEP;
        if (event.key === 'ArrowLeft') onResize(clamp(width - step));
        else if (event.key === 'ArrowRight') onResize(clamp(width + step));
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    />
  );
}
