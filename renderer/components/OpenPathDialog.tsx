import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FolderListing } from '../../electron/shared/api';
import { completionQuery, completions } from '../open-folder/completion';
import { FolderBrowser } from '../open-folder/FolderBrowser';
import { loadRecentFolders, pageStorage, rememberRecentFolder } from '../open-folder/recentFolders';
import { wrapTabFocus } from '../a11y/wrapTabFocus';

interface OpenPathDialogProps {
  kind: 'folder' | 'file';
  /** Opens the path; resolves to an error message, or null when it worked. */
  onOpen(path: string): Promise<string | null>;
  /** The host's folder listing (browser, completion, and whether a typed path exists). */
  listFolder(path: string | null): Promise<FolderListing>;
  onClose(): void;
  /** Where the focus goes back on close: the control that opened the dialog, captured before anything disabled it. */
  returnFocusTo: HTMLElement | null;
}

const FOCUSABLE = 'input:not([disabled]), button:not([disabled]):not([tabindex="-1"])';

/**
 * For hosts without native dialogs (the browser host): type the path of a folder or file on the host machine,
 * with completion as you type, or browse the folders the host may list (home, the folders already open) and the
 * recent ones. A path that does not exist is not opened silently: the user chooses between watching for it and
 * keeping what is open. Modal: focus starts in the input, stays inside, Escape cancels, and goes back on close.
 */
export function OpenPathDialog({ kind, onOpen, listFolder, onClose, returnFocusTo }: OpenPathDialogProps) {
  const titleId = useId();
  const hintId = useId();
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [highlight, setHighlight] = useState(-1);
  const [missing, setMissing] = useState<string | null>(null);
  const [recent, setRecent] = useState(() => loadRecentFolders(pageStorage()));
  const completionRequest = useRef(0);

  // The opener is captured by the caller: while the host answers, the busy app disables its buttons, and a
  // disabled button drops the focus, so document.activeElement here would already be <body>.
  useEffect(() => {
    inputRef.current?.focus();
    return () => returnFocusTo?.focus();
  }, [returnFocusTo]);

  // Into the question when it is asked; back to the (re-enabled) path when it is answered "keep".
  const asked = useRef(false);
  useEffect(() => {
    if (missing !== null) keepRef.current?.focus();
    else if (asked.current) inputRef.current?.focus();
    asked.current = missing !== null;
  }, [missing]);

  const complete = (typed: string) => {
    const request = ++completionRequest.current;
    const query = completionQuery(typed);
    setHighlight(-1);
    if (query === null) {
      setSuggestions([]);
      return;
    }
    listFolder(query.folder).then(
      (listing) => {
        if (request !== completionRequest.current) return;
        setSuggestions(listing.status === 'folder' ? completions(typed, query, listing.folders.map((folder) => folder.name)) : []);
      },
      // Outside what the host may list, or not there: nothing to offer.
      () => request === completionRequest.current && setSuggestions([]),
    );
  };

  const changePath = (value: string) => {
    setPath(value);
    setError(null);
    complete(value);
  };

  const open = async (target: string) => {
    setWorking(true);
    const problem = await onOpen(target);
    setWorking(false);
    if (problem === null) {
      setRecent(rememberRecentFolder(pageStorage(), target));
      onClose();
    } else {
      setMissing(null);
      setError(problem);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) {
      setError(`Type the path of a ${kind}.`);
      return;
    }
    completionRequest.current++;
    setSuggestions([]);
    let listing: FolderListing | null = null;
    try {
      listing = await listFolder(trimmed);
    } catch {
      // Outside what the host may list: it cannot tell whether the path exists, so opening decides.
    }
    if (listing?.status === 'missing') setMissing(listing.path);
    else await open(trimmed);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself: past either end the highlight goes back to what was typed.
      setHighlight((at) => {
        const next = at + step;
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Enter' && highlight >= 0 && highlight < suggestions.length) {
      event.preventDefault();
      changePath(`${suggestions[highlight]}/`);
    } else if (event.key === 'Escape') {
      // The first Escape closes the suggestions, the second the dialog.
      event.preventDefault();
      event.stopPropagation();
      completionRequest.current++;
      setSuggestions([]);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (missing !== null) setMissing(null);
      else onClose();
      return;
    }
    wrapTabFocus(event, dialogRef.current, FOCUSABLE);
  };

  const showSuggestions = suggestions.length > 0 && missing === null;
  const activeOption = showSuggestions && highlight >= 0 && highlight < suggestions.length ? `${listboxId}-${highlight}` : undefined;

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal open-path-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <form onSubmit={submit}>
          <h2 id={titleId}>Open {kind}</h2>
          <label htmlFor={`${titleId}-path`}>Path of a {kind} on this machine</label>
          <div className="path-combobox">
            <input
              ref={inputRef}
              id={`${titleId}-path`}
              type="text"
              role="combobox"
              aria-expanded={showSuggestions}
              aria-controls={listboxId}
              aria-autocomplete="list"
              aria-activedescendant={activeOption}
              value={path}
              onChange={(event) => changePath(event.target.value)}
              onKeyDown={onInputKeyDown}
              placeholder={kind === 'folder' ? '/home/me/cpython/Doc/build/html/library' : '/home/me/audit_events.html'}
              aria-describedby={hintId}
              aria-invalid={error !== null}
              spellCheck={false}
              autoComplete="off"
              disabled={missing !== null}
            />
            <ul id={listboxId} role="listbox" aria-label="Matching folders" className="path-suggestions" hidden={!showSuggestions}>
              {showSuggestions &&
                suggestions.map((suggestion, i) => (
                  <li
                    key={suggestion}
                    id={`${listboxId}-${i}`}
                    role="option"
                    aria-selected={i === highlight}
                    className={i === highlight ? 'is-highlighted' : undefined}
                    onPointerDown={(event) => event.preventDefault()}
                    onClick={() => {
                      changePath(`${suggestion}/`);
                      inputRef.current?.focus();
                    }}
                  >
                    {suggestion}
                  </li>
                ))}
            </ul>
          </div>
          <p id={hintId} className={error ? 'field-error' : 'hint'} role={error ? 'alert' : undefined}>
            {error ?? 'Every doc-table file inside is loaded and watched for changes. ↓ picks a matching folder.'}
          </p>
          {missing !== null ? (
            <div className="missing-path">
              <p role="alert">
                <code>{missing}</code> does not exist. Watch for it to appear, or keep the current folder?
              </p>
              <div className="modal-actions">
                <button
                  ref={keepRef}
                  type="button"
                  className="button"
                  onClick={() => setMissing(null)}
                >
                  Keep the current folder
                </button>
                <button type="button" className="button button-primary" disabled={working} onClick={() => void open(missing)}>
                  {working ? 'Opening…' : 'Watch for it'}
                </button>
              </div>
            </div>
          ) : (
            <>
              <FolderBrowser
                listFolder={listFolder}
                recent={recent}
                onPick={(picked) => {
                  setPath(picked);
                  setError(null);
                  setSuggestions([]);
                }}
              />
              <div className="modal-actions">
                <button type="button" className="button" onClick={onClose}>
                  Cancel
                </button>
                <button type="submit" className="button button-primary" disabled={working}>
                  {working ? 'Opening…' : 'Open'}
                </button>
              </div>
            </>
          )}
        </form>
      </div>
    </div>
  );
}
