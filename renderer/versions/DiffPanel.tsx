import { useId } from 'react';
import { notComparedNotes, unstableNote, type DiffChange, type DiffEvent, type VersionDiff } from '../../electron/shared/versions/diff';
import type { EventSet } from '../../electron/shared/versions/event-set';
import { setOptionLabel } from './model';

/** An argument list from a page: isolated and in its own direction (dir="auto"), so it never reorders the line. */
function args(list: readonly string[]) {
  return <bdi dir="auto">{list.join(', ')}</bdi>;
}

function SetSelect({ label, value, sets, onChange }: { label: string; value: string; sets: readonly EventSet[]; onChange(id: string): void }) {
  const truth = sets.filter((set) => set.kind === 'truth');
  const files = sets.filter((set) => set.kind === 'file');
  return (
    <label className="versions-filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <optgroup label="Bundled builds">
          {truth.map((set) => (
            <option key={set.id} value={set.id}>
              {setOptionLabel(set)}
            </option>
          ))}
        </optgroup>
        {files.length > 0 && (
          <optgroup label="Open files">
            {files.map((set) => (
              <option key={set.id} value={set.id}>
                {setOptionLabel(set)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

function EventList({ title, items, sign }: { title: string; items: readonly DiffEvent[]; sign: string }) {
  const id = useId();
  return (
    <section className="versions-diff-list" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="versions-muted">none</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.event}>
              <span aria-hidden="true">{sign} </span>
              <code>{item.event}</code>({args(item.args)}){item.internal ? <span className="versions-muted"> internal</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeList({ items }: { items: readonly DiffChange[] }) {
  const id = useId();
  return (
    <section className="versions-diff-list" aria-labelledby={id}>
      <h3 id={id}>Changed ({items.length})</h3>
      {items.length === 0 ? (
        <p className="versions-muted">none</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.event}>
              <span aria-hidden="true">~ </span>
              <code>{item.event}</code>({args(item.from)}) → ({args(item.to)})
              {item.unstable ? (
                <span className="versions-quirk-note" role="note">
                  {' '}
                  ⚠ {unstableNote(item.event)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface DiffPanelProps {
  sets: readonly EventSet[];
  from: string;
  to: string;
  onPick(from: string, to: string): void;
  diff: VersionDiff | null;
  /** What narrows the diff ("public events, matching “os”"), or "". */
  scope: string;
  onExport(kind: 'csv' | 'json'): void;
}

/** Two versions (builds or files) side by side: what was added, removed and changed from A to B. */
export function DiffPanel({ sets, from, to, onPick, diff, scope, onExport }: DiffPanelProps) {
  return (
    <div className="versions-diff">
      <div className="versions-toolbar">
        <SetSelect label="From (A)" value={from} sets={sets} onChange={(id) => onPick(id, to)} />
        <button type="button" className="button" onClick={() => onPick(to, from)} aria-label="Swap A and B">
          ⇄
        </button>
        <SetSelect label="To (B)" value={to} sets={sets} onChange={(id) => onPick(from, id)} />
        <span className="versions-spacer" />
        <button type="button" className="button" onClick={() => onExport('csv')} disabled={!diff}>
          Diff CSV
        </button>
        <button type="button" className="button" onClick={() => onExport('json')} disabled={!diff}>
          Diff JSON
        </button>
      </div>
      {diff && (
        <>
          <p className="versions-diff-summary" role="status">
            {diff.from} → {diff.to}: {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed
            {scope ? ` (${scope})` : ''}
          </p>
          {notComparedNotes(diff).map((note) => (
            <p key={note} className="versions-diff-note">
              {note}
            </p>
          ))}
          <div className="versions-diff-lists">
            <EventList title="Added" items={diff.added} sign="+" />
            <EventList title="Removed" items={diff.removed} sign="−" />
            <ChangeList items={diff.changed} />
          </div>
        </>
      )}
    </div>
  );
}
