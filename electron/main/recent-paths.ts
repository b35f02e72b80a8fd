/** The desktop app's recent folders: what was just opened goes first, without repeats, at most MAX_RECENT_PATHS. */
export const MAX_RECENT_PATHS = 10;

export function withRecentPaths(recent: readonly string[], opened: readonly string[]): string[] {
  return [...new Set([...opened, ...recent])].slice(0, MAX_RECENT_PATHS);
}
