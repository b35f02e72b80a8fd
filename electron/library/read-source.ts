/**
 * Reads one candidate file's bytes, turning every way that can fail into a value: the library lists the
 * failure on the file instead of failing itself.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { errorMessage } from '../shared/error-message.js';

/** What identifies one version of a file's content for the cache: same path, size and mtime = same bytes. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ReadOutcome =
  /** Not there (any more): deleted, possibly while being read. */
  | { kind: 'gone' }
  /** A folder, FIFO, socket or device: never a doc table. */
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; stamp: FileStamp; message: string }
  | { kind: 'failed'; stamp: FileStamp | null; message: string }
  | { kind: 'bytes'; stamp: FileStamp; bytes: Buffer };

/** A read outcome once its bytes have been examined (and dropped): what crosses back from a worker that read the file. */
export type ReadSummary = Exclude<ReadOutcome, { kind: 'bytes' }> | { kind: 'bytes'; stamp: FileStamp };

/** The outcome without its bytes. */
export function summaryOf(outcome: ReadOutcome): ReadSummary {
  return outcome.kind === 'bytes' ? { kind: 'bytes', stamp: outcome.stamp } : outcome;
}

export async function stampOf(filePath: string): Promise<FileStamp | null> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch {
    return null;
  }
}

export async function readSource(filePath: string, maxBytes: number): Promise<ReadOutcome> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: should a FIFO slip in under a supported name, opening it must not wait for a writer.
    handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error, await stampOf(filePath));
  }
  let stamp: FileStamp | null = null;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'not-a-file' };
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs };
    if (stats.size > maxBytes) return tooLarge(stamp, stats.size, maxBytes);
    const bytes = await handle.readFile();
    // It may have grown since the stat (still being written); the cap holds for what was read.
    if (bytes.length > maxBytes) return tooLarge({ ...stamp, size: bytes.length }, bytes.length, maxBytes);
    return { kind: 'bytes', stamp, bytes };
  } catch (error) {
    return failure(error, stamp);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * readSource, blocking: for a parser worker thread, where it has nothing else to do meanwhile and a read costs a
 * few system calls instead of a round of promises through the thread pool per call. Same outcomes, same messages.
 */
export function readSourceSync(filePath: string, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error, stampOfSync(filePath));
  }
  let stamp: FileStamp | null = null;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-a-file' };
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs };
    if (stats.size > maxBytes) return tooLarge(stamp, stats.size, maxBytes);
    const bytes = readToEnd(fd, stats.size, maxBytes);
    if (bytes.length > maxBytes) return tooLarge({ ...stamp, size: bytes.length }, bytes.length, maxBytes);
    return { kind: 'bytes', stamp, bytes };
  } catch (error) {
    return failure(error, stamp);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to do: the outcome stands.
    }
  }
}

/** The whole file, or its first maxBytes + 1 bytes should it have grown past the cap since its stat. */
function readToEnd(fd: number, expected: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte more than expected: a short first read is the end of the file, found without another call or a copy.
  let size = expected + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
    let filled = 0;
    while (filled < chunk.length) {
      const read = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    chunks.push(chunk.subarray(0, filled));
    total += filled;
    // End of file (a short read), or past the cap: done. Else it grew: read on, 64 KiB at a time.
    if (filled < chunk.length || total > maxBytes) break;
    size = 64 * 1024;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function stampOfSync(filePath: string): FileStamp | null {
  try {
    const stats = statSync(filePath);
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch {
    return null;
  }
}

function tooLarge(stamp: FileStamp, size: number, maxBytes: number): ReadOutcome {
  return {
    kind: 'too-large',
    stamp,
    message: `File too large to read: ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
  };
}

export function failure(error: unknown, stamp: FileStamp | null): ReadOutcome {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'gone' };
    case 'EISDIR':
      return { kind: 'not-a-file' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'failed', stamp, message: 'Cannot read the file: permission denied' };
    case 'ELOOP':
      return { kind: 'failed', stamp, message: 'Cannot read the file: symbolic link loop' };
    default:
      return { kind: 'failed', stamp, message: `Cannot read the file: ${errorMessage(error)}` };
  }
}


export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}
