/**
 * GET /api/snapshot's kept and compressed bodies, over real HTTP: a real host with a real library watching a temp
 * folder of real files. A body kept for a revision must never outlive it, in any content coding.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryChange, LibrarySnapshot } from '../shared/library-types.js';
import { startServeHost, type ServeHost } from './host.js';
import { SNAPSHOT_GZIP_MEDIA_TYPE, SNAPSHOT_LINES_MEDIA_TYPE } from '../shared/snapshot-media.js';
import { snapshotFromLines } from './test-support/snapshot-lines.js';
import { chooseEncoding } from './snapshot-bodies.js';
import { acceptsMediaType } from './snapshot-response.js';
import { SAMPLE_FILE, SAMPLES, plantServedTree } from './test-support/served-tree.js';
import { openEventStream, rawRequest, type EventStreamReader, type RawResponse } from './test-support/http-client.js';

let temp: string;
let staticRoot: string;
let docs: string;
let host: ServeHost;
let stream: EventStreamReader;

beforeAll(async () => {
  ({ temp, staticRoot, docs } = await plantServedTree('doctable-snapshot-bodies-'));
  host = await startServeHost({ paths: [docs], staticRoot, samplesDir: SAMPLES, cwd: temp });
  stream = await openEventStream(host.port, `/api/events?token=${host.token}`);
});

afterAll(async () => {
  stream?.close();
  await host?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

/**
 * `coding`: an Accept-Encoding header, 'lines' for what the page asks (gzipped lines), 'gzip-file' for what it asked
 * before (the gzip file of the JSON), or 'json' for what the e2e helpers ask (Accept: application/json).
 */
const getSnapshot = (coding?: string): Promise<RawResponse> =>
  rawRequest(host.port, {
    path: '/api/snapshot',
    headers: {
      'x-doctable-token': host.token,
      ...(coding === 'lines'
        ? { accept: `${SNAPSHOT_LINES_MEDIA_TYPE}, ${SNAPSHOT_GZIP_MEDIA_TYPE};q=0.9, application/json;q=0.8`, 'accept-encoding': 'gzip, br' }
        : coding === 'gzip-file' ? { accept: `${SNAPSHOT_GZIP_MEDIA_TYPE}, application/json;q=0.9`, 'accept-encoding': 'gzip, br' }
        : coding === 'json' ? { accept: 'application/json' }
        : coding === undefined ? {} : { 'accept-encoding': coding }),
    },
  });

/** The body's JSON text, decompressed as its Content-Encoding (or, for the gzip file, its type) says. */
function decoded(response: RawResponse): string {
  if (response.headers['content-type'] === SNAPSHOT_GZIP_MEDIA_TYPE) {
    expect(response.headers['content-encoding']).toBeUndefined();
    return zlib.gunzipSync(response.bytes).toString('utf8');
  }
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return zlib.brotliDecompressSync(response.bytes).toString('utf8');
  if (coding === 'gzip') return zlib.gunzipSync(response.bytes).toString('utf8');
  expect(coding).toBeUndefined();
  return response.body;
}

const snapshotOf = (response: RawResponse): LibrarySnapshot =>
  response.headers['content-type'] === SNAPSHOT_LINES_MEDIA_TYPE
    ? snapshotFromLines(zlib.gunzipSync(response.bytes))
    : (JSON.parse(decoded(response)) as LibrarySnapshot);

const fileNames = (snapshot: LibrarySnapshot): string[] => snapshot.files.map((file) => file.name);

/** The revision of the first change the host pushes (or has pushed) that satisfies the predicate. */
const pushed = async (predicate: (change: LibraryChange) => boolean): Promise<number> => {
  const event = await stream.next((next) => next.event === 'change' && predicate(JSON.parse(next.data) as LibraryChange));
  return Number(event.id);
};

