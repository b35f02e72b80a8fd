import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AppCommand, DocTableApi } from '../electron/shared/api';
import type { SourceFile } from '../electron/shared/library-types';
import type { ViewExport } from './compare/types';
import { FacetPanel } from './components/FacetPanel';
import { OpenPathDialog } from './components/OpenPathDialog';
import { SourcesPanel } from './components/SourcesPanel';
import { SplitTabs, TAB_PANEL_ID, tabId } from './components/SplitTabs';
import { toCsv } from './export/csv';
import { buildTableExport } from './export/tableExport';
import { useLibrary } from './hooks/useLibrary';
import { useRowSet } from './hooks/useRowSet';
import { useShortcuts } from './hooks/useShortcuts';
import { useViewState } from './hooks/useViewState';
import type { Split } from './state/split';
import type { TableLayout, ViewName, ViewState } from './state/viewState';
import type { CompareChoice } from './state/compareInUrl';
import type { GridColumnsControl } from './hooks/useGridColumns';
import { ColumnsMenu } from './components/ColumnsMenu';
import { SEARCH_HELP } from './table/searchSyntax';
import { buildEventExport } from './export/eventExport';
import { useEventTable, useEventView } from './hooks/useEventView';
import { useRowColumns } from './hooks/useRowColumns';
import { EventView, useEventColumns } from './table/EventView';
import { exportFileName } from './export/tableExport';
import { clearFilters, filterRows, hasActiveFilters, type FilterState } from './table/filters';
import { ALL_SOURCES } from './table/rows';
import { sortedOrder, type SortRule } from './table/sort';
import { TableView } from './table/TableView';
import { errorMessage } from '../electron/shared/error-message';
import type { ExportFileKind } from '../electron/shared/export-files';
import { AboutDialog } from './help/AboutDialog';
import { HelpMenu, type HelpTopic } from './help/HelpMenu';
import { ShortcutSheet } from './help/ShortcutSheet';
import { useHelpKeys } from './help/useHelpKeys';
import './usability.css';
import { SkipLink } from './a11y/SkipLink';
import { ChangesNote } from './feedback/ChangesNote';
import { useRecentChanges } from './feedback/useRecentChanges';
import { SIDEBAR_TOGGLE_ID, SidebarToggle } from './layout/SidebarToggle';
import { SidebarResizer } from './layout/SidebarResizer';
import { useSidebar } from './layout/useSidebar';
import { useSidebarWidth } from './layout/useSidebarWidth';
import { ToolbarMore } from './layout/ToolbarMore';

const SIDEBAR_ID = 'sidebar';

// Loaded on first use: the table view is what most sessions need.
const CompareView = lazy(() => import('./compare/CompareView').then((module) => ({ default: module.CompareView })));
const VersionsView = lazy(() => import('./versions/VersionsView').then((module) => ({ default: module.VersionsView })));

const NO_FILES: readonly SourceFile[] = [];

const COMMAND_SPLITS: Partial<Record<AppCommand, Split>> = {
  'tab-public': 'public',
  'tab-internal': 'internal',
  'tab-all': 'all',
};

export interface AppProps {
  api: DocTableApi;
}

function eventTotal(totals: Readonly<Record<'public' | 'internal', number>>, split: Split): number {
  return split === 'all' ? totals.public + totals.internal : totals[split];
}

/** Above the table: rows per file or one per event, and the Columns menu of the view shown. */
function TableTools(props: { layout: TableLayout; onLayoutChange(layout: TableLayout): void; columns: GridColumnsControl }) {
  return (
    <div className="table-tools">
      <div className="segmented" role="group" aria-label="Rows">
        <button type="button" className="button" aria-pressed={props.layout === 'rows'} onClick={() => props.onLayoutChange('rows')}>
          Per file
        </button>
        <button type="button" className="button" aria-pressed={props.layout === 'events'} onClick={() => props.onLayoutChange('events')}>
          By event
        </button>
      </div>
      <ColumnsMenu columns={props.columns.choices} onToggle={props.columns.toggle} onMove={props.columns.move} onReset={props.columns.reset} />
    </div>
  );
}

