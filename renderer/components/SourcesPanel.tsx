import { memo } from 'react';
import type { LibrarySnapshot, SourceFile } from '../../electron/shared/library-types';
import { ALL_SOURCES } from '../table/rows';
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
          <span className="source-name">{file.relPath}</span>
          {change && <span className={`change-badge is-${change}`}>{CHANGE_TEXT[change]}</span>}
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
        Sources {snapshot.samples && <span className="badge">Samples</span>}
      </h2>
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
    </nav>
  );
});
