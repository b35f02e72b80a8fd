import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocTableApi } from '../../electron/shared/api';
import type { LibraryChange } from '../../electron/shared/library-types';

export type ChangeKind = 'added' | 'changed' | 'failing';

/** How long a file that just came, changed or broke stays marked in Sources. */
export const HIGHLIGHT_MS = 5000;

export interface ChangeCounts {
  added: number;
  changed: number;
  failing: number;
  removed: number;
}

const NO_CHANGES: ChangeCounts = { added: 0, changed: 0, failing: 0, removed: 0 };

export interface RecentChanges {
  /** Files to mark now, by id. */
  highlights: ReadonlyMap<string, ChangeKind>;
  /** What happened while watching since the user last looked (cleared by `markSeen`). */
  unseen: ChangeCounts;
  markSeen(): void;
}

export function totalChanges(counts: ChangeCounts): number {
  return counts.added + counts.changed + counts.failing + counts.removed;
}

/** What one pushed change did, file by file. A broken file counts as failing, whether new or changed. */
export function classifyChange(change: LibraryChange): Map<string, ChangeKind> {
  const kinds = new Map<string, ChangeKind>();
  for (const file of change.added) kinds.set(file.id, file.status === 'error' ? 'failing' : 'added');
  for (const file of change.changed) kinds.set(file.id, file.status === 'error' ? 'failing' : 'changed');
  return kinds;
}

/**
 * Files the watcher reports while the user looks elsewhere: each marked for a few seconds, and counted until the
 * user acknowledges them. Opening another folder (a reset) is the user's own doing: it starts over.
 */
export function useRecentChanges(api: DocTableApi, highlightMs = HIGHLIGHT_MS): RecentChanges {
  const [highlights, setHighlights] = useState<ReadonlyMap<string, ChangeKind>>(new Map());
  const [unseen, setUnseen] = useState<ChangeCounts>(NO_CHANGES);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    const unsubscribe = api.onChange((change) => {
      if (change.reset) {
        for (const timer of pending.values()) clearTimeout(timer);
        pending.clear();
        setHighlights(new Map());
        setUnseen(NO_CHANGES);
        return;
      }
      const kinds = classifyChange(change);
      if (kinds.size === 0 && change.removed.length === 0) return;
      setUnseen((counts) => {
        const next = { ...counts, removed: counts.removed + change.removed.length };
        for (const kind of kinds.values()) next[kind]++;
        return next;
      });
      setHighlights((held) => {
        const next = new Map(held);
        for (const id of change.removed) next.delete(id);
        for (const [id, kind] of kinds) next.set(id, kind);
        return next;
      });
      for (const id of kinds.keys()) {
        clearTimeout(pending.get(id));
        pending.set(
          id,
          setTimeout(() => {
            pending.delete(id);
            setHighlights((held) => {
              const next = new Map(held);
              next.delete(id);
              return next;
            });
          }, highlightMs),
        );
      }
    });
    return () => {
      unsubscribe();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, [api, highlightMs]);

  const markSeen = useCallback(() => setUnseen(NO_CHANGES), []);
  return { highlights, unseen, markSeen };
}
