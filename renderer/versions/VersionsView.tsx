import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ViewTabs } from '../components/ViewTabs';
import { diffSets, filterDiff } from '../../electron/shared/versions/diff';
import { filterHistory, type HistoryFilter } from '../../electron/shared/versions/filter';
import type { ExportFileKind } from '../../electron/shared/export-files';
import type { ViewExport } from '../compare/types';
import { DiffPanel } from './DiffPanel';
import { EventHistory } from './EventHistory';
import { diffExportText, diffFileName, diffViewExport, eventsExportText, eventsFileName, eventsViewExport, type ShownEvents } from './exports';
import { HistoryFilters, NO_CHOICES, NO_MODULE, type HistoryFilterChoices } from './HistoryFilters';
import { HistoryGrid } from './HistoryGrid';
import { diffableSets, viewHistory } from './model';
import type { VersionsViewProps } from './types';
import './versions.css';

type Tab = 'history' | 'diff';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'history', label: 'Events by version' },
  { id: 'diff', label: 'Diff two versions' },
];

function Legend() {
  return (
    <p className="versions-legend" aria-label="Legend" title="Each cell against the column it is read against: the build before it, or for a file the build of its version">
      <span className="versions-cell is-present">●</span> listed <span className="versions-cell is-added">+</span> added{' '}
      <span className="versions-cell is-removed">−</span> removed <span className="versions-cell is-changed">~</span> other arguments{' '}
      <span className="versions-cell is-mismatch">≠</span> file disagrees with its build <span className="versions-quirk">⚠</span> known quirk
    </p>
  );
}

/**
 * The audit events across CPython versions: the bundled truth builds and the open files' versions as columns,
 * the events' history, filters, a diff of any two, and exports for code (see types.ts for the contract).
 */
