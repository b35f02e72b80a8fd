import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { wrapTabFocus } from '../a11y/wrapTabFocus';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

interface ModalProps {
  title: string;
  onClose(): void;
  /** Where the focus goes back on close (captured by the caller before anything could disable it). */
  returnFocusTo: HTMLElement | null;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog: focus starts on the first control inside and stays inside, Escape closes, and the focus goes
 * back where it was. The help dialogs share it.
 */
export function Modal({ title, onClose, returnFocusTo, children, className }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialogRef.current)?.focus();
    return () => returnFocusTo?.focus();
  }, [returnFocusTo]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    wrapTabFocus(event, dialogRef.current, FOCUSABLE);
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className={`modal${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="modal-title-row">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
