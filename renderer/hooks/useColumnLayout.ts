import { useCallback, useState } from 'react';
import { parseLayout, type ColumnLayout } from '../state/columnLayout';
import { layoutFromHash } from '../state/columnsInUrl';

const storageKey = (view: string) => `doctable.columns.${view}`;

function read(view: string): ColumnLayout {
  try {
    return parseLayout(window.localStorage.getItem(storageKey(view)));
  } catch {
    // Storage can be unavailable (privacy settings): the defaults then.
    return parseLayout(null);
  }
}

/** One view's column layout, kept in localStorage: it outlives reloads, other folders and sessions. */
export function useColumnLayout(view: string): [ColumnLayout, (update: (layout: ColumnLayout) => ColumnLayout) => void] {
  // A URL naming the columns wins over what this browser stored (it is what the sender saw).
  const [layouts, setLayouts] = useState<Record<string, ColumnLayout>>(() => {
    const stored = read(view);
    return { [view]: layoutFromHash(window.location.hash, view, stored) ?? stored };
  });
  const layout = layouts[view] ?? read(view);
  const update = useCallback(
    (change: (layout: ColumnLayout) => ColumnLayout) =>
      setLayouts((current) => {
        const next = change(current[view] ?? read(view));
        try {
          window.localStorage.setItem(storageKey(view), JSON.stringify(next));
        } catch {
          // See read().
        }
        return { ...current, [view]: next };
      }),
    [view],
  );
  return [layout, update];
}
