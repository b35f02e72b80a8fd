/**
 * Where the library decodes and parses file bytes: a pool of worker threads (the default), or the calling
 * thread when a parser function is given (tests and benchmarks that count parser calls) or `workers: 0`.
 */
import { parseDocTable } from '../core/parse.js';
import type { LibraryOptions } from './contract.js';
import { examineBytes, type ParseFunction, type Verdict } from './examine.js';
import { ParsePool, defaultPoolSize } from './parse-pool.js';

/**
 * Files read ahead of the one being recorded, at least. Once most pages are refused cheaply, a load is bound by
 * reading and by the trip to a worker and back, not by parsing: eight in flight instead of two per worker made
 * a 680-file docs build load ~1.5× faster (docs/performance.md). At most 8 × maxFileBytes are held at once.
 */
export const READ_AHEAD = 8;

export interface Examiner {
  /** How many files the library may have read and waiting to be examined at once. */
  readonly width: number;
  examine(bytes: Buffer, filePath: string): Promise<Verdict>;
  /** Starts a parser thread now if none runs (no-op on the calling thread), so the first file does not wait for it. */
  warm(): void;
  /** Worker threads running now. */
  workers(): number;
  /** Stops the workers this examiner started (more are started if it is used again). */
  close(): Promise<void>;
}

export function createExaminer(options: Pick<LibraryOptions, 'parse' | 'workers' | 'parsePool'>): Examiner {
  if (options.parsePool) return new SharedPoolExaminer(options.parsePool);
  if (options.parse) return new InThreadExaminer(options.parse);
  const size = options.workers ?? defaultPoolSize();
  return size > 0 ? new OwnPoolExaminer(size) : new InThreadExaminer(parseDocTable);
}

class InThreadExaminer implements Examiner {
  // Reading ahead lets the disk work while this thread parses.
  readonly width = READ_AHEAD;
  constructor(private readonly parse: ParseFunction) {}

  async examine(bytes: Buffer, filePath: string): Promise<Verdict> {
    return examineBytes(bytes, filePath, this.parse);
  }

  workers(): number {
    return 0;
  }

  warm(): void {}

  async close(): Promise<void> {}
}

/** Starts its pool on first use, and ends it on close(): the library can be opened again afterwards. */
class OwnPoolExaminer implements Examiner {
  readonly width: number;
  private pool: ParsePool | null = null;

  constructor(private readonly size: number) {
    // At least one file read ahead per worker: a worker never waits for the main thread to read its next file.
    this.width = Math.max(READ_AHEAD, 2 * size);
  }

  examine(bytes: Buffer, filePath: string): Promise<Verdict> {
    this.pool ??= new ParsePool({ size: this.size });
    return this.pool.examine(bytes, filePath);
  }

  warm(): void {
    this.pool ??= new ParsePool({ size: this.size });
    this.pool.warm();
  }

  workers(): number {
    return this.pool?.stats().workers ?? 0;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}

/** A pool the caller made and closes (shared by libraries, or watched by a test). */
class SharedPoolExaminer implements Examiner {
  readonly width: number;

  constructor(private readonly pool: ParsePool) {
    this.width = Math.max(READ_AHEAD, 2 * pool.size);
  }

  examine(bytes: Buffer, filePath: string): Promise<Verdict> {
    return this.pool.examine(bytes, filePath);
  }

  warm(): void {
    this.pool.warm();
  }

  workers(): number {
    return this.pool.stats().workers;
  }

  async close(): Promise<void> {}
}