function splitNoun(split: Split): string {
  return split === 'all' ? '' : `${split} `;
}

export function App({ api }: AppProps) {
  const [library, actions] = useLibrary(api);
  const recentChanges = useRecentChanges(api);
  const [sidebarOpen, toggleSidebar] = useSidebar();
  const [sidebarWidth, resizeSidebar] = useSidebarWidth();
  const [state, updateState] = useViewState();
  const [activeRowId, setActiveRowId] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [pathDialog, setPathDialog] = useState<'folder' | 'file' | null>(null);
  const pathDialogOpener = useRef<HTMLElement | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [help, setHelp] = useState<HelpTopic | null>(null);
  const helpOpener = useRef<HTMLElement | null>(null);
  const [dropping, setDropping] = useState(false);
  const [pickerHost, setPickerHost] = useState<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const compareExport = useRef<(() => ViewExport | null) | null>(null);

  const { snapshot } = library;
  const files = snapshot?.files ?? NO_FILES;
  const source = files.some((file) => file.id === state.source) ? state.source : ALL_SOURCES;
  const { filters, sorting } = state;

  // Incremental: a change to one file re-derives that file's rows only.
  const set = useRowSet(files, source);
  const order = useMemo(() => sortedOrder(set, sorting), [set, sorting]);
  const byEvent = state.layout === 'events';
  const eventTable = useEventTable(byEvent, set);
  // By event, the rows of every tab pass (each event's tab is its table kind) and the facets count events.
  const result = useMemo(
    () => filterRows(set, order, filters, eventTable ? { groupOfRow: eventTable.groupOfRow, groupCount: eventTable.groups.length } : undefined),
    [set, order, filters, eventTable],
  );
  const events = useEventView(eventTable, result, sorting, filters.split);
  const [activeGroupId, setActiveGroupId] = useState<string | null>(null);
  // The grid and counts answer each keystroke at once; the facet lists (hundreds of entries) may lag a frame.
  const facets = useDeferredValue(result);
  const rowColumns = useRowColumns(set, filters.split);
  const eventColumns = useEventColumns(events?.table ?? null, filters.split);
  const shownColumnsControl = byEvent ? eventColumns : rowColumns;

  const setFilters = useCallback(
    (update: (filters: FilterState) => FilterState) => updateState((current) => ({ ...current, filters: update(current.filters) })),
    [updateState],
  );
  const setSorting = useCallback((next: SortRule[]) => updateState((current) => ({ ...current, sorting: next })), [updateState]);
  const selectSource = useCallback((id: string) => updateState((current) => ({ ...current, source: id })), [updateState]);
  const setView = (view: ViewName) => updateState((current) => ({ ...current, view }));
  const setCompareChoice = useCallback(
    (update: (choice: CompareChoice) => CompareChoice) => updateState((current) => ({ ...current, compare: update(current.compare) })),
    [updateState],
  );
  const setSplit = (split: Split) => setFilters((current) => ({ ...current, split }));
  const setModules = useCallback((modules: string[]) => setFilters((current) => ({ ...current, modules })), [setFilters]);
  const setArgument = useCallback((argument: string) => setFilters((current) => ({ ...current, argument })), [setFilters]);
  const onClearFilters = useCallback(() => setFilters(clearFilters), [setFilters]);

  const copyText = useCallback((text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => setNotice(`Copied ${what}.`),
      (reason: unknown) => setNotice(`Could not copy: ${errorMessage(reason)}`),
    );
  }, []);

  const openLink = useCallback(
    (url: string) => {
      // The host checks every URL against its allow-list (electron/shared/web-policy.ts) before opening it.
      api.openExternal(url).then( // eng-disable OPEN_EXTERNAL_JS_CHECK
        (opened) => setNotice(opened ? null : `The host refused to open ${url}`),
        (reason: unknown) => setNotice(`Could not open ${url}: ${errorMessage(reason)}`),
      );
    },
    [api],
  );
  const resolveLocalRef = useCallback((fileId: string, target: string) => api.resolveLocalRef(fileId, target), [api]);
  const registerCompareExport = useCallback((getExport: (() => ViewExport | null) | null) => {
    compareExport.current = getExport;
  }, []);

  const currentExport = (): ViewExport | null => {
    // The compare and versions views register what they show (one of them is mounted at a time).
    if (state.view !== 'table') return compareExport.current?.() ?? null;
    if (events) return buildEventExport(events.table, events.result, eventColumns.visible, exportFileName(set, filters.split, filters, 'by-event'));
    return set.rows.length ? buildTableExport(set, result.indices, rowColumns.ids, rowColumns.labels, filters.split, filters) : null;
  };

  const exportCsv = async () => {
    const shown = currentExport();
    if (!shown) {
      setNotice('Nothing to export.');
      return;
    }
    try {
      const saved = await api.saveCsv(shown.suggestedName, toCsv(shown.header, shown.rows, { bom: state.bom, formulaGuard: state.formulaGuard }));
      setNotice(
        saved.saved ? `Exported ${shown.rows.length} rows${saved.path ? ` to ${saved.path}` : ` as ${shown.suggestedName}`}.` : 'Export cancelled.',
      );
    } catch (reason) {
      setNotice(`Export failed: ${errorMessage(reason)}`);
    }
  };

  const saveExport = useCallback(
    (suggestedName: string, text: string, kind: ExportFileKind, count: number) => {
      const saving = kind === 'csv' ? api.saveCsv(`${suggestedName}.csv`, text) : api.saveFile(suggestedName, text, kind);
      saving.then(
        (saved) => setNotice(saved.saved ? `Exported ${count} rows${saved.path ? ` to ${saved.path}` : ''}.` : 'Export cancelled.'),
        (reason: unknown) => setNotice(`Export failed: ${errorMessage(reason)}`),
      );
    },
    [api],
  );

  // The table's shown events for code (JSON, a Python module); the module carrying the truth builds loads on first use.
  const exportTableForCode = async (kind: 'json' | 'python') => {
    const shownRows = Array.from(result.indices, (index) => set.rows[index]!);
    if (shownRows.length === 0) return setNotice('Nothing to export.');
    const { tableCodeExport } = await import('./versions/tableCodeExport');
    const sources = set.files.map((file) => `${file.relPath} (${file.locale ?? 'unknown locale'} ${file.version?.value ?? 'version unknown'})`);
    const { text, count } = tableCodeExport(shownRows, sources, kind);
    saveExport(exportFileName(set, filters.split, filters).replace(/\.csv$/, ''), text, kind, count);
  };

  const open = async (kind: 'folder' | 'file') => {
    pathDialogOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const opened = await actions.openDialog(kind);
    // A null reply is a cancel on hosts with native dialogs; elsewhere the user types a path.
    if (opened.snapshot === null && opened.error === null && library.host?.nativeDialogs !== true) setPathDialog(kind);
  };

  // Into the grid when the table shows; else to the view itself, so the next Tab is its first control.
  const skipToView = () => {
    if (gridRef.current?.isConnected) gridRef.current.focus();
    else document.getElementById(TAB_PANEL_ID)?.focus();
  };

  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };

  const showHelp = (topic: HelpTopic) => {
    helpOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHelp(topic);
  };

  const runCommand = (command: AppCommand) => {
    // The modal dialog owns the keyboard while it is open.
    if (pathDialog || help) return;
    const split = COMMAND_SPLITS[command];
    if (split) return setSplit(split);
    switch (command) {
      case 'open-folder':
        return void open('folder');
      case 'open-file':
        return void open('file');
      case 'reload':
        return void actions.reload();
      case 'export-csv':
        return void exportCsv();
      case 'view-table':
        return setView('table');
      case 'view-compare':
        return setView('compare');
      case 'view-versions':
        return setView('versions');
      case 'focus-search':
        return focusSearch();
      case 'show-shortcuts':
        return showHelp('shortcuts');
      case 'show-about':
        return showHelp('about');
    }
  };

  // Menu commands and shortcuts run against the latest render's state.
  const latestCommand = useRef(runCommand);
  useLayoutEffect(() => {
    latestCommand.current = runCommand;
  });
  useEffect(() => api.onCommand((command) => latestCommand.current(command)), [api]);
  useShortcuts((command) => latestCommand.current(command));
  useHelpKeys(() => latestCommand.current('show-shortcuts'));

  const closeDetails = useCallback(() => {
    setDetailsOpen(false);
    gridRef.current?.focus();
  }, []);

  const busy = library.busy !== null;
  const hasFiles = files.length > 0;
  const splitTotal = filters.split === 'all' ? set.totals.public + set.totals.internal : set.totals[filters.split];

  let body: React.ReactNode;
  if (!snapshot) {
    body = (
      <div className="empty-state" role="status">
        <p className="empty-title">{library.error ? `Could not load the library: ${library.error}` : 'Loading…'}</p>
      </div>
    );
  } else if (!hasFiles) {
    body = (
      <div className="empty-state">
        <p className="empty-title">No doc-table files are open.</p>
        <p>
          Open a folder… with renditions of CPython’s “Audit events table” page (HTML builds, Sphinx text, Markdown, .po
          catalogs), or look at the bundled samples.
        </p>
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={() => void open('folder')} disabled={busy}>
            Open folder…
          </button>
          <button type="button" className="button" onClick={() => void actions.openSamples()} disabled={busy}>
            Samples
          </button>
        </div>
      </div>
    );
  } else if (state.view === 'compare') {
    body = (
      <Suspense fallback={<div className="empty-state">Loading the compare view…</div>}>
        <CompareView
          files={files}
          query={filters.query}
          split={filters.split}
          registerExport={registerCompareExport}
          openLink={openLink}
          pickerHost={pickerHost}
          choice={state.compare}
          onChoiceChange={setCompareChoice}
        />
      </Suspense>
    );
  } else if (state.view === 'versions') {
    body = (
      <Suspense fallback={<div className="empty-state">Loading the versions view…</div>}>
        <VersionsView files={files} query={filters.query} split={filters.split} bom={state.bom} registerExport={registerCompareExport} save={saveExport} />
      </Suspense>
    );
  } else if (events) {
    body = (
      <EventView
        table={events.table}
        result={events.result}
        columns={eventColumns}
        sorting={sorting}
        onSortingChange={setSorting}
        activeGroupId={activeGroupId}
        onActiveGroupIdChange={setActiveGroupId}
        onCopy={copyText}
        gridRef={gridRef}
      />
    );
  } else {
    body = (
      <TableView
        set={set}
        result={result}
        columns={rowColumns}
        files={files}
        filters={filters}
        onFiltersChange={setFilters}
        onClearFilters={onClearFilters}
        sorting={sorting}
        onSortingChange={setSorting}
        activeRowId={activeRowId}
        onActiveRowIdChange={setActiveRowId}
        detailsOpen={detailsOpen}
        onDetailsOpenChange={(open) => (open ? setDetailsOpen(true) : closeDetails())}
        openLink={openLink}
        resolveLocalRef={resolveLocalRef}
        gridRef={gridRef}
        onCopy={copyText}
      />
    );
  }

  const onDrop = (event: React.DragEvent) => {
    event.preventDefault();
    setDropping(false);
    // Only the desktop app learns where a dropped file lives (the browser hides paths from pages).
    const paths = api.pathsForFiles?.([...event.dataTransfer.files]) ?? [];
    if (paths.length > 0) void actions.openPaths(paths);
    else setNotice('Dropping files works in the desktop app; here, use Open folder… and type the path.');
  };

  // The toolbar's less used controls: inline where the window is wide, in the More panel where it is narrow
  // (ToolbarMore; CSS shows one copy or the other).
  const fileButtons = (
    <>
      <button type="button" className="button" onClick={() => void open('folder')} disabled={busy} aria-keyshortcuts="Control+O">
        Open folder…
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void actions.openSamples()}
        disabled={busy}
        title="Open the bundled samples: CPython’s “Audit events table” page in several locales, versions and formats"
      >
        Samples
      </button>
      <button type="button" className="button" onClick={() => void actions.reload()} disabled={busy || !hasFiles}>
        Reload
      </button>
    </>
  );
  const exportOptions = (
    <>
      <label className="checkbox" title="Start the file with a UTF-8 byte order mark, so spreadsheet programs read CJK text right">
        <input
          type="checkbox"
          checked={state.bom}
          onChange={(event) => updateState((current: ViewState) => ({ ...current, bom: event.target.checked }))}
        />
        BOM
      </label>
      <label
        className="checkbox"
        title="Put a ' before cells starting with = + - @ so spreadsheet programs do not run them as formulas; turn off for files read by other programs"
      >
        <input
          type="checkbox"
          checked={state.formulaGuard}
          onChange={(event) => updateState((current: ViewState) => ({ ...current, formulaGuard: event.target.checked }))}
        />
        Formula guard
      </label>
    </>
  );
  const forCode = state.view === 'table' && (
    <select
      className="button"
      aria-label="Export the shown events for code"
      value=""
      disabled={!hasFiles}
      onChange={(event) => {
        const kind = event.currentTarget.value;
        if (kind === 'json' || kind === 'python') void exportTableForCode(kind);
      }}
    >
      <option value="">For code…</option>
      <option value="json">JSON</option>
      <option value="python">Python module</option>
    </select>
  );

  const message =
    library.error ?? notice ?? library.busy ?? (set.progress ? `Reading rows… ${set.progress.read} of ${set.progress.of} files` : null);
  return (
    <div
      className={`app${dropping ? ' is-dropping' : ''}${sidebarOpen ? '' : ' sidebar-collapsed'}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={onDrop}
      style={{ '--sidebar-width': `${sidebarWidth}rem` } as React.CSSProperties}
    >
      <SkipLink target={TAB_PANEL_ID} label={state.view === 'compare' ? 'Skip to the comparison' : 'Skip to table'} onSkip={skipToView} />
      <header className="toolbar">
        <h1 className="app-title">DocTable Explorer</h1>
        <SidebarToggle open={sidebarOpen} controls={SIDEBAR_ID} onToggle={toggleSidebar} />
        <div className="toolbar-group toolbar-foldable">{fileButtons}</div>
        <div className="toolbar-group segmented" role="group" aria-label="View">
          {(['table', 'compare', 'versions'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className="button"
              aria-pressed={state.view === view}
              onClick={() => setView(view)}
            >
              {view === 'table' ? 'Table' : view === 'compare' ? 'Compare' : 'Versions'}
            </button>
          ))}
        </div>
        <div className="toolbar-search">
          <input
            ref={searchRef}
            type="search"
            className="search-input"
            aria-label="Search events and arguments"
            aria-keyshortcuts="Control+F"
            placeholder="Search events and arguments  (Ctrl+F)"
            title={SEARCH_HELP}
            value={filters.query}
            onChange={(event) => setFilters((current) => ({ ...current, query: event.target.value }))}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                gridRef.current?.focus();
              }
            }}
          />
        </div>
        <div className="toolbar-group">
          <div className="toolbar-group toolbar-foldable">{exportOptions}</div>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void exportCsv()}
            disabled={!hasFiles}
            aria-keyshortcuts="Control+E"
          >
            Export CSV
          </button>
          <div className="toolbar-group toolbar-foldable">
            {forCode}
            <HelpMenu onChoose={(topic) => runCommand(topic === 'about' ? 'show-about' : 'show-shortcuts')} />
          </div>
          <ToolbarMore>
            {fileButtons}
            {exportOptions}
            {forCode}
            <button type="button" className="button" onClick={() => runCommand('show-shortcuts')} aria-keyshortcuts="F1">
              Keyboard shortcuts
            </button>
            <button type="button" className="button" onClick={() => runCommand('show-about')}>
              About DocTable Explorer
            </button>
          </ToolbarMore>
        </div>
      </header>
      <div className="workspace">
        <aside id={SIDEBAR_ID} className="sidebar" aria-label="Sources and filters" hidden={!sidebarOpen}>
          {state.view === 'compare' && hasFiles ? (
            // The compare view puts its source picker here (it owns the picks); the table's source list does not apply.
            <div ref={setPickerHost} className="sidebar-slot" />
          ) : (
            snapshot && (
              <>
                <ChangesNote counts={recentChanges.unseen} onSeen={recentChanges.markSeen} />
                <SourcesPanel snapshot={snapshot} source={source} onSelect={selectSource} highlights={recentChanges.highlights} />
              </>
            )
          )}
          {state.view === 'table' && set.rows.length > 0 && (
            <FacetPanel
              modules={facets.modules}
              chosenModules={filters.modules}
              onModulesChange={setModules}
              argumentNames={facets.argumentNames}
              counting={byEvent ? 'events' : 'rows'}
              argument={filters.argument}
              onArgumentChange={setArgument}
              argumentPending={result.argumentPending}
            />
          )}
        </aside>
        {sidebarOpen && (
          <SidebarResizer
            width={sidebarWidth}
            controls={SIDEBAR_ID}
            onResize={resizeSidebar}
            onCollapse={() => {
              toggleSidebar();
              // The handle goes with the sidebar; the toggle that brings it back takes the focus.
              document.getElementById(SIDEBAR_TOGGLE_ID)?.focus();
            }}
          />
        )}
        <main className="content">
          <div className="content-head">
            <SplitTabs
              split={filters.split}
              counts={state.view === 'table' ? (events?.result.splitCounts ?? result.splitCounts) : null}
              onChange={setSplit}
            />
            {state.view === 'table' && hasFiles && (
              <TableTools
                layout={state.layout}
                onLayoutChange={(layout) => updateState((current) => ({ ...current, layout }))}
                columns={shownColumnsControl}
              />
            )}
            {hasActiveFilters(filters) && state.view === 'table' && (
              <button type="button" className="link-button" onClick={onClearFilters}>
                Clear filters
              </button>
            )}
          </div>
          <div id={TAB_PANEL_ID} className="tab-panel" role="tabpanel" aria-labelledby={tabId(filters.split)} tabIndex={-1}>
            {body}
          </div>
        </main>
      </div>
      <footer className="statusbar">
        <span className="status-counts" data-testid="row-counts">
          {state.view === 'table' && events
            ? `${events.result.groups.length} of ${eventTotal(events.table.totals, filters.split)} ${splitNoun(filters.split)}events shown · ` +
              `each once, across ${events.table.sources.length} ${events.table.sources.length === 1 ? 'source' : 'sources'} (${result.indices.length} file rows)`
            : state.view === 'table'
            ? `${result.indices.length} of ${splitTotal} ${splitNoun(filters.split)}events shown` +
              (set.files.length > 1 ? ` · ${set.files.length} files` : set.files[0] ? ` · ${set.files[0].relPath}` : '')
            : state.view === 'versions'
              ? `${files.filter((file) => file.model).length} files beside the bundled builds`
              : `${files.filter((file) => file.model).length} files to compare`}
        </span>
        <span className={`status-message${library.error ? ' is-error' : ''}`} role="status" aria-live="polite">
          {message}
        </span>
        {library.host && <span className="status-host">{library.host.kind === 'electron' ? 'Desktop' : 'Browser'} · v{library.host.appVersion}</span>}
      </footer>
      {pathDialog && (
        <OpenPathDialog
          kind={pathDialog}
          onOpen={async (path) => (await actions.openPaths([path])).error}
          listFolder={(path) => api.listFolder(path)}
          onClose={() => setPathDialog(null)}
          returnFocusTo={pathDialogOpener.current}
        />
      )}
      {help === 'shortcuts' && (
        <ShortcutSheet platform={library.host?.platform ?? ''} host={library.host?.kind ?? 'browser'} onClose={() => setHelp(null)} returnFocusTo={helpOpener.current} />
      )}
      {help === 'about' && (
        <AboutDialog host={library.host} files={files} openLink={openLink} onClose={() => setHelp(null)} returnFocusTo={helpOpener.current} />
      )}
    </div>
  );
}
