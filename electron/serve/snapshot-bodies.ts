/**
 * GET /api/snapshot's body, kept per library revision: at 100,000 rows the snapshot is 12.6 MiB of JSON, and
 * building it for every request held the host's event loop for 0.1–0.5 s (its other answers, /api/host-info
 * among them, waited as long). A revision's bytes are built once (from the per-file texts of snapshot-json.ts),
 * and compressed once per encoding a browser accepts; a new revision replaces them.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { LibrarySnapshot } from '../shared/library-types.js';
import { snapshotJson, snapshotLines } from './snapshot-json.js';

export type ContentCoding = 'gzip' | 'br';
export type BodyEncoding = ContentCoding | 'identity';

/** The codings the host offers, best first (see docs/performance.md for why these, at these levels). */
export const SNAPSHOT_CODINGS: readonly ContentCoding[] = ['br', 'gzip'];

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Fast levels: the body is compressed once per revision but a browser waits for the first one. */
function compress(coding: ContentCoding, bytes: Buffer): Promise<Buffer> {
  if (coding === 'gzip') return gzip(bytes, { level: 1 });
  return brotli(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/**
 * The first of `offered` that an Accept-Encoding header accepts (q > 0; `*` counts), else 'identity'. A coding
 * refused by name (`gzip;q=0`) stays refused even when `*` is accepted.
 */
export function chooseEncoding(acceptEncoding: string | undefined, offered: readonly ContentCoding[]): BodyEncoding {
  if (acceptEncoding === undefined) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)).find((match) => match !== null);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const wildcard = weights.get('*') ?? 0;
  return offered.find((coding) => (weights.get(coding) ?? wildcard) > 0) ?? 'identity';
}

export interface SnapshotBody {
  revision: number;
  encoding: BodyEncoding;
  bytes: Buffer;
}

interface Held {
  revision: number;
  json: Buffer;
  encoded: Map<ContentCoding, Promise<Buffer>>;
  /** The gzipped lines body (SNAPSHOT_LINES_MEDIA_TYPE), once asked for. */
  lines: Promise<Buffer> | null;
}

/** What warm() can build ahead: a content coding of the JSON, or the gzipped lines body. */
export type WarmBody = ContentCoding | 'lines';

export class SnapshotBodies {
  private held: Held | null = null;
  /** How many times a revision's JSON was built (tests read it: a cache hit builds nothing). */
  builds = 0;

  /** The body for this snapshot in the encoding asked for; built (and compressed) once per revision. */
  async body(snapshot: LibrarySnapshot, encoding: BodyEncoding): Promise<SnapshotBody> {
    const held = this.hold(snapshot);
    if (encoding === 'identity') return { revision: held.revision, encoding, bytes: held.json };
    let encoded = held.encoded.get(encoding);
    if (encoded === undefined) {
      encoded = compress(encoding, held.json);
      held.encoded.set(encoding, encoded);
    }
    return { revision: held.revision, encoding, bytes: await encoded };
  }

  /**
   * The snapshot as lines (electron/shared/snapshot-media.ts), gzipped as a whole; built once per revision. Its
   * first bytes unpack to the header and the first file, so the page can start before the rest has come.
   */
  async lines(snapshot: LibrarySnapshot): Promise<SnapshotBody> {
    const held = this.hold(snapshot);
    held.lines ??= compress('gzip', snapshotLines(snapshot));
    return { revision: held.revision, encoding: 'gzip', bytes: await held.lines };
  }

  /** Builds the current revision's bodies ahead of the first request (the host does so once it has loaded). */
  warm(snapshot: LibrarySnapshot, bodies: readonly WarmBody[]): void {
    for (const body of bodies) {
      void (body === 'lines' ? this.lines(snapshot) : this.body(snapshot, body)).catch(() => undefined);
    }
    if (bodies.length === 0) this.hold(snapshot);
  }

  private hold(snapshot: LibrarySnapshot): Held {
    if (this.held?.revision !== snapshot.revision) {
      this.builds++;
      this.held = { revision: snapshot.revision, json: snapshotJson(snapshot), encoded: new Map(), lines: null };
    }
    return this.held;
  }
}
