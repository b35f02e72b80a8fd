import { useCallback, useMemo } from 'react';
import type { DocRef } from '../../electron/shared/model';
import type { SourceFile } from '../../electron/shared/library-types';
import { resolveReference } from '../links/references';
import { useLocalReferences, type ResolveLocalRef } from '../links/useLocalReferences';
import { localeTag } from '../a11y/pageText';
import { noPublicTableReason } from '../help/formats';
import { DataGrid } from './DataGrid';
import { hasActiveFilters, type ColumnId, type FilterResult, type FilterState } from './filters';
import { renderCell, type CellRenderers, type ShownReference } from './gridColumns';
import { rowCellText, type RowColumnId } from './rowColumns';
import type { GridColumnsControl } from '../hooks/useGridColumns';
import { RowDetails } from './RowDetails';
import type { RowSet, TableRow } from './rows';
import type { SortRule } from './sort';

export interface TableViewProps {
  set: RowSet;
  result: FilterResult;
  /** The columns shown and the user's layout actions (resize). */
  columns: GridColumnsControl;
  /** Every loaded file (reference links resolve against the whole snapshot). */
  files: readonly SourceFile[];
  filters: FilterState;
  onFiltersChange(update: (filters: FilterState) => FilterState): void;
  onClearFilters(): void;
  sorting: readonly SortRule[];
  onSortingChange(sorting: SortRule[]): void;
  activeRowId: string | null;
  onActiveRowIdChange(id: string | null): void;
  detailsOpen: boolean;
  onDetailsOpenChange(open: boolean): void;
  openLink(url: string): void;
  /** Asks the host for a reference's page beside its file; without it, references link to docs.python.org only. */
  resolveLocalRef?: ResolveLocalRef;
  gridRef?: React.Ref<HTMLDivElement>;
  /** Copy from the grid (Ctrl+C, context menu): puts the text on the clipboard. */
  onCopy?(text: string, what: string): void;
}

const TABLE_COLUMNS: ReadonlySet<string> = new Set<ColumnId>(['event', 'args', 'refs', 'source']);

const NO_REFS: readonly DocRef[] = [];

function EmptyTable({ set, filters, onClearFilters }: Pick<TableViewProps, 'set' | 'filters' | 'onClearFilters'>) {
  const single = set.files.length === 1 ? set.files[0]! : null;
  if (set.rows.length === 0) {
    if (single && !single.model) {
      return (
        <div className="empty-state" role="status">
          <p className="empty-title">{single.relPath} could not be read.</p>
          <p>{single.message ?? 'It holds no audit events table.'} Choose another file in Sources.</p>
        </div>
      );
    }
    return (
      <div className="empty-state" role="status">
        <p className="empty-title">No audit events in {single ? single.relPath : 'these files'}.</p>
        <p>Choose another file in Sources, or open another folder.</p>
      </div>
    );
  }
  if (hasActiveFilters(filters)) {
    const query = filters.query.trim();
    return (
      <div className="empty-state" role="status">
        <p className="empty-title">{query ? `No events match ‘${query}’` : 'No events match these filters'}</p>
        <button type="button" className="button" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }
  // A catalog or the reST source has no public table at all: say why, not only where its rows are.
  const reason = single && filters.split === 'public' ? noPublicTableReason(single.format) : null;
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">
        No {filters.split} events in {single ? single.relPath : 'these files'}.
      </p>
      {reason && <p>{reason}</p>}
      <p>The {filters.split === 'public' ? 'Internal' : 'Public'} tab has them.</p>
    </div>
  );
}

