import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, type ViewState } from '../state/viewState';
import { columnParams } from '../state/columnsInUrl';

const STORAGE_KEY = 'doctable.view';
/** The hash the page had when the stored state was written (see initialViewState). */
const STORAGE_FROM_KEY = 'doctable.view.from';

/** Typing changes the state on every keystroke; the address bar and storage are written once typing pauses. */
const WRITE_DELAY_MS = 250;

function initialViewState(): ViewState {
  const hash = window.location.hash.replace(/^#/, '');
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    // A reload's address is fixed before the page hides, so a change written on the way out (pagehide) reaches only
    // storage: when the address is still the one that write replaced, storage holds the newer state.
    if (stored !== null && (!hash || window.sessionStorage.getItem(STORAGE_FROM_KEY) === hash)) return decodeViewState(stored);
  } catch {
    // Storage can be unavailable (privacy settings); the hash still carries the state.
  }
  return hash ? decodeViewState(hash) : DEFAULT_VIEW_STATE;
}

/** What this page last wrote to the hash: a hashchange carrying it is our own write echoed, not a user's. */
let lastWritten: string | null = null;

/** Replaces the URL's hash without a history entry, as this page's own write (see onHashChange). */
export function replaceHash(encoded: string): void {
  lastWritten = encoded;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${encoded ? `#${encoded}` : ''}`);
}

function write(state: string): void {
  // The column choices share the hash (state/columnsInUrl.ts): kept as they are.
  const cols = columnParams(window.location.hash);
  const encoded = [state, new URLSearchParams(cols).toString()].filter(Boolean).join('&');
  const from = window.location.hash.replace(/^#/, '');
  replaceHash(encoded);
  try {
    window.sessionStorage.setItem(STORAGE_KEY, encoded);
    window.sessionStorage.setItem(STORAGE_FROM_KEY, from);
  } catch {
    // See initialViewState.
  }
}

/**
 * The user's view choices, mirrored into the URL hash (a page reload or a copied URL restores them) and
 * sessionStorage (restores them when the page is opened without a hash, as Electron does on reload).
 */
export function useViewState(): [ViewState, (update: (state: ViewState) => ViewState) => void] {
  const [state, setState] = useState(initialViewState);
  const pending = useRef<string | null>(null);

  const flush = useCallback(() => {
    const encoded = pending.current;
    if (encoded === null) return;
    pending.current = null;
    write(encoded);
  }, []);

  useEffect(() => {
    pending.current = encodeViewState(state);
    const timer = window.setTimeout(flush, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, flush]);

  useEffect(() => {
    // Some hosts (happy-dom) report replaceState's own hash as a change; taking it back would drop what was typed
    // since (the write runs 250 ms behind the keys).
    const onHashChange = () => {
      const hash = window.location.hash.replace(/^#/, '');
      if (hash === lastWritten) return;
      setState(decodeViewState(hash));
    };
    window.addEventListener('hashchange', onHashChange);
    // Leaving (reload, close) or unmounting must not lose the last keystrokes.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback((change: (state: ViewState) => ViewState) => setState(change), []);
  return [state, update];
}
