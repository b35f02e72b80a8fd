import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CompareViewProps, ViewExport } from './types';
import { alignSources } from './align';
import { CompareGrid } from './CompareGrid';
import { CompareLegend } from './CompareLegend';
import { CompareSummary } from './CompareSummary';
import { gridExport, proseExport } from './export';
import { filterRows } from './filter';
import { alignProse } from './prose';
import { ProseCompare } from './ProseCompare';
import { newestSource, pickableFiles, toCompareSources, type CompareSource } from './sources';
import { SourcePicker } from './SourcePicker';
import { summarize } from './summary';
import './compare.css';

type Tab = 'events' | 'text';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'events', label: 'Events' },
  { id: 'text', label: 'Page text' },
];

/** Until the user picks, the first two files with event tables are compared (text-only files fill up the two). */
function defaultPicks(sources: readonly CompareSource[]): string[] {
  const byEvents = [...sources.filter((source) => source.hasEvents), ...sources.filter((source) => !source.hasEvents)];
  return byEvents.slice(0, 2).map((source) => source.id);
}

/** The same table across locales and versions, side by side (see renderer/compare/types.ts for the contract). */
export function CompareView({ files, query, split, registerExport, openLink }: CompareViewProps) {
  const allSources = useMemo(() => toCompareSources(pickableFiles(files)), [files]);
  const [chosenPicks, setChosenPicks] = useState<string[] | null>(null);
  const [referenceChoice, setReferenceChoice] = useState<string | null>(null);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [missingIn, setMissingIn] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('events');
  const ids = useId();

  const pickedIds = useMemo(() => new Set(chosenPicks ?? defaultPicks(allSources)), [chosenPicks, allSources]);
  const picked = useMemo(() => allSources.filter((source) => pickedIds.has(source.id)), [allSources, pickedIds]);
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
    setChosenPicks(allSources.filter((source) => next.has(source.id)).map((source) => source.id));
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`${ids}-tab-${next.id}`)?.focus();
  };

  return (
    <div className="cmp-view">
      <div className="cmp-controls">
        <SourcePicker sources={allSources} picked={pickedIds} onToggle={togglePick} />
        <div className="cmp-options">
          <label>
            Reference{' '}
            <select
              value={referenceChoice !== null && reference?.id === referenceChoice ? referenceChoice : ''}
              onChange={(event) => setReferenceChoice(event.currentTarget.value || null)}
              disabled={withEvents.length === 0}
            >
              <option value="">Newest{reference && referenceChoice === null ? ` (${reference.label})` : ''}</option>
              {withEvents.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.currentTarget.checked)} />{' '}
            Only differences
          </label>
          <label>
            Missing in{' '}
            <select value={missingInId ?? ''} onChange={(event) => setMissingIn(event.currentTarget.value || null)}>
              <option value="">Any source (no filter)</option>
              {withEvents.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.label}
                </option>
              ))}
            </select>
          </label>
          <CompareLegend />
        </div>
      </div>

      {picked.length < 2 ? (
        <p className="cmp-hint" role="status">
          Pick two or more sources to compare them.
        </p>
      ) : null}

      {picked.length > 0 ? <CompareSummary summaries={summaries} split={split} /> : null}

      <div role="tablist" aria-label="Compare" className="cmp-tabs">
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            role="tab"
            id={`${ids}-tab-${candidate.id}`}
            aria-selected={tab === candidate.id}
            aria-controls={`${ids}-panel-${candidate.id}`}
            tabIndex={tab === candidate.id ? 0 : -1}
            onClick={() => setTab(candidate.id)}
            onKeyDown={onTabKey}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids}-panel-events`} aria-labelledby={`${ids}-tab-events`} hidden={tab !== 'events'} className="cmp-panel">
        {tab !== 'events' ? null : withEvents.length === 0 ? (
          <p className="cmp-muted">None of the picked sources has an event table.</p>
        ) : (
          <>
            <p className="cmp-muted" role="status">
              {shownRows.length} of {alignment.rows.length} events shown
            </p>
            {shownRows.length > 0 ? <CompareGrid alignment={alignment} rows={shownRows} openLink={openLink} /> : null}
          </>
        )}
      </div>
      <div role="tabpanel" id={`${ids}-panel-text`} aria-labelledby={`${ids}-tab-text`} hidden={tab !== 'text'} className="cmp-panel">
        {tab === 'text' ? <ProseCompare sources={picked} rows={proseRows} /> : null}
      </div>
    </div>
  );
}
