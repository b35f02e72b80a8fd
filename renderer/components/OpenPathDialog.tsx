import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

interface OpenPathDialogProps {
  kind: 'folder' | 'file';
  /** Opens the path; resolves to an error message, or null when it worked. */
  onOpen(path: string): Promise<string | null>;
  onClose(): void;
  /** Where the focus goes back on close: the control that opened the dialog, captured before anything disabled it. */
  returnFocusTo: HTMLElement | null;
}

/**
 * For hosts without native dialogs (the browser host): type the path of a folder or file on the host machine.
 * Modal: focus starts in the input, stays inside, Escape cancels, and goes back where it was on close.
 */
export function OpenPathDialog({ kind, onOpen, onClose, returnFocusTo }: OpenPathDialogProps) {
  const titleId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  // The opener is captured by the caller: while the host answers, the busy app disables its buttons, and a
  // disabled button drops the focus, so document.activeElement here would already be <body>.
  useEffect(() => {
    inputRef.current?.focus();
    return () => returnFocusTo?.focus();
  }, [returnFocusTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) {
      setError(`Type the path of a ${kind}.`);
      return;
    }
    setWorking(true);
    const problem = await onOpen(trimmed);
    setWorking(false);
    if (problem === null) onClose();
    else setError(problem);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = dialogRef.current?.querySelectorAll<HTMLElement>('input, button:not([disabled])');
    if (!focusable || focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <form onSubmit={submit}>
          <h2 id={titleId}>Open {kind}</h2>
          <label htmlFor={`${titleId}-path`}>Path of a {kind} on this machine</label>
          <input
            ref={inputRef}
            id={`${titleId}-path`}
            type="text"
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setError(null);
            }}
            placeholder={kind === 'folder' ? '/home/me/cpython/Doc/build/html/library' : '/home/me/audit_events.html'}
            aria-describedby={hintId}
            aria-invalid={error !== null}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={hintId} className={error ? 'field-error' : 'hint'} role={error ? 'alert' : undefined}>
            {error ?? 'Every doc-table file inside is loaded and watched for changes.'}
          </p>
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={working}>
              {working ? 'Opening…' : 'Open'}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
