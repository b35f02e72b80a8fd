import { memo, useId } from 'react';
import type { FacetCount } from '../table/filters';
import { useRovingFocus } from '../a11y/useRovingFocus';

interface FacetPanelProps {
  modules: readonly FacetCount[];
  chosenModules: readonly string[];
  onModulesChange(modules: string[]): void;
  argumentNames: readonly FacetCount[];
  argument: string;
  onArgumentChange(argument: string): void;
  /** What is typed is only the start of argument names: not filtering yet. */
  argumentPending?: boolean;
  /** What the counts count: file rows (the rows view) or distinct events (the by-event view). */
  counting?: 'rows' | 'events';
}

/** The module facet (with counts under the other filters) and the argument filter. */
export const FacetPanel = memo(function FacetPanel(props: FacetPanelProps) {
  const argumentId = useId();
  const listId = useId();
  const chosen = new Set(props.chosenModules);
  // One Tab stop for the whole list; ↑/↓/Home/End move, Space ticks.
  const roving = useRovingFocus(props.modules.map((facet) => facet.value));
  const toggle = (module: string) => {
    const next = new Set(chosen);
    if (next.has(module)) next.delete(module);
    else next.add(module);
    props.onModulesChange([...next]);
  };
  return (
    <section className="facets" aria-label="Filters">
      <div className="facet-block">
        <label className="panel-heading" htmlFor={argumentId}>
          Argument
        </label>
        <div className="argument-filter">
          <input
            id={argumentId}
            type="search"
            list={listId}
            placeholder="e.g. path"
            value={props.argument}
            onChange={(event) => props.onArgumentChange(event.target.value)}
            aria-describedby={`${argumentId}-hint`}
          />
          <datalist id={listId}>
            {props.argumentNames.map((facet) => (
              <option key={facet.value} value={facet.value}>
                {facet.count} {props.counting === 'events' ? 'events' : 'rows'}
              </option>
            ))}
          </datalist>
        </div>
        <p id={`${argumentId}-hint`} className="hint" aria-live="polite">
          {props.argumentPending
            ? `Not filtering yet: ${props.argumentNames.filter((facet) => facet.value.toLowerCase().startsWith(props.argument.trim().toLowerCase())).length} names start with “${props.argument.trim()}”; pick one.`
            : 'Rows with an argument named exactly this (the Arguments column filter: any part of the text).'}
        </p>
      </div>
      <fieldset className="facet-block module-facet">
        <legend className="panel-heading">
          Modules
          {chosen.size > 0 && (
            <button type="button" className="link-button" onClick={() => props.onModulesChange([])}>
              clear
            </button>
          )}
        </legend>
        <p className="hint">
          {props.counting === 'events' ? 'Counts: distinct events on this tab, under the other filters.' : 'Counts: rows on this tab, under the other filters.'}
        </p>
        <ul className="facet-list" onKeyDown={roving.onKeyDown}>
          {props.modules.map((facet) => (
            <li key={facet.value} className={facet.count === 0 ? 'is-empty' : undefined}>
              <label>
                <input
                  ref={roving.itemRef(facet.value)}
                  type="checkbox"
                  tabIndex={roving.tabIndexFor(facet.value)}
                  onFocus={() => roving.onItemFocus(facet.value)}
                  checked={chosen.has(facet.value)}
                  onChange={() => toggle(facet.value)}
                />
                <span className="facet-name">{facet.value || '(no module)'}</span>
                <span className="facet-count">{facet.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
});
