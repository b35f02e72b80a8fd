import type { CompareSource } from './sources';

interface SourcePickerProps {
  sources: readonly CompareSource[];
  picked: ReadonlySet<string>;
  onToggle(sourceId: string, picked: boolean): void;
}

/** Checkboxes of every file with a model: the user picks two or more. */
export function SourcePicker({ sources, picked, onToggle }: SourcePickerProps) {
  return (
    <fieldset className="cmp-picker">
      <legend>Sources to compare</legend>
      {sources.length === 0 ? (
        <p className="cmp-muted">No parsed files yet: open a folder with renditions of the audit events page.</p>
      ) : (
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(source.id)}
                  onChange={(event) => onToggle(source.id, event.currentTarget.checked)}
                />
                <span className="cmp-picker-label">{source.label}</span>
                <span className="cmp-muted">
                  {' '}
                  {source.format}
                  {source.hasEvents ? '' : ', page text only'}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
