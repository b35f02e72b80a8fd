import type { KeyboardEvent } from 'react';

export interface ViewTab<T extends string> {
  id: T;
  label: string;
}

export interface ViewTabsProps<T extends string> {
  tabs: readonly ViewTab<T>[];
  active: T;
  onChange(id: T): void;
  /** Prefix of the tabs' ids; each panel is `${idPrefix}-panel-${id}` and names its tab as its label. */
  idPrefix: string;
  label: string;
  className: string;
}

/**
 * A view's own row of tabs (the compare and versions views): one Tab stop, ← and → move between the tabs and
 * select as they go, as the WAI-ARIA tabs pattern with automatic activation does.
 */
export function ViewTabs<T extends string>({ tabs, active, onChange, idPrefix, label, className }: ViewTabsProps<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = tabs.findIndex((candidate) => candidate.id === active);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    onChange(next.id);
    document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((candidate) => (
        <button
          key={candidate.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${candidate.id}`}
          aria-selected={active === candidate.id}
          aria-controls={`${idPrefix}-panel-${candidate.id}`}
          tabIndex={active === candidate.id ? 0 : -1}
          onClick={() => onChange(candidate.id)}
          onKeyDown={onKeyDown}
        >
          {candidate.label}
        </button>
      ))}
    </div>
  );
}
