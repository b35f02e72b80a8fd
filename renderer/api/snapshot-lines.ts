/**
 * Reads a snapshot sent as lines (electron/shared/snapshot-media.ts, SNAPSHOT_LINES_MEDIA_TYPE) while it is
 * unpacked: each complete line is parsed as soon as it is in, so the first file's table can be shown before the
 * rest of the 13 MB (at 100,000 rows) has been unpacked and parsed, and parsing overlaps the unpacking.
 */
import type { LibrarySnapshot, SourceFile } from '../../electron/shared/library-types';
import type { SnapshotLinesHeader } from '../../electron/shared/snapshot-media';

const NEWLINE = 0x0a;
/** The longest the reading runs before it lets the page render (the partial snapshot among other things). */
const SLICE_MS = 30;

const ASCII = new TextDecoder();

/** A macrotask's pause: reads of an already-buffered stream resolve as microtasks and would never let a frame in. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Splits a byte stream into lines (without their newlines), each handed to `line` as soon as it is complete. */
async function eachLine(stream: ReadableStream<Uint8Array>, line: (bytes: Uint8Array) => Promise<void> | void): Promise<void> {
  const reader = stream.getReader();
  // The start of a line that spans chunks.
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (pendingLength === 0) {
        await line(chunk.subarray(start, end));
      } else {
        const whole = new Uint8Array(pendingLength + end - start);
        let at = 0;
        for (const piece of pending) {
          whole.set(piece, at);
          at += piece.length;
        }
        whole.set(chunk.subarray(start, end), at);
        pending = [];
        pendingLength = 0;
        await line(whole);
      }
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
    }
  }
  if (pendingLength > 0) throw new Error('The snapshot ended in the middle of a line.');
}

/**
 * The snapshot in a lines body (already unpacked). `onPartial` gets the snapshot with its first file once that
 * file is in (when more follow); the promise gives the whole snapshot, or fails when the body is cut short or
 * malformed, so a half library is never taken for the whole.
 */
export async function readSnapshotLines(
  stream: ReadableStream<Uint8Array>,
  onPartial?: (partial: LibrarySnapshot) => void,
): Promise<LibrarySnapshot> {
  let header: SnapshotLinesHeader | null = null;
  const files: SourceFile[] = [];
  let sliceStart = performance.now();
  await eachLine(stream, async (bytes) => {
    const value: unknown = JSON.parse(ASCII.decode(bytes));
    if (header === null) {
      header = value as SnapshotLinesHeader;
      return;
    }
    if (files.length === header.fileCount) throw new Error(`The snapshot has more than the ${header.fileCount} files it announced.`);
    files.push(value as SourceFile);
    if (files.length === 1 && header.fileCount > 1 && onPartial) {
      onPartial({ ...header.snapshot, files: [...files], loading: { done: 1, total: header.fileCount } });
      sliceStart = -Infinity;
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  });
  // (TypeScript does not follow the assignment inside the callback.)
  const complete = header as SnapshotLinesHeader | null;
  if (complete === null) throw new Error('The snapshot was empty.');
  if (files.length !== complete.fileCount) {
    throw new Error(`The snapshot ended after ${files.length} of its ${complete.fileCount} files.`);
  }
  return { ...complete.snapshot, files };
}
