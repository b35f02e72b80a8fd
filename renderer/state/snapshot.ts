/**
 * Patching the renderer's copy of the library with pushed changes, instead of fetching everything again.
 */
import type { LibraryChange, LibrarySnapshot, SourceFile } from '../../electron/shared/library-types.js';

/**
 * Applies a change to a snapshot. Changes at or below the held revision are stale (already contained in a
 * snapshot fetched later) and are ignored; `reset` replaces everything. Files keep the library's order;
 * added files are appended.
 */
export function applyChange(snapshot: LibrarySnapshot | null, change: LibraryChange): LibrarySnapshot | null {
  if (change.reset) {
    return snapshot && change.reset.revision < snapshot.revision ? snapshot : change.reset;
  }
  if (!snapshot || change.revision <= snapshot.revision) return snapshot;
  const patched = {
    ...snapshot,
    revision: change.revision,
    ...(change.skipped !== undefined && { skipped: change.skipped }),
    ...(change.loading !== undefined && { loading: change.loading }),
  };
  // Progress and skipped-only changes keep the files (and what is derived from them) as they were.
  if (change.added.length === 0 && change.changed.length === 0 && change.removed.length === 0) return patched;
  const removed = new Set(change.removed);
  const changed = new Map(change.changed.map((file) => [file.id, file]));
  const files: SourceFile[] = [];
  for (const file of snapshot.files) {
    if (removed.has(file.id)) continue;
    files.push(changed.get(file.id) ?? file);
    changed.delete(file.id);
  }
  const known = new Set(files.map((file) => file.id));
  // A "changed" file the renderer never saw is new to it.
  for (const file of [...change.added, ...changed.values()]) {
    if (!known.has(file.id)) {
      files.push(file);
      known.add(file.id);
    }
  }
  return { ...patched, files };
}

/** Newer of two snapshots (an action's reply and a pushed reset can arrive in either order). */
export function newerSnapshot(held: LibrarySnapshot | null, incoming: LibrarySnapshot): LibrarySnapshot {
  return held && held.revision > incoming.revision ? held : incoming;
}
