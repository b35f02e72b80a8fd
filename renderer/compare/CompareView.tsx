import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ViewTabs } from '../components/ViewTabs';
import { createPortal } from 'react-dom';
import type { CompareViewProps, ViewExport } from './types';
import { alignSources } from './align';
import { CompareGrid } from './CompareGrid';
import { CompareLegend } from './CompareLegend';
import { CompareSummary } from './CompareSummary';
import { CheckPanel } from './CheckPanel';
import { checkSources } from './check';
import { gridExport, proseExport } from './export';
import { filterRows } from './filter';
import { alignProse } from './prose';
import { ProseCompare } from './ProseCompare';
import { hasEventTable, newestSource, pickableFiles, toCompareSources, type CompareSource, type ParsedFile } from './sources';
import { SourcePicker } from './SourcePicker';
import { summarize } from './summary';
import { DEFAULT_COMPARE_CHOICE, type CompareChoice } from '../state/compareInUrl';
import './compare.css';

type Tab = 'events' | 'text' | 'check';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'events', label: 'Events' },
  { id: 'text', label: 'Page text' },
  { id: 'check', label: 'Check' },
];

/** Until the user picks, the first two files with event tables are compared (text-only files fill up the two). */
function defaultPicks(files: readonly ParsedFile[]): string[] {
  const byEvents = [...files.filter(hasEventTable), ...files.filter((file) => !hasEventTable(file))];
  return byEvents.slice(0, 2).map((file) => file.id);
}

