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