export function VersionsView({ files, query, split, bom, registerExport, save }: VersionsViewProps) {
  const history = useMemo(() => viewHistory(files), [files]);
  const [tab, setTab] = useState<Tab>('history');
  const [choices, setChoices] = useState<HistoryFilterChoices>(NO_CHOICES);
  const [selected, setSelected] = useState<string | null>(null);
  const [showFiles, setShowFiles] = useState(true);
  const sets = useMemo(() => history.columns.map((column) => column.set), [history]);
  const diffable = useMemo(() => diffableSets(history), [history]);
  const truth = diffable.filter((set) => set.kind === 'truth');
  const [pair, setPair] = useState<[string, string] | null>(null);
  const ids = useId();

  const filter = useMemo((): HistoryFilter => {
    const known = (id: string) => (sets.some((set) => set.id === id) ? id : null);
    const changedFrom = known(choices.changedFrom);
    const changedTo = known(choices.changedTo);
    return {
      query,
      table: split,
      modules: choices.module ? [choices.module === NO_MODULE ? '' : choices.module] : [],
      addedSince: known(choices.addedSince),
      changedBetween: changedFrom && changedTo ? [changedFrom, changedTo] : null,
      presentIn: known(choices.presentIn),
    };
  }, [query, split, choices, sets]);
  const rows = useMemo(() => filterHistory(history, filter), [history, filter]);
  const modules = useMemo(() => [...new Set(history.rows.map((row) => row.module))].sort(), [history]);
  const activeIndex = selected === null ? -1 : rows.findIndex((row) => row.event === selected);
  const shown: ShownEvents = { history, rows, filter };

  // Until the user picks, the diff shows the two newest builds' step (a file replaces B when one is open).
  const [defaultFrom, defaultTo] = [truth.at(-2)?.id ?? '', truth.at(-1)?.id ?? ''];
  const from = pair && diffable.some((set) => set.id === pair[0]) ? pair[0] : defaultFrom;
  const to = pair && diffable.some((set) => set.id === pair[1]) ? pair[1] : defaultTo;
  const diff = useMemo(() => {
    const a = diffable.find((set) => set.id === from);
    const b = diffable.find((set) => set.id === to);
    // The app-wide tabs and search narrow the diff as they narrow the grid.
    return a && b ? filterDiff(diffSets(a, b, history.unstableArgs), split, query) : null;
  }, [diffable, from, to, history, split, query]);
  const diffScope = [split === 'all' ? '' : `${split} events`, query.trim() ? `matching “${query.trim()}”` : ''].filter(Boolean).join(', ');

  // The app asks for the export when the user exports; it must see what is shown at that moment.
  const currentExport = useRef<() => ViewExport | null>(() => null);
  currentExport.current = () => (tab === 'history' ? (rows.length > 0 ? eventsViewExport(shown) : null) : diff ? diffViewExport(diff) : null);
  useEffect(() => {
    registerExport(() => currentExport.current());
    return () => registerExport(null);
  }, [registerExport]);

  const exportEvents = (kind: ExportFileKind) => save(eventsFileName(shown), eventsExportText(shown, kind, bom), kind, rows.length);
  const exportDiff = (kind: 'csv' | 'json') => {
    if (!diff) return;
    save(diffFileName(diff), diffExportText(diff, kind, bom), kind, diff.added.length + diff.removed.length + diff.changed.length);
  };

  const selectedRow = activeIndex >= 0 ? rows[activeIndex]! : null;
  const fileColumns = history.columns.filter((column) => column.set.kind === 'file');
  const disagreeing = fileColumns.filter((column) => column.disagreements > 0);
  return (
    <div className="versions-view">
      <div className="versions-bar">
        <ViewTabs<Tab> tabs={TABS} active={tab} onChange={setTab} idPrefix={ids} label="Versions" className="versions-tabs" />
        <p className="versions-sources">
          {truth.length} bundled builds ({truth[0]?.label} … {truth.at(-1)?.label})
          {fileColumns.length > 0 ? ` and ${fileColumns.length} open file${fileColumns.length === 1 ? '' : 's'}` : ''}
          {disagreeing.length > 0 ? (
            <span className="versions-disagree">
              {' '}
              · {disagreeing.map((column) => `${column.set.label} disagrees with ${column.truth?.label} in ${column.disagreements}`).join('; ')}
            </span>
          ) : null}
        </p>
      </div>

      <div role="tabpanel" id={`${ids}-panel-history`} aria-labelledby={`${ids}-tab-history`} hidden={tab !== 'history'} className="versions-panel">
        {tab === 'history' && (
          <>
            <HistoryFilters sets={sets} modules={modules} choices={choices} onChange={setChoices} />
            <div className="versions-toolbar">
              <p role="status" className="versions-shown">
                {rows.length} of {history.rows.length} events shown
              </p>
              <span className="versions-spacer" />
              {fileColumns.length > 0 && (
                <label className="versions-filter">
                  <input type="checkbox" checked={showFiles} onChange={(event) => setShowFiles(event.currentTarget.checked)} /> Files as columns
                </label>
              )}
              <div className="versions-exports" role="group" aria-label="Export the shown events">
                <button type="button" className="button" onClick={() => exportEvents('csv')} disabled={rows.length === 0}>
                  CSV
                </button>
                <button type="button" className="button" onClick={() => exportEvents('json')} disabled={rows.length === 0}>
                  JSON
                </button>
                <button type="button" className="button" onClick={() => exportEvents('python')} disabled={rows.length === 0}>
                  Python
                </button>
              </div>
            </div>
            {rows.length > 0 ? (
              <HistoryGrid history={history} rows={rows} showFiles={showFiles} activeIndex={activeIndex} onActiveIndexChange={(position) => setSelected(rows[position]?.event ?? null)} />
            ) : (
              <p className="versions-muted versions-empty">No events match the search and filters.</p>
            )}
            <Legend />
            {selectedRow ? (
              <EventHistory history={history} row={selectedRow} />
            ) : (
              <p className="versions-details versions-muted">Select an event (click, or arrow keys in the grid) to read its history.</p>
            )}
          </>
        )}
      </div>
      <div role="tabpanel" id={`${ids}-panel-diff`} aria-labelledby={`${ids}-tab-diff`} hidden={tab !== 'diff'} className="versions-panel">
        {tab === 'diff' && <DiffPanel sets={diffable} from={from} to={to} onPick={(a, b) => setPair([a, b])} diff={diff} scope={diffScope} onExport={exportDiff} />}
      </div>
    </div>
  );
}