function SourceSelect({
  label,
  value,
  sources,
  emptyOption,
  onChange,
  disabled = false,
}: {
  label: string;
  value: string;
  sources: readonly CompareSource[];
  emptyOption: string;
  onChange(id: string | null): void;
  disabled?: boolean;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value || null)} disabled={disabled}>
        <option value="">{emptyOption}</option>
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {source.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The same table across locales and versions, side by side (see renderer/compare/types.ts for the contract). */
export function CompareView({ files, query, split, registerExport, openLink, pickerHost, choice, onChoiceChange }: CompareViewProps) {
  const pickable = useMemo(() => pickableFiles(files), [files]);
  const [ownChoice, setOwnChoice] = useState<CompareChoice>(DEFAULT_COMPARE_CHOICE);
  const changeChoice = onChoiceChange ?? setOwnChoice;
  const { picks: chosenPicks, reference: referenceChoice, onlyDifferences, missingIn } = choice ?? ownChoice;
  const setReferenceChoice = (reference: string | null) => changeChoice((current) => ({ ...current, reference }));
  const setOnlyDifferences = (on: boolean) => changeChoice((current) => ({ ...current, onlyDifferences: on }));
  const setMissingIn = (id: string | null) => changeChoice((current) => ({ ...current, missingIn: id }));
  const [tab, setTab] = useState<Tab>('events');
  const ids = useId();

  const pickedIds = useMemo(() => new Set(chosenPicks ?? defaultPicks(pickable)), [chosenPicks, pickable]);
  // Labels are made unique among the picked files only: a namesake that is not shown must not lengthen them.
  const picked = useMemo(() => toCompareSources(pickable.filter((file) => pickedIds.has(file.id))), [pickable, pickedIds]);
  const withEvents = useMemo(() => picked.filter((source) => source.hasEvents), [picked]);
  const reference = withEvents.find((source) => source.id === referenceChoice) ?? newestSource(withEvents);
  const missingInId = withEvents.some((source) => source.id === missingIn) ? missingIn : null;

  const alignment = useMemo(() => alignSources(withEvents, reference?.id ?? ''), [withEvents, reference]);
  const shownRows = useMemo(
    () => filterRows(alignment.rows, { query, split, onlyDifferences, missingIn: missingInId }),
    [alignment, query, split, onlyDifferences, missingInId],
  );
  const summaries = useMemo(() => summarize(picked, alignment), [picked, alignment]);
  const proseRows = useMemo(() => alignProse(picked), [picked]);
  const checks = useMemo(() => (tab === 'check' ? checkSources(picked, reference ?? null) : []), [tab, picked, reference]);
  const [focusEvent, setFocusEvent] = useState<{ event: string } | null>(null);
  /** The Check panel's "Show row": the Events tab, without the view's own filters that could hide the row. */
  const showRow = (event: string): boolean => {
    const all = filterRows(alignment.rows, { query, split, onlyDifferences: false, missingIn: null });
    if (!all.some((row) => row.event === event)) return false;
    setOnlyDifferences(false);
    setMissingIn(null);
    setFocusEvent({ event });
    setTab('events');
    return true;
  };

  // The app asks for the export when the user exports; it must see what is shown at that moment.
  const currentExport = useRef<() => ViewExport | null>(() => null);
  currentExport.current = () => (tab === 'events' ? gridExport(alignment, shownRows) : proseExport(picked, proseRows));
  useEffect(() => {
    registerExport(() => currentExport.current());
    return () => registerExport(null);
  }, [registerExport]);

  const togglePick = (sourceId: string, on: boolean): void => {
    const next = new Set(pickedIds);
    if (on) next.add(sourceId);
    else next.delete(sourceId);
    const picks = pickable.filter((file) => next.has(file.id)).map((file) => file.id);
    changeChoice((current) => ({ ...current, picks }));
  };

  const picker = <SourcePicker files={pickable} picked={pickedIds} onToggle={togglePick} />;
  const showsEvents = tab === 'events' && withEvents.length > 0;
  // The Events and Check tabs each show the one reference choice.
  const referenceSelect = (
    <SourceSelect
      label="Reference"
      value={referenceChoice !== null && reference?.id === referenceChoice ? referenceChoice : ''}
      sources={withEvents}
      emptyOption={`Newest${reference && referenceChoice === null ? ` (${reference.label})` : ''}`}
      onChange={setReferenceChoice}
    />
  );

  return (
    <div className="cmp-view">
      {/* The app's sidebar holds the picker when it offers a place for it, so the grid gets the height. */}
      {pickerHost ? createPortal(picker, pickerHost) : <div className="cmp-inline-picker">{picker}</div>}

      {picked.length < 2 ? (
        <p className="cmp-hint" role="status">
          Pick two or more sources to compare them.
        </p>
      ) : null}

      <div className="cmp-bar">
        <ViewTabs<Tab> tabs={TABS} active={tab} onChange={setTab} idPrefix={ids} label="Compare" className="cmp-tabs" />
        {tab === 'check' && withEvents.length > 0 ? (
          <div className="cmp-options">
            {referenceSelect}
          </div>
        ) : null}
        {showsEvents ? (
          <div className="cmp-bar-end">
            <CompareLegend />
            <p className="cmp-shown" role="status">
              {shownRows.length} of {alignment.rows.length} events shown
            </p>
          </div>
        ) : null}
      </div>
      {/* The events' options get a line of their own under the tabs: beside them they would wrap into three. */}
      {showsEvents ? (
        <div className="cmp-options cmp-event-options">
          {referenceSelect}
          <label>
            <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.currentTarget.checked)} />{' '}
            Only differences
          </label>
          <SourceSelect label="Missing in" value={missingInId ?? ''} sources={withEvents} emptyOption="Any source" onChange={setMissingIn} />
        </div>
      ) : null}

      {/* Coverage is about the events: the page text needs the height more. */}
      {tab === 'events' && picked.length > 0 ? <CompareSummary summaries={summaries} split={split} /> : null}

      <div role="tabpanel" id={`${ids}-panel-events`} aria-labelledby={`${ids}-tab-events`} hidden={tab !== 'events'} className="cmp-panel">
        {tab !== 'events' ? null : withEvents.length === 0 ? (
          <p className="cmp-muted">None of the picked sources has an event table.</p>
        ) : shownRows.length > 0 ? (
          <CompareGrid alignment={alignment} rows={shownRows} openLink={openLink} focusEvent={focusEvent} />
        ) : (
          <p className="cmp-muted">No events match the search and filters.</p>
        )}
      </div>
      <div role="tabpanel" id={`${ids}-panel-text`} aria-labelledby={`${ids}-tab-text`} hidden={tab !== 'text'} className="cmp-panel">
        {tab === 'text' ? <ProseCompare sources={picked} rows={proseRows} /> : null}
      </div>
      <div role="tabpanel" id={`${ids}-panel-check`} aria-labelledby={`${ids}-tab-check`} hidden={tab !== 'check'} className="cmp-panel">
        {tab === 'check' ? <CheckPanel checks={checks} reference={reference ?? null} onShowRow={showRow} /> : null}
      </div>
    </div>
  );
}
