/**
 * What the library (electron/library) holds and pushes: shared by the main process, the serve host
 * and the renderer. Plain data only, so it crosses IPC and HTTP unchanged.
 */
import type { DocFormat, DocTableModel, VersionInfo } from '../core/model.js';

export type FileStatus = 'ok' | 'warning' | 'error';

export interface SourceFile {
  /** Stable id: the path relative to the root it was found under, prefixed by that root's index ("0:ja/audit.txt"). */
  id: string;
  /** Absolute path on disk. */
  path: string;
  /** Path relative to its root, with forward slashes (for display). */
  relPath: string;
  /** Base name. */
  name: string;
  size: number;
  mtimeMs: number;
  status: FileStatus;
  /** One-line summary of the problem for status warning/error, else null. */
  message: string | null;
  format: DocFormat | null;
  locale: string | null;
  version: VersionInfo | null;
  title: string | null;
  /** Where a bundled sample comes from (resources/samples/ORIGIN.json), else null. */
  origin: string | null;
  /** The parsed page; null when the file could not be parsed at all. */
  model: DocTableModel | null;
}

export interface LibrarySnapshot {
  /** Increases by one with every change. */
  revision: number;
  /** The folders/files that were opened (absolute paths). */
  roots: string[];
  /** True when the bundled sample tables are shown because nothing was opened. */
  samples: boolean;
  files: SourceFile[];
  /** Problems with the roots themselves (a folder that vanished...), not with single files. */
  problems: string[];
}

/** What one change did: the renderer patches its copy instead of reloading everything. */
export interface LibraryChange {
  revision: number;
  added: SourceFile[];
  changed: SourceFile[];
  /** ids of files that are gone. */
  removed: string[];
  /** Set when roots/samples/problems changed (an open of another folder): replace everything. */
  reset?: LibrarySnapshot;
}

export type LibraryListener = (change: LibraryChange) => void;
