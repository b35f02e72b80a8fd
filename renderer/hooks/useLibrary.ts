import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocTableApi, HostInfo } from '../../electron/shared/api';
import type { LibrarySnapshot } from '../../electron/shared/library-types';
import { applyChange, newerSnapshot } from '../state/snapshot';
import { errorMessage } from '../../electron/shared/error-message';

export interface LibraryState {
  snapshot: LibrarySnapshot | null;
  host: HostInfo | null;
  /** What is being done right now ("Opening…"), for the status bar and to disable buttons. */
  busy: string | null;
  /** The last failed action's message, until the next action. */
  error: string | null;
}

/** What an action gave: the new snapshot (null when cancelled or failed) and the failure's message. */
export interface ActionResult {
  snapshot: LibrarySnapshot | null;
  error: string | null;
}

export interface LibraryActions {
  /** The host's native dialog; the snapshot is null when it was cancelled or the host has none. */
  openDialog(kind: 'folder' | 'file'): Promise<ActionResult>;
  openPaths(paths: string[]): Promise<ActionResult>;
  openSamples(): Promise<ActionResult>;
  reload(): Promise<ActionResult>;
}


/** The renderer's copy of the library: fetched once, then patched with every pushed change. */
export function useLibrary(api: DocTableApi): [LibraryState, LibraryActions] {
  const [snapshot, setSnapshot] = useState<LibrarySnapshot | null>(null);
  const [host, setHost] = useState<HostInfo | null>(null);
  const [busy, setBusy] = useState<string | null>('Loading…');
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    // Subscribe before fetching, so no change falls between the fetch and the subscription.
    const unsubscribe = api.onChange((change) => setSnapshot((held) => applyChange(held, change)));
    // A partial snapshot (the first file of a large library, its `loading` saying how many are still coming) is
    // shown until the whole one, of the same revision, replaces it; if the rest never comes, it is taken away.
    let partial: LibrarySnapshot | null = null;
    const onPartial = (next: LibrarySnapshot): void => {
      if (!mounted.current) return;
      partial = next;
      setSnapshot((held) => held ?? next);
    };
    Promise.all([api.getSnapshot({ onPartial }), api.hostInfo()])
      .then(([first, info]) => {
        if (!mounted.current) return;
        setSnapshot((held) => newerSnapshot(held, first));
        setHost(info);
      })
      .catch((reason: unknown) => {
        if (!mounted.current) return;
        setSnapshot((held) => (held === partial ? null : held));
        setError(errorMessage(reason));
      })
      .finally(() => mounted.current && setBusy(null));
    return () => {
      mounted.current = false;
      unsubscribe();
    };
  }, [api]);

  const run = useCallback(
    async (label: string, action: () => Promise<LibrarySnapshot | null>): Promise<ActionResult> => {
      setBusy(label);
      setError(null);
      try {
        const next = await action();
        if (next && mounted.current) setSnapshot((held) => newerSnapshot(held, next));
        return { snapshot: next, error: null };
      } catch (reason) {
        const message = errorMessage(reason);
        if (mounted.current) setError(message);
        return { snapshot: null, error: message };
      } finally {
        if (mounted.current) setBusy(null);
      }
    },
    [],
  );

  const actions = useMemo<LibraryActions>(
    () => ({
      openDialog: (kind) => run('Opening…', () => api.openDialog(kind)),
      openPaths: (paths) => run('Opening…', () => api.openPaths(paths)),
      openSamples: () => run('Opening samples…', () => api.openSamples()),
      reload: () => run('Reloading…', () => api.reload()),
    }),
    [api, run],
  );
  // While a folder loads, say how far it is rather than only "Opening…".
  const loading = snapshot?.loading;
  const shownBusy = busy !== null && loading ? `Reading ${loading.done} of ${loading.total}…` : busy;
  return [{ snapshot, host, busy: shownBusy, error }, actions];
}
