import { useEffect, useId, useRef, useState } from 'react';

export interface ColumnChoice {
  id: string;
  label: string;
  shown: boolean;
}

/**
 * "Columns": every column of the view with a checkbox (shown / hidden) and buttons moving it left or right.
 * A disclosure rather than a menu: it holds form controls, reached with Tab.
 */
export function ColumnsMenu(props: {
  columns: readonly ColumnChoice[];
  onToggle(id: string, shown: boolean): void;
  onMove(id: string, delta: number): void;
  onReset(): void;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const shownCount = props.columns.filter((column) => column.shown).length;
  return (
    <div
      className="columns-menu"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          ref.current?.querySelector<HTMLButtonElement>('.columns-toggle')?.focus();
        }
      }}
    >
      <button type="button" className="button columns-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <div className="columns-panel" id={panelId} role="group" aria-label="Columns">
          <ul>
            {props.columns.map((column, index) => (
              <li key={column.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={column.shown}
                    // The last shown column stays: a grid without columns shows nothing to act on.
                    disabled={column.shown && shownCount === 1}
                    onChange={(event) => props.onToggle(column.id, event.target.checked)}
                  />
                  {column.label}
                </label>
                <span className="columns-move">
                  <button type="button" className="icon-button" aria-label={`Move ${column.label} left`} disabled={index === 0} onClick={() => props.onMove(column.id, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${column.label} right`}
                    disabled={index === props.columns.length - 1}
                    onClick={() => props.onMove(column.id, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={props.onReset}>
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}
