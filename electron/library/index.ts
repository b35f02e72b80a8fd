/**
 * The library: loads a folder (or files) of audit events tables, keeps a live snapshot and pushes changes.
 * Used by the Electron main process and the serve host alike.
 */
import type { DocLibrary, LibraryOptions } from './contract.js';
import { LiveLibrary } from './library.js';

export type { DocLibrary, LibraryOptions, LibraryStats } from './contract.js';
export { BUNDLED_SAMPLES_DIR } from './samples.js';
export { DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_FILE_BYTES, DEFAULT_POLL_INTERVAL_MS } from './library.js';
export { SUPPORTED_EXTENSIONS } from './supported.js';
export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive/archive-budget.js';
export { ParsePool, defaultPoolSize, type ParsePoolOptions, type ParsePoolStats } from './parse-pool.js';

export function createLibrary(options: LibraryOptions): DocLibrary {
  return new LiveLibrary(options);
}
