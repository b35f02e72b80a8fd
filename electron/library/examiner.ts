/**
 * Where the library reads and examines files and archives: a pool of worker threads (the default: the library's
 * thread neither reads nor decodes), or the calling thread when a parser function is given (tests and benchmarks
 * that count parser calls) or `workers: 0`.
 */
import path from 'node:path';
import { parseDocTable } from '../core/parse.js';
import { errorMessage } from '../shared/error-message.js';
import { examineArchive, type ArchiveExamination, type ArchiveExaminationRequest } from './archive/examine-archive.js';
import type { LibraryOptions } from './contract.js';
import { examineFile, type FileExamination } from './examine-file.js';
import { examineBytes, type ParseFunction, type Verdict } from './examine.js';
import { ParsePool, defaultPoolSize, type JobFailure } from './parse-pool.js';
import { stampOf } from './read-source.js';

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
  /** Reads a file (at most `maxBytes`) and examines its bytes. Never rejects: a failure is an outcome or verdict. */
  examineFile(filePath: string, maxBytes: number): Promise<FileExamination>;
  /** Reads an archive's candidate members and examines each; `onProgress` hears how many were read so far. Never rejects. */
  examineArchive(archivePath: string, request: ArchiveExaminationRequest, onProgress: (members: number) => void): Promise<ArchiveExamination>;
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

  async examineFile(filePath: string, maxBytes: number): Promise<FileExamination> {
    try {
      return await examineFile(filePath, maxBytes, this.parse);
    } catch (error) {
      return fileFailure(filePath, errorMessage(error));
    }
  }

  async examineArchive(archivePath: string, request: ArchiveExaminationRequest, onProgress: (members: number) => void): Promise<ArchiveExamination> {
    try {
      return await examineArchive(archivePath, request, (bytes, key) => examineBytes(bytes, key, this.parse), onProgress);
    } catch (error) {
      return archiveFailure(archivePath, errorMessage(error));
    }
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
    return this.ownPool().examine(bytes, filePath);
  }

  examineFile(filePath: string, maxBytes: number): Promise<FileExamination> {
    return fileInPool(this.ownPool(), filePath, maxBytes);
  }

  examineArchive(archivePath: string, request: ArchiveExaminationRequest, onProgress: (members: number) => void): Promise<ArchiveExamination> {
    return archiveInPool(this.ownPool(), archivePath, request, onProgress);
  }

  private ownPool(): ParsePool {
    this.pool ??= new ParsePool({ size: this.size });
    return this.pool;
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

  examineFile(filePath: string, maxBytes: number): Promise<FileExamination> {
    return fileInPool(this.pool, filePath, maxBytes);
  }

  examineArchive(archivePath: string, request: ArchiveExaminationRequest, onProgress: (members: number) => void): Promise<ArchiveExamination> {
    return archiveInPool(this.pool, archivePath, request, onProgress);
  }

  warm(): void {
    this.pool.warm();
  }

  workers(): number {
    return this.pool.stats().workers;
  }

  async close(): Promise<void> {}
}

async function fileInPool(pool: ParsePool, filePath: string, maxBytes: number): Promise<FileExamination> {
  let result: FileExamination | JobFailure;
  try {
    result = await pool.examineFile(filePath, maxBytes);
  } catch (error) {
    // The pool was closed under a load (close() during open()).
    result = { type: 'failed', message: errorMessage(error) };
  }
  return 'type' in result ? fileFailure(filePath, result.message) : result;
}

async function archiveInPool(
  pool: ParsePool,
  archivePath: string,
  request: ArchiveExaminationRequest,
  onProgress: (members: number) => void,
): Promise<ArchiveExamination> {
  let result: ArchiveExamination | JobFailure;
  try {
    result = await pool.examineArchive(archivePath, request, onProgress);
  } catch (error) {
    result = { type: 'failed', message: errorMessage(error) };
  }
  return 'type' in result ? archiveFailure(archivePath, result.message) : result;
}

/** A file no worker could examine: listed as the parser's failure (or gone, if it is). */
async function fileFailure(filePath: string, message: string): Promise<FileExamination> {
  const stamp = await stampOf(filePath);
  if (!stamp) return { outcome: { kind: 'gone' }, verdict: null };
  return { outcome: { kind: 'bytes', stamp }, verdict: { kind: 'parser-failed', message } };
}

/** An archive no worker could read to the end: listed with the problem; the members it held keep what was known. */
async function archiveFailure(archivePath: string, message: string): Promise<ArchiveExamination> {
  const stamp = await stampOf(archivePath);
  if (!stamp) return { read: { kind: 'gone' }, members: [] };
  const problem = `${path.basename(archivePath)}: cannot read the archive: the parser failed: ${message}`;
  return { read: { kind: 'read', stamp, problem, complete: false }, members: [] };
}
