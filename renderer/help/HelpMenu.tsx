import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export type HelpTopic = 'shortcuts' | 'about';

const ITEMS: readonly { topic: HelpTopic; label: string; hint?: string }[] = [
  { topic: 'shortcuts', label: 'Keyboard shortcuts', hint: 'F1' },
  { topic: 'about', label: 'About DocTable Explorer' },
];

/**
 * The toolbar's Help menu button (the browser host has no native menu; the desktop app has both). ARIA menu
 * button: Enter, Space or ↓ opens it on the first item, arrows move, Escape closes and returns to the button.
 */
export function HelpMenu({ onChoose }: { onChoose(topic: HelpTopic): void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      items[(moves[event.key]! + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="help-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts="F1"
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Help
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Help" className="help-menu-list" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, i) => (
            <button
              key={item.topic}
              ref={(node) => {
                itemRefs.current[i] = node;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="help-menu-item"
              onClick={() => {
                // The dialog gives the focus back to what had it when it opened: the menu button, not this item.
                buttonRef.current?.focus();
                setOpen(false);
                onChoose(item.topic);
              }}
            >
              {item.label}
              {item.hint && <span className="help-menu-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