/** The Table view: the events grid, the details of the active row, and what to do when nothing shows. */
export function TableView(props: TableViewProps) {
  const { set, result, files, filters, activeRowId, openLink } = props;

  const fileById = useMemo(() => new Map(files.map((file) => [file.id, file])), [files]);
  // The grid links to docs.python.org at once; the details panel asks the host for the local page first.
  const references = useCallback(
    (row: TableRow): ShownReference[] => {
      const file = fileById.get(row.fileId);
      return row.refs.map((ref) => ({ label: ref.label, target: ref.target, url: file ? resolveReference(ref, file) : null }));
    },
    [fileById],
  );
  const lang = useCallback((row: TableRow) => localeTag(fileById.get(row.fileId)?.locale), [fileById]);
  const renderers: CellRenderers = useMemo(() => ({ references, openLink, lang }), [references, openLink, lang]);

  // Where the active row is: found in the row set once per selection/data change, then (a native typed-array
  // scan) among the shown rows on each keystroke.
  const activeRowIndex = useMemo(
    () => (activeRowId === null ? -1 : set.rows.findIndex((row) => row.id === activeRowId)),
    [activeRowId, set.rows],
  );
  const activeIndex = useMemo(
    () => (activeRowIndex < 0 ? -1 : result.indices.indexOf(activeRowIndex)),
    [activeRowIndex, result.indices],
  );
  const activeRow = activeIndex >= 0 ? set.rows[result.indices[activeIndex]!]! : null;
  const detailsRow = props.detailsOpen ? activeRow : null;
  const localUrls = useLocalReferences(props.resolveLocalRef, detailsRow?.fileId ?? null, detailsRow?.refs ?? NO_REFS, files);

  const setActiveIndex = (position: number) => {
    const index = result.indices[position];
    props.onActiveRowIdChange(index === undefined ? null : set.rows[index]!.id);
  };

  // A file read with problems (cut off, unclosed rows) says so above its rows, not only in the sidebar.
  const single = set.files.length === 1 ? set.files[0] : undefined;
  const troubled = single?.model && single.status !== 'ok' && single.message ? single : null;

  return (
    <div className="table-view">
      <div className="table-main">
        {troubled && set.rows.length > 0 ? (
          <p className={`file-notice status-${troubled.status}`} role="note">
            <span aria-hidden="true">⚠ </span>
            {troubled.message}
          </p>
        ) : null}
        <DataGrid
          ariaLabel="Audit events"
          columns={props.columns.visible}
          columnModel={props.columns.model}
          rowCount={result.indices.length}
          rowKey={(position) => set.rows[result.indices[position]!]!.id}
          rowClassName={(position) => (set.rows[result.indices[position]!]!.kind === 'internal' ? 'is-internal' : '')}
          renderCell={(position, column) => {
            const row = set.rows[result.indices[position]!]!;
            if (TABLE_COLUMNS.has(column)) return renderCell(column as ColumnId, row, renderers);
            return <span className={`cell-${column}`}>{rowCellText(row, column as RowColumnId, fileById.get(row.fileId))}</span>;
          }}
          cellText={(position, column) => {
            const row = set.rows[result.indices[position]!]!;
            return rowCellText(row, column as RowColumnId, fileById.get(row.fileId));
          }}
          sorting={props.sorting}
          onSortingChange={props.onSortingChange}
          columnFilters={filters.columns}
          onColumnFilterChange={(column, value) =>
            props.onFiltersChange((current) => ({ ...current, columns: { ...current.columns, [column]: value } }))
          }
          onColumnResize={props.columns.resize}
          activeIndex={activeIndex}
          onActiveIndexChange={setActiveIndex}
          onOpenDetails={() => props.onDetailsOpenChange(true)}
          onCloseDetails={() => props.onDetailsOpenChange(false)}
          onCopy={props.onCopy}
          gridRef={props.gridRef}
        />
        {result.indices.length === 0 && <EmptyTable set={set} filters={filters} onClearFilters={props.onClearFilters} />}
      </div>
      {detailsRow && (
        <RowDetails
          row={detailsRow}
          file={fileById.get(detailsRow.fileId)}
          references={references(detailsRow).map((ref) => ({ ...ref, url: (ref.target !== null && localUrls.get(ref.target)) || ref.url }))}
          openLink={openLink}
          onClose={() => props.onDetailsOpenChange(false)}
          onFilterArgument={(argument) => props.onFiltersChange((current) => ({ ...current, argument }))}
          onFilterModule={(module) => props.onFiltersChange((current) => ({ ...current, modules: [module] }))}
        />
      )}
    </div>
  );
}
