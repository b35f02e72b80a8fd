import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * Where the toolbar folds when the window is narrow (200% zoom of a 1360 px window is 680 CSS px): a "More"
 * button opening a panel with the controls that no longer fit beside the search box and Export. CSS decides
 * which copy shows (the inline controls, or this button): the other is display:none, out of the tab order and
 * the accessibility tree. A disclosure, not an ARIA menu: the panel holds checkboxes and a select as they are.
 * Escape or a click outside closes it; Escape gives the focus back to the button.
 */
export function ToolbarMore({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('.toolbar-more-panel button, .toolbar-more-panel input, .toolbar-more-panel select')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      className="toolbar-more"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        // Tabbing out of the panel closes it, as leaving a menu does.
        if (open && event.relatedTarget instanceof Node && !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="toolbar-more-panel"
          role="group"
          aria-label="More actions"
          onClickCapture={(event) => {
            // A button here acts, then the panel closes (below). The focus goes to More first, so a dialog the
            // button opens gives it back there; the panel stays mounted until the button's own handler has run
            // (closing here would unmount it mid-click, before React reaches the button).
            if ((event.target as Element).closest('button')) buttonRef.current?.focus();
          }}
          onClick={(event) => {
            // Checkboxes and the select keep the panel open.
            if ((event.target as Element).closest('button')) setOpen(false);
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
