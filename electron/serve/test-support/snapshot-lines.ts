/** Reads a lines body (electron/shared/snapshot-media.ts) in Node, line by line, as a test's second opinion. */
import type { LibrarySnapshot, SourceFile } from '../../shared/library-types.js';
import type { SnapshotLinesHeader } from '../../shared/snapshot-media.js';

/** The snapshot in an unpacked lines body; throws when the body does not hold exactly the files it announces. */
export function snapshotFromLines(bytes: Buffer): LibrarySnapshot {
  const text = bytes.toString('latin1');
  if (!text.endsWith('\n')) throw new Error('a lines body ends with a newline');
  const [head = '', ...rest] = text.slice(0, -1).split('\n');
  const header = JSON.parse(head) as SnapshotLinesHeader;
  const files = rest.map((line) => JSON.parse(line) as SourceFile);
  if (files.length !== header.fileCount) throw new Error(`${files.length} file lines, ${header.fileCount} announced`);
  return { ...header.snapshot, files };
}
