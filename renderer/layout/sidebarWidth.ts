/**
 * The sidebar's width, in rem so it follows the text size: its limits, the keyboard steps on its drag handle,
 * and the value remembered between sessions.
 */
import { pageStorage } from '../open-folder/recentFolders';

export const SIDEBAR_WIDTH_KEY = 'doctable.sidebar-width';
export const DEFAULT_SIDEBAR_WIDTH = 17.5;
export const MIN_SIDEBAR_WIDTH = 12;
export const MAX_SIDEBAR_WIDTH = 40;
/** One arrow key press; with Shift, four. */
export const SIDEBAR_STEP = 1;

export function clampSidebarWidth(rem: number): number {
  if (!Number.isFinite(rem)) return DEFAULT_SIDEBAR_WIDTH;
  // Quarter-rem steps: a drag lands on values that read well (aria-valuetext) and store short.
  return Math.min(MAX_SIDEBAR_WIDTH, Math.max(MIN_SIDEBAR_WIDTH, Math.round(rem * 4) / 4));
}

/** The width after a key on the handle (the window splitter pattern), or null for keys it leaves alone. */
export function widthAfterKey(width: number, key: string, shift: boolean): number | null {
  const step = shift ? SIDEBAR_STEP * 4 : SIDEBAR_STEP;
  switch (key) {
    case 'ArrowLeft':
      return clampSidebarWidth(width - step);
    case 'ArrowRight':
      return clampSidebarWidth(width + step);
    case 'Home':
      return MIN_SIDEBAR_WIDTH;
    case 'End':
      return MAX_SIDEBAR_WIDTH;
    default:
      return null;
  }
}

export function storedSidebarWidth(): number {
  const stored = pageStorage()?.getItem(SIDEBAR_WIDTH_KEY);
  return stored ? clampSidebarWidth(Number(stored)) : DEFAULT_SIDEBAR_WIDTH;
}

export function storeSidebarWidth(rem: number): void {
  try {
    pageStorage()?.setItem(SIDEBAR_WIDTH_KEY, String(rem));
  } catch {
    // Not remembered where storage is refused; the handle still works.
  }
}
