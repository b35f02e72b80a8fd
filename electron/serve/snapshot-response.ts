/**
 * Answers a request with a snapshot, from the bodies kept per revision (snapshot-bodies.ts): as gzipped lines or
 * the gzip file of its JSON when the page asks for that type (electron/shared/snapshot-media.ts; lines first),
 * else as JSON, compressed by Content-Encoding when the client accepts br or gzip.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LibrarySnapshot } from '../shared/library-types.js';
import { SNAPSHOT_GZIP_MEDIA_TYPE, SNAPSHOT_LINES_MEDIA_TYPE } from '../shared/snapshot-media.js';
import { chooseEncoding, SNAPSHOT_CODINGS, type SnapshotBodies } from './snapshot-bodies.js';

/** True when an Accept header names the type with q > 0 (no wildcard counts: only the adapter asks for it). */
export function acceptsMediaType(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined) return false;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.trim().toLowerCase().split(';');
    if (type.trim() !== mediaType) return false;
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)).find((match) => match !== null);
    return q ? Number(q[1]) > 0 : true;
  });
}

export async function sendSnapshot(
  request: IncomingMessage,
  response: ServerResponse,
  bodies: SnapshotBodies,
  snapshot: LibrarySnapshot,
): Promise<void> {
  const asLines = acceptsMediaType(request.headers.accept, SNAPSHOT_LINES_MEDIA_TYPE);
  const asGzipFile = asLines || acceptsMediaType(request.headers.accept, SNAPSHOT_GZIP_MEDIA_TYPE);
  const encoding = asGzipFile ? 'gzip' : chooseEncoding(request.headers['accept-encoding'], SNAPSHOT_CODINGS);
  const body = asLines ? await bodies.lines(snapshot) : await bodies.body(snapshot, encoding);
  response.statusCode = 200;
  const type = asLines ? SNAPSHOT_LINES_MEDIA_TYPE : asGzipFile ? SNAPSHOT_GZIP_MEDIA_TYPE : 'application/json; charset=utf-8';
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Vary', 'Accept, Accept-Encoding');
  if (!asGzipFile && body.encoding !== 'identity') response.setHeader('Content-Encoding', body.encoding);
  response.setHeader('Content-Length', body.bytes.length);
  response.end(body.bytes);
}