describe('GET /api/snapshot bodies', () => {
  it('sends the same snapshot in every coding, as ASCII-only JSON that keeps the Japanese text', async () => {
    const plain = await getSnapshot();
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept, Accept-Encoding');
    expect(Number(plain.headers['content-length'])).toBe(plain.bytes.length);
    // eslint-disable-next-line no-control-regex
    expect(/^[\x00-\x7e]*$/.test(plain.body)).toBe(true);
    const snapshot = snapshotOf(plain);
    const ja = snapshot.files.find((file) => file.name === 'ja.txt');
    expect(ja?.model?.prose.some((block) => block.text.includes('監査イベント'))).toBe(true);

    const brotli = await getSnapshot('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length);
    expect(decoded(brotli)).toBe(plain.body);

    const gzip = await getSnapshot('gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(plain.body);

    const file = await getSnapshot('gzip-file');
    expect(file.headers['content-type']).toBe('application/gzip');
    expect(decoded(file)).toBe(plain.body);

    const lines = await getSnapshot('lines');
    expect(lines.headers['content-type']).toBe(SNAPSHOT_LINES_MEDIA_TYPE);
    expect(lines.headers['content-encoding']).toBeUndefined();
    const unpackedLines = zlib.gunzipSync(lines.bytes).toString('latin1');
    // eslint-disable-next-line no-control-regex
    expect(/^[\x00-\x7e]*$/.test(unpackedLines)).toBe(true);
    expect(unpackedLines.split('\n')).toHaveLength(snapshot.files.length + 2);
    expect(snapshotOf(lines)).toEqual(snapshot);

    // A client that asks for JSON (curl, the e2e helpers) gets JSON as before.
    const json = await getSnapshot('json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.body).toBe(plain.body);

    const refused = await getSnapshot('br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('sends a new revision once a file is added, changed or removed, in every coding', async () => {
    const before = snapshotOf(await getSnapshot('br'));
    expect(fileNames(before)).toEqual(['ja.txt']);
    // Each coding was asked for (and kept) at this revision: none may be sent once it has passed.
    await getSnapshot('gzip');
    await getSnapshot('gzip-file');
    await getSnapshot('lines');
    await getSnapshot();

    const added = pushed((change) => change.added.some((file) => file.name === 'added.txt'));
    await fs.copyFile(SAMPLE_FILE, path.join(docs, 'added.txt'));
    const addedRevision = await added;
    for (const coding of ['br', 'gzip', 'gzip-file', 'lines', undefined]) {
      const after = snapshotOf(await getSnapshot(coding));
      expect(after.revision).toBeGreaterThanOrEqual(addedRevision);
      expect(fileNames(after)).toEqual(['added.txt', 'ja.txt']);
    }

    const original = before.files[0]!;
    const changed = pushed((change) =>
      change.changed.some((file) => file.name === 'ja.txt' && JSON.stringify(file.model).includes('監査イベント一覧表')));
    const text = await fs.readFile(path.join(docs, 'ja.txt'), 'utf8');
    await fs.writeFile(path.join(docs, 'ja.txt'), text.replace('監査イベント表', '監査イベント一覧表'));
    const changedRevision = await changed;
    for (const coding of ['br', 'gzip', 'gzip-file', 'lines', undefined]) {
      const after = snapshotOf(await getSnapshot(coding));
      expect(after.revision).toBeGreaterThanOrEqual(changedRevision);
      const ja = after.files.find((file) => file.name === 'ja.txt')!;
      expect(ja.mtimeMs).not.toBe(original.mtimeMs);
      expect(JSON.stringify(ja.model)).toContain('監査イベント一覧表');
    }

    const removed = pushed((change) => change.removed.length > 0);
    await fs.rm(path.join(docs, 'added.txt'));
    const removedRevision = await removed;
    for (const coding of ['br', 'gzip', 'gzip-file', 'lines', undefined]) {
      const after = snapshotOf(await getSnapshot(coding));
      expect(after.revision).toBeGreaterThanOrEqual(removedRevision);
      expect(fileNames(after)).toEqual(['ja.txt']);
    }
  });
});

describe('acceptsMediaType', () => {
  it('takes a type named with q > 0, and no wildcard for it', () => {
    expect(acceptsMediaType('application/gzip, application/json;q=0.9', 'application/gzip')).toBe(true);
    expect(acceptsMediaType('Application/GZIP ; q=0.5', 'application/gzip')).toBe(true);
    expect(acceptsMediaType('application/gzip;q=0, application/json', 'application/gzip')).toBe(false);
    expect(acceptsMediaType('*/*', 'application/gzip')).toBe(false);
    expect(acceptsMediaType('application/*', 'application/gzip')).toBe(false);
    expect(acceptsMediaType(undefined, 'application/gzip')).toBe(false);
  });
});

describe('chooseEncoding', () => {
  it('picks the first offered coding the header accepts', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('gzip, deflate', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('deflate', ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('', ['br', 'gzip'])).toBe('identity');
  });

  it('honours q-values and the wildcard, and keeps a coding refused by name refused', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('BR ; Q=0.0, GZIP', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*;q=0', ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('br;q=0, *', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, br', [])).toBe('identity');
  });
});
