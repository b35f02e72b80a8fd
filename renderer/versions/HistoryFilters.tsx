import type { EventSet } from '../../electron/shared/versions/event-set';
import { setOptionLabel } from './model';

export interface HistoryFilterChoices {
  addedSince: string;
  changedFrom: string;
  changedTo: string;
  presentIn: string;
  module: string;
}

export const NO_CHOICES: HistoryFilterChoices = { addedSince: '', changedFrom: '', changedTo: '', presentIn: '', module: '' };

/** Module choice meaning "events without a module" ("open", "exec"); "" means every module. */
export const NO_MODULE = '(none)';

function VersionSelect({ label, value, sets, onChange }: { label: string; value: string; sets: readonly EventSet[]; onChange(id: string): void }) {
  return (
    <label className="versions-filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">any</option>
        {sets.map((set) => (
          <option key={set.id} value={set.id}>
            {setOptionLabel(set)}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface HistoryFiltersProps {
  /** Columns in version order. */
  sets: readonly EventSet[];
  modules: readonly string[];
  choices: HistoryFilterChoices;
  onChange(choices: HistoryFilterChoices): void;
}

export function HistoryFilters({ sets, modules, choices, onChange }: HistoryFiltersProps) {
  const set = (key: keyof HistoryFilterChoices) => (value: string) => onChange({ ...choices, [key]: value });
  const active = Object.values(choices).some(Boolean);
  return (
    <div className="versions-filters" role="group" aria-label="Version filters">
      <VersionSelect label="Present in" value={choices.presentIn} sets={sets} onChange={set('presentIn')} />
      <VersionSelect label="Added since" value={choices.addedSince} sets={sets} onChange={set('addedSince')} />
      <VersionSelect label="Changed between" value={choices.changedFrom} sets={sets} onChange={set('changedFrom')} />
      <VersionSelect label="and" value={choices.changedTo} sets={sets} onChange={set('changedTo')} />
      <label className="versions-filter">
        <span>Module</span>
        <select value={choices.module} onChange={(event) => set('module')(event.currentTarget.value)}>
          <option value="">all</option>
          {modules.map((module) => (
            <option key={module} value={module || NO_MODULE}>
              {module || NO_MODULE}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_CHOICES)}>
          Clear
        </button>
      )}
    </div>
  );
}
