/**
 * The page's reader of a snapshot sent as lines: lines split across chunks anywhere, the partial snapshot after the
 * first file, and a body cut short or overlong reported as an error rather than taken for the whole library.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LibrarySnapshot, SourceFile } from '../../electron/shared/library-types';
import { readSnapshotLines } from './snapshot-lines';
import { unpacked } from './response-text';

const file = (id: string, title: string): SourceFile => ({ id, name: id, title, model: { tables: [] } }) as unknown as SourceFile;

const snapshot = (files: SourceFile[]): LibrarySnapshot => ({
  revision: 4,
  roots: ['/docs'],
  samples: false,
  files,
  problems: [],
  skipped: { count: 0, reasons: {}, files: [] },
  loading: null,
});

/** A lines body as the host writes it: ASCII-only JSON, one line each (non-ASCII escaped, as snapshot-json does). */
function linesBody(value: LibrarySnapshot, fileCount = value.files.length): Uint8Array {
  const ascii = (item: unknown) => JSON.stringify(item).replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const { files, ...rest } = value;
  const lines = [ascii({ fileCount, snapshot: rest }), ...files.map(ascii)];
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** The bytes as a stream of chunks of `size` bytes, so lines (and multi-byte escapes) straddle chunk edges. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const FILES = [file('a.txt', 'one\ntwo\u2028 監査 😀'), file('b.txt', 'two'), file('c.txt', 'three')];

describe('readSnapshotLines', () => {
  it('reads every file whatever the chunk edges, with one partial after the first file', async () => {
    const whole = snapshot(FILES);
    for (const size of [1, 7, 64, 1 << 20]) {
      const partials: LibrarySnapshot[] = [];
      const read = await readSnapshotLines(chunked(linesBody(whole), size), (partial) => partials.push(partial));
      expect(read).toEqual(whole);
      expect(partials).toEqual([{ ...whole, files: [FILES[0]], loading: { done: 1, total: 3 } }]);
    }
  });

  it('reads the gzip file of the lines as the page unpacks it', async () => {
    const whole = snapshot(FILES);
    const response = new Response(gzipSync(linesBody(whole)));
    expect(await readSnapshotLines(unpacked(response.body!))).toEqual(whole);
  });

  it('gives no partial for a library of one file or none', async () => {
    const partials: LibrarySnapshot[] = [];
    expect(await readSnapshotLines(chunked(linesBody(snapshot(FILES.slice(0, 1))), 5), (p) => partials.push(p))).toEqual(snapshot(FILES.slice(0, 1)));
    expect(await readSnapshotLines(chunked(linesBody(snapshot([])), 5), (p) => partials.push(p))).toEqual(snapshot([]));
    expect(partials).toEqual([]);
  });

  it('fails on a body cut short, at a line edge or inside a line, or one with more files than announced', async () => {
    const whole = linesBody(snapshot(FILES));
    const afterTwoLines = whole.indexOf(0x0a, whole.indexOf(0x0a) + 1) + 1;
    await expect(readSnapshotLines(chunked(whole.slice(0, afterTwoLines), 9))).rejects.toThrow('ended after 1 of its 3 files');
    await expect(readSnapshotLines(chunked(whole.slice(0, afterTwoLines + 5), 9))).rejects.toThrow('middle of a line');
    await expect(readSnapshotLines(chunked(new Uint8Array(), 9))).rejects.toThrow('was empty');
    await expect(readSnapshotLines(chunked(linesBody(snapshot(FILES), 2), 9))).rejects.toThrow('more than the 2 files');
    const cutGzip = gzipSync(whole).subarray(0, 40);
    await expect(readSnapshotLines(unpacked(new Response(cutGzip).body!))).rejects.toThrow();
  });
});
