import { useCallback, useState } from 'react';
import { pageStorage } from '../open-folder/recentFolders';

export const SIDEBAR_KEY = 'doctable.sidebar';

/** Below this width (CSS px at 100% text size) the sidebar starts hidden and opens over the view. */
export const NARROW_QUERY = '(max-width: 40rem)';

function initiallyOpen(): boolean {
  const stored = pageStorage()?.getItem(SIDEBAR_KEY);
  if (stored === 'open') return true;
  if (stored === 'closed') return false;
  // Never chosen: open where there is room for it beside the table.
  return typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_QUERY).matches;
}

/** Whether the Sources/filters sidebar shows; the user's choice is remembered across sessions. */
export function useSidebar(): [boolean, () => void] {
  const [open, setOpen] = useState(initiallyOpen);
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        pageStorage()?.setItem(SIDEBAR_KEY, was ? 'closed' : 'open');
      } catch {
        // Not remembered where storage is refused; the toggle still works.
      }
      return !was;
    });
  }, []);
  return [open, toggle];
}
