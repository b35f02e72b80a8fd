import { memo, useState } from 'react';
import { encodingLabel, isNotableEncoding } from '../../electron/shared/encoding-label';
import type { LibrarySnapshot, LoadProgress, SkippedSummary, SourceFile } from '../../electron/shared/library-types';
import { SKIP_REASON_TEXT, describeSkipReasons, skippedHeadline } from '../../electron/shared/skip-reasons';
import { ALL_SOURCES } from '../table/rows';
import './SourcesPanel.css';
import { FormatName, RowCounts, VersionText } from '../help/FormatName';
import type { ChangeKind } from '../feedback/useRecentChanges';

const CHANGE_TEXT: Record<ChangeKind, string> = { added: 'new', changed: 'changed', failing: 'failing' };

interface SourcesPanelProps {
  snapshot: LibrarySnapshot;
  source: string;
  onSelect(source: string): void;
  /** Files the watcher just reported, marked for a few seconds. */
  highlights?: ReadonlyMap<string, ChangeKind>;
}

function rowCounts(file: SourceFile): { public: number; internal: number } {
  const counts = { public: 0, internal: 0 };
  for (const table of file.model?.tables ?? []) counts[table.kind] += table.rows.length;
  return counts;
}

const STATUS_TEXT: Record<SourceFile['status'], string> = { ok: 'OK', warning: 'Warning', error: 'Error' };

/**
 * A file's path with its name kept in view: in a docs build the name ("library/audit_events.html") is what tells
 * files apart, so a narrow sidebar cuts the folders before it, from their start ("…/library/"), not the name. Screen readers
 * and find-in-page get the whole path once.
 */
function SourceName({ relPath }: { relPath: string }) {
  const cut = relPath.lastIndexOf('/') + 1;
  if (cut === 0) return <span className="source-name">{relPath}</span>;
  return (
    <span className="source-name is-split">
      <span className="visually-hidden">{relPath}</span>
      <span className="source-dir" aria-hidden="true">
        <span className="source-dir-text">{relPath.slice(0, cut)}</span>
      </span>
      <span className="source-base" aria-hidden="true">
        {relPath.slice(cut)}
      </span>
    </span>
  );
}

function FileEntry({ file, selected, onSelect, change }: { file: SourceFile; selected: boolean; onSelect(): void; change?: ChangeKind }) {
  const counts = rowCounts(file);
  return (
    <li>
      <button
        type="button"
        className={`source-entry status-${file.status}${change ? ` is-${change}` : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
        title={file.path}
      >
        <span className="source-line">
          <span className={`status-dot status-${file.status}`} role="img" aria-label={STATUS_TEXT[file.status]} />
          <SourceName relPath={file.relPath} />
          {change && <span className={`change-badge is-${change}`}>{CHANGE_TEXT[change]}</span>}
          {isNotableEncoding(file.encoding) && (
            <span className="badge encoding-badge" title={`Decoded as ${encodingLabel(file.encoding)}`}>
              {encodingLabel(file.encoding)}
            </span>
          )}
        </span>
        <span className="source-facts">
          {file.locale ?? 'locale ?'} · <VersionText version={file.version} /> · <FormatName format={file.format} />
        </span>
        {file.model && (
          <span className="source-facts">
            <RowCounts format={file.format} counts={counts} />
          </span>
        )}
        {file.message && <span className={`source-message status-${file.status}`}>{file.message}</span>}
        {file.origin && <span className="source-facts">from {file.origin}</span>}
      </button>
    </li>
  );
}

/** "Reading 120 of 610…", with a progress bar: what a load has done so far (the status bar announces it). */
function LoadingProgress({ loading }: { loading: LoadProgress }) {
  const text = `Reading ${loading.done} of ${loading.total}…`;
  return (
    <div className="sources-loading">
      <span>{text}</span>
      <progress max={loading.total} value={loading.done} aria-label={text} />
    </div>
  );
}

/**
 * "N other files skipped", and on demand the list with the reason of each (the detail on a second line and on
 * hover). The list is only rendered while open: a docs build can skip thousands of pages.
 */
const SkippedFiles = memo(function SkippedFiles({ skipped }: { skipped: SkippedSummary }) {
  const [open, setOpen] = useState(false);
  const hidden = skipped.count - skipped.files.length;
  return (
    <details className="skipped-files" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary title={describeSkipReasons(skipped.reasons)}>{skippedHeadline(skipped.count)}</summary>
      {open && (
        <>
          <p className="skipped-reasons">{describeSkipReasons(skipped.reasons)}</p>
          <ul className="skipped-list" aria-label="Skipped files">
            {skipped.files.map((file) => (
              <li key={file.id} title={`${file.path}\n${file.detail}`}>
                <span className="skipped-line">
                  <span className="skipped-name">{file.relPath}</span>
                  <span className="skipped-reason">{SKIP_REASON_TEXT[file.reason]}</span>
                </span>
                <span className="skipped-detail">{file.detail}</span>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className="skipped-more">and {hidden} more not listed</p>}
        </>
      )}
    </details>
  );
});

const APP_PURPOSE =
  'DocTable Explorer reads renditions of CPython’s “Audit events table” page (HTML builds, Sphinx text, Markdown, .po catalogs) to filter, compare and export them.';

/**
 * What the bundled samples are, said where they show: a first-time user sees a list of files they never opened,
 * so the badge says what the app is for (on hover) and the note under it says the files came with the app.
 */
function SamplesNote() {
  return (
    <p id="samples-note" className="hint samples-note">
      Bundled samples: CPython’s “Audit events table” page in several locales, versions and formats, shipped with
      DocTable Explorer to try it on. Open folder… to read your own.
    </p>
  );
}

/**
 * Every loaded file with locale, version, format and status; choose one, or all of them.
 * Memoized: a folder can hold hundreds of files, and typing in the search box must not re-render them.
 */
export const SourcesPanel = memo(function SourcesPanel({ snapshot, source, onSelect, highlights }: SourcesPanelProps) {
  const usable = snapshot.files.filter((file) => file.model);
  const total = usable.reduce((sum, file) => {
    const counts = rowCounts(file);
    return sum + counts.public + counts.internal;
  }, 0);
  const selectedExists = snapshot.files.some((file) => file.id === source);
  return (
    <nav className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="panel-heading">
        Sources{' '}
        {snapshot.samples && (
          <span className="badge badge-samples" title={APP_PURPOSE}>
            Samples
          </span>
        )}
      </h2>
      {snapshot.samples && <SamplesNote />}
      {snapshot.loading && <LoadingProgress loading={snapshot.loading} />}
      {snapshot.problems.length > 0 && (
        <ul className="problems" role="alert">
          {snapshot.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <ul className="source-list">
        <li>
          <button
            type="button"
            className="source-entry"
            aria-current={!selectedExists ? 'true' : undefined}
            onClick={() => onSelect(ALL_SOURCES)}
          >
            <span className="source-line">
              <span className="source-name">All files</span>
            </span>
            <span className="source-facts">
              {usable.length} of {snapshot.files.length} files · {total} events
            </span>
          </button>
        </li>
        {snapshot.files.map((file) => (
          <FileEntry key={file.id} file={file} selected={file.id === source} onSelect={() => onSelect(file.id)} change={highlights?.get(file.id)} />
        ))}
      </ul>
      {snapshot.skipped.count > 0 && <SkippedFiles skipped={snapshot.skipped} />}
    </nav>
  );
});
