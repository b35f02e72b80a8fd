/**
 * The library's public face, used by the Electron main process and the serve host alike.
 * Implemented by createLibrary() in ./index.ts.
 */
import type { DocTableModel, ParseOptions } from '../core/model.js';
import type { LibraryListener, LibrarySnapshot } from '../shared/library-types.js';
import type { ParsePool } from './parse-pool.js';
import type { ArchiveLimits } from './archive/archive-budget.js';

export interface LibraryOptions {
  /** Folder of the bundled sample tables, opened when no path is given. */
  samplesDir: string;
  /** Files larger than this are listed with an error instead of being read. Default 20 MiB. */
  maxFileBytes?: number;
  /**
   * Limits on reading archives (archive/): uncompressed bytes per archive (default 512 MiB), and the compression
   * ratio over which data is taken for a bomb (default 200, once 1 MiB has come out). Members are held to maxFileBytes.
   */
  archiveLimits?: Partial<Omit<ArchiveLimits, 'maxMemberBytes'>>;
  /** Quiet time after the last write before a file is parsed again. Default ~75 ms. */
  debounceMs?: number;
  /** How often a root that vanished (or was missing when opened) is checked for its return. Default 250 ms. */
  pollIntervalMs?: number;
  /**
   * A parser to call on the calling thread (tests and benchmarks count real parser calls this way). When not
   * given, files are decoded and parsed with parseDocTable in worker threads (see `workers`).
   */
  parse?: (text: string, options: ParseOptions) => DocTableModel;
  /**
   * Parser worker threads at most; default min(4, cores - 1), at least 1. 0 parses on the calling thread.
   * Workers start on demand, all but one stop when idle for 30 s, close() stops them. Ignored when `parse` is given.
   */
  workers?: number;
  /** A parser pool made (and closed) by the caller, used instead of one of the library's own. */
  parsePool?: ParsePool;
}

/** Work counters since the library was created: what was read and parsed, and what the cache saved. */
export interface LibraryStats {
  /** Files read from disk. */
  reads: number;
  /** Calls to the parser. */
  parses: number;
  /** Events on files whose path, size and mtime were unchanged: neither read nor parsed. */
  cacheHits: number;
  /** Parser worker threads running now (0 when parsing on the calling thread, when idle long enough, after close). */
  parseWorkers: number;
}

export interface DocLibrary {
  /** The current snapshot (cheap: no I/O). */
  snapshot(): LibrarySnapshot;
  /** Open folders (recursively) and/or files, replacing what was open; [] opens the samples. Resolves when loaded. */
  open(paths: string[]): Promise<LibrarySnapshot>;
  openSamples(): Promise<LibrarySnapshot>;
  /** Read and parse every file again. */
  reload(): Promise<LibrarySnapshot>;
  subscribe(listener: LibraryListener): () => void;
  /** True when an absolute path is an open file or lies inside an open root (used for link allow-listing). */
  contains(absolutePath: string): boolean;
  /** Stop watching; the library can be opened again afterwards. */
  close(): Promise<void>;
  /** Work counters (cheap: no I/O). */
  stats(): LibraryStats;
}
