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
  /** How the bytes were decoded ("utf-8", "utf-16le", "shift_jis"...: core/decode.ts); null when they were not. */
  encoding: string | null;
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
  /** Files below the roots that were looked at and are not shown: how many, why, and the first of them. */
  skipped: SkippedSummary;
  /** Set while an open or reload is reading files (the files shown are still the previous ones); else null. */
  loading: LoadProgress | null;
}

/** Why a candidate file is not shown. */
export type SkipReason = 'not-audit-page' | 'binary' | 'too-large' | 'unreadable' | 'nested-archive';

export const SKIP_REASONS: readonly SkipReason[] = ['not-audit-page', 'binary', 'too-large', 'unreadable', 'nested-archive'];

export interface SkippedFile {
  /** Same scheme as SourceFile.id: "<root index>:<relPath>". */
  id: string;
  path: string;
  relPath: string;
  reason: SkipReason;
  /** The parser's or reader's message. */
  detail: string;
}

export interface SkippedSummary {
  /** Every skipped file, exactly. */
  count: number;
  /** Count per reason (reasons with none are left out). */
  reasons: Partial<Record<SkipReason, number>>;
  /** Sorted by relPath, then id; at most SKIPPED_LIST_LIMIT of them (count says how many there are). */
  files: SkippedFile[];
}

/** A folder of thousands of other pages must not make every snapshot and change heavy. */
export const SKIPPED_LIST_LIMIT = 2000;

export const NO_SKIPPED: SkippedSummary = { count: 0, reasons: {}, files: [] };

export interface LoadProgress {
  /** Files looked at so far. */
  done: number;
  /** Candidate files found. */
  total: number;
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
  /** The whole new skipped summary, set only when it changed (a file became skipped or stopped being skipped). */
  skipped?: SkippedSummary;
  /** Set only when the load progress changed: the new value (null when a load ended). */
  loading?: LoadProgress | null;
}

export type LibraryListener = (change: LibraryChange) => void;
