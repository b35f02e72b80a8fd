/**
 * Folders opened lately from the open-folder dialog, newest first, kept in the page's localStorage (the browser
 * host has no state of its own; the desktop app keeps its own list for the File menu and the OS).
 */
export const RECENT_FOLDERS_KEY = 'doctable.recentFolders';
export const MAX_RECENT_FOLDERS = 8;

export function loadRecentFolders(storage: Storage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RECENT_FOLDERS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_RECENT_FOLDERS) : [];
  } catch {
    return [];
  }
}

export function rememberRecentFolder(storage: Storage | null, path: string): string[] {
  const next = [path, ...loadRecentFolders(storage).filter((entry) => entry !== path)].slice(0, MAX_RECENT_FOLDERS);
  try {
    storage?.setItem(RECENT_FOLDERS_KEY, JSON.stringify(next));
  } catch {
    // Storage can be full or switched off; the list is a convenience.
  }
  return next;
}

/** window.localStorage, or null where the browser refuses it (privacy settings). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
