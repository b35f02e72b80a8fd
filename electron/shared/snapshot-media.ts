import type { LibrarySnapshot } from './library-types.js';

/**
 * How the browser host may send a snapshot (GET /api/snapshot, and the snapshot answers of open, samples and
 * reload) to the page: as the gzip file of its JSON, which the page unpacks itself (DecompressionStream).
 *
 * Why not Content-Encoding: gzip: the browser's network stack then unpacks it and hands the page the whole
 * 12.6 MiB (at 100,000 rows), and taking in those bytes was the page's largest cost before its first table;
 * 1.6 MiB unpacked in the page took half as long or less (docs/performance.md). A client that does not ask for
 * this type gets JSON, compressed by Content-Encoding when it accepts one.
 */
export const SNAPSHOT_GZIP_MEDIA_TYPE = 'application/gzip';

/**
 * The snapshot as lines, gzipped as a whole (the page unpacks it, as the gzip file above): first a header line
 * (SnapshotLinesHeader), then one line per file, in the snapshot's order, each the file's JSON. Every line is
 * ASCII-only JSON (snapshot-json.ts escapes all past U+007E, and JSON escapes control characters), so no line holds
 * a raw newline. The page parses each line as it is unpacked and can show the first file's table before the
 * rest has arrived: at 100,000 rows unpacking and parsing the whole 13 MB took 0.7–0.85 s before anything showed.
 */
export const SNAPSHOT_LINES_MEDIA_TYPE = 'application/vnd.doctable.snapshot-lines+gzip';

/** The first line of a lines body: the snapshot with no files, and how many file lines follow it. */
export interface SnapshotLinesHeader {
  fileCount: number;
  snapshot: Omit<LibrarySnapshot, 'files'>;
}
