import { useCallback, useMemo } from 'react';
import { useGridColumns, type GridColumnsControl } from '../hooks/useGridColumns';
import type { Split } from '../state/split';
import { DataGrid, type GridColumn, type SortRule } from './DataGrid';
import {
  EVENT_COLUMN_PREFIX,
  eventCellText,
  presenceText,
  STATUS,
  statusCellText,
  type EventResult,
  type EventStatus,
  type EventTable,
} from './byEvent';

// ∅ as in the compare view: the source holds no table of this kind (a catalog, the reST source, a cut-off copy).
const GLYPHS = { [STATUS.absent]: '—', [STATUS.present]: '✓', [STATUS.differs]: '≠', [STATUS.noTable]: '∅' } as const;
const STATUS_CLASS = {
  [STATUS.absent]: 'is-absent',
  [STATUS.present]: 'is-present',
  [STATUS.differs]: 'is-differs',
  [STATUS.noTable]: 'is-no-table',
} as const;

/** The by-event view's columns: event, table, arguments, "in N of M", then one per source. */
export function useEventColumns(table: EventTable | null, split: Split): GridColumnsControl {
  const columns = useMemo<GridColumn[]>(
    () => [
      { id: 'event', label: 'Audit event', width: 230, sortable: true },
      { id: 'kind', label: 'Table', width: 80, sortable: true },
      { id: 'args', label: 'Arguments', width: 160, grow: true, sortable: true, title: 'What most of the sources that have the event give' },
      { id: 'presence', label: 'In', width: 92, sortable: true, title: 'In how many of the sources (columns on the right) the event is, of those holding its table' },
      ...(table?.sources ?? []).map((source) => ({
        id: EVENT_COLUMN_PREFIX + source.key,
        label: source.label,
        // Narrow: a glyph per cell (differing arguments are cut, with a tooltip); the header's tooltip names the files.
        width: 70,
        wrapHeader: true,
        title: source.files.map((file) => file.relPath).join('\n'),
      })),
    ],
    [table],
  );
  // The Table column by default only on the All tab, where one name can be both a public and an internal event.
  const shownByDefault = useCallback((id: string) => id !== 'kind' || split === 'all', [split]);
  return useGridColumns('events', columns, shownByDefault);
}

export interface EventViewProps {
  table: EventTable;
  result: EventResult;
  columns: GridColumnsControl;
  sorting: readonly SortRule[];
  onSortingChange(sorting: SortRule[]): void;
  activeGroupId: string | null;
  onActiveGroupIdChange(id: string | null): void;
  onCopy?(text: string, what: string): void;
  gridRef?: React.Ref<HTMLDivElement>;
}

/**
 * One row per event and table kind, a column per source: present (✓), absent (—), arguments differ (≠), or no table
 * of that kind in the source (∅).
 */
export function EventView(props: EventViewProps) {
  const { table, result } = props;
  const sourceIndex = useMemo(
    () => new Map(table.sources.map((source, s) => [EVENT_COLUMN_PREFIX + source.key, s])),
    [table.sources],
  );
  const activeIndex = useMemo(() => {
    if (props.activeGroupId === null) return -1;
    for (let i = 0; i < result.groups.length; i++) if (table.groups[result.groups[i]!]!.id === props.activeGroupId) return i;
    return -1;
  }, [props.activeGroupId, result.groups, table.groups]);
  const groupAt = (position: number) => result.groups[position]!;
  return (
    <div className="table-view">
      <div className="table-main">
        <DataGrid
          ariaLabel="Audit events by event"
          columns={props.columns.visible}
          columnModel={props.columns.model}
          rowCount={result.groups.length}
          rowKey={(position) => table.groups[groupAt(position)]!.id}
          rowClassName={(position) => (table.groups[groupAt(position)]!.kind === 'internal' ? 'is-internal' : '')}
          renderCell={(position, column) => {
            const group = table.groups[groupAt(position)]!;
            const source = sourceIndex.get(column);
            if (source !== undefined) {
              const status = group.statuses[source] as EventStatus;
              return (
                <span className={`presence ${STATUS_CLASS[status]}`} title={statusCellText(group, source)} aria-label={statusCellText(group, source)}>
                  {GLYPHS[status]}
                  {status === STATUS.differs && <span className="presence-args"> {group.sourceArgs[source]}</span>}
                </span>
              );
            }
            if (column === 'event') {
              return (
                <code className="event">
                  {group.module && <span className="event-module">{group.module}</span>}
                  {group.event.slice(group.module.length)}
                </code>
              );
            }
            if (column === 'presence') {
              return (
                <span className={`presence-count${group.presentIn < group.possibleIn ? ' is-partial' : ''}`}>
                  {presenceText(group)}
                </span>
              );
            }
            return <span className={`cell-${column}`}>{eventCellText(table, groupAt(position), column)}</span>;
          }}
          cellText={(position, column) => eventCellText(table, groupAt(position), column)}
          sorting={props.sorting}
          onSortingChange={props.onSortingChange}
          onColumnResize={props.columns.resize}
          activeIndex={activeIndex}
          onActiveIndexChange={(position) => {
            const group = result.groups[position];
            props.onActiveGroupIdChange(group === undefined ? null : table.groups[group]!.id);
          }}
          onCopy={props.onCopy}
          gridRef={props.gridRef}
        />
        {result.groups.length === 0 && (
          <div className="empty-state" role="status">
            <p className="empty-title">No events match these filters</p>
          </div>
        )}
      </div>
    </div>
  );
}
