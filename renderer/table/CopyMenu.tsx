import { useEffect, useRef } from 'react';
import { COPY_FORMATS, type CopyFormat } from '../export/copyFormats';

export interface CopyMenuState {
  x: number;
  y: number;
  /** The cell the menu was opened on (null: opened from the keyboard). */
  cell: { position: number; column: string } | null;
}

/** The grid's context menu: copy the selected rows in a format, or the one cell. Arrow keys move, Escape closes. */
export function CopyMenu(props: {
  state: CopyMenuState;
  onCopyRows(format: CopyFormat): void;
  onCopyCell(cell: { position: number; column: string }): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) props.onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [props]);
  const run = (work: () => void) => {
    work();
    props.onClose();
  };
  const { cell } = props.state;
  // Kept inside the window.
  const left = Math.max(0, Math.min(props.state.x, window.innerWidth - 220));
  const top = Math.max(0, Math.min(props.state.y, window.innerHeight - 200));
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label="Copy"
      style={{ left, top }}
      onKeyDown={(event) => {
        const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const at = items.indexOf(document.activeElement as HTMLElement);
        if (event.key === 'Escape') props.onClose();
        else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
        else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      {COPY_FORMATS.map(({ format, label }) => (
        <button key={format} type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => run(() => props.onCopyRows(format))}>
          {label}
          {format === 'tsv' && <span className="menu-shortcut">Ctrl+C</span>}
        </button>
      ))}
      {cell && (
        <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => run(() => props.onCopyCell(cell))}>
          Copy this cell
        </button>
      )}
    </div>
  );
}
