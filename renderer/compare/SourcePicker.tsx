import type { SourceFile } from '../../electron/shared/library-types';
import { FormatName, VersionText } from '../help/FormatName';
import { hasEventTable, sourceLabel, type ParsedFile } from './sources';

interface SourcePickerProps {
  files: readonly ParsedFile[];
  picked: ReadonlySet<string>;
  onToggle(sourceId: string, picked: boolean): void;
}

const STATUS_TEXT: Record<SourceFile['status'], string> = { ok: 'read without problems', warning: 'read with warnings', error: 'read with errors' };

/**
 * A checkbox per file with a model: the user picks two or more. Each entry names the file by language and version
 * (the name the compare view uses) and by path, since two files may share language and version.
 */
export function SourcePicker({ files, picked, onToggle }: SourcePickerProps) {
  return (
    <fieldset className="cmp-picker">
      <legend className="panel-heading">Sources to compare</legend>
      {files.length === 0 ? (
        <p className="cmp-muted">No parsed files yet: open a folder with renditions of the audit events page.</p>
      ) : (
        <ul>
          {files.map((file) => {
            const on = picked.has(file.id);
            return (
              <li key={file.id} className={on ? 'is-picked' : undefined}>
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
          })}
        </ul>
      )}
    </fieldset>
  );
}
