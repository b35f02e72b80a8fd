import { useId, useMemo, useState } from 'react';
import type { SourceFile } from '../../electron/shared/library-types';
import { FormatName, VersionText } from '../help/FormatName';
import { filterPickable } from './picker-filter';
import { hasEventTable, sourceLabel, type ParsedFile } from './sources';

interface SourcePickerProps {
  files: readonly ParsedFile[];
  picked: ReadonlySet<string>;
  onToggle(sourceId: string, picked: boolean): void;
}

const STATUS_TEXT: Record<SourceFile['status'], string> = { ok: 'read without problems', warning: 'read with warnings', error: 'read with errors' };

function PickerEntry({ file, on, onToggle }: { file: ParsedFile; on: boolean; onToggle(sourceId: string, picked: boolean): void }) {
  return (
    <li className={on ? 'is-picked' : undefined}>
      <label title={file.path}>
        <input type="checkbox" checked={on} onChange={(event) => onToggle(file.id, event.currentTarget.checked)} />
        <span className="cmp-picker-text">
          <span className="cmp-picker-label">{sourceLabel(file)}</span>{' '}
          <span className="cmp-picker-facts">
            <FormatName format={file.model.format} /> · <VersionText version={file.version} />
            {hasEventTable(file) ? '' : ' · page text only'}
          </span>{' '}
          <span className="cmp-picker-path">{file.relPath}</span>
          {file.status !== 'ok' ? (
            <span className={`cmp-picker-status status-${file.status}`}>
              {' '}
              <span aria-hidden="true">⚠ </span>
              {file.message ?? STATUS_TEXT[file.status]}
            </span>
          ) : null}
        </span>
      </label>
    </li>
  );
}

/**
 * A checkbox per file with a model: the user picks two or more. Each entry names the file by language and version
 * (the name the compare view uses) and by path, since two files may share language and version. A folder may hold
 * hundreds of files: the search narrows the list, and the count says how many are picked, shown or not.
 */
export function SourcePicker({ files, picked, onToggle }: SourcePickerProps) {
  const [query, setQuery] = useState('');
  const ids = useId();
  const shown = useMemo(() => filterPickable(files, query), [files, query]);
  const pickedCount = files.filter((file) => picked.has(file.id)).length;
  const pickedHidden = pickedCount - shown.filter((file) => picked.has(file.id)).length;
  return (
    <fieldset className="cmp-picker">
      <legend className="panel-heading">Sources to compare</legend>
      {files.length === 0 ? (
        <p className="cmp-muted">No parsed files yet: open a folder with renditions of the audit events page.</p>
      ) : (
        <>
          <div className="cmp-picker-search">
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              aria-label="Search sources"
              aria-describedby={`${ids}-count`}
              placeholder="Language, version, format, path"
              spellCheck={false}
            />
            <p id={`${ids}-count`} className="cmp-picker-count" role="status">
              {query.trim() ? `${shown.length} of ${files.length} files` : `${files.length} files`} · {pickedCount} picked
              {pickedHidden > 0 ? ` (${pickedHidden} not shown)` : ''}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="cmp-muted">No file matches “{query.trim()}”.</p>
          ) : (
            <ul>
              {shown.map((file) => (
                <PickerEntry key={file.id} file={file} on={picked.has(file.id)} onToggle={onToggle} />
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
