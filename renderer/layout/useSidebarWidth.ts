import { useCallback, useState } from 'react';
import { clampSidebarWidth, storeSidebarWidth, storedSidebarWidth } from './sidebarWidth';

/** The sidebar's width in rem, remembered across sessions (see sidebarWidth.ts for its limits). */
export function useSidebarWidth(): [number, (rem: number) => void] {
  const [width, setWidth] = useState(storedSidebarWidth);
  const resize = useCallback((rem: number) => {
    const next = clampSidebarWidth(rem);
    setWidth(next);
    storeSidebarWidth(next);
  }, []);
  return [width, resize];
}
