/**
 * The decompressed bytes of a compressed file, as a Node stream: zlib for gzip, unbzip2-stream's decoder for bzip2
 * (bunzip2.ts), xz-decompress (WebAssembly) for xz. Destroying the result stops reading the file.
 */
import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { bunzip2 } from './bunzip2.js';
// A UMD bundle: Node's ESM loader sees no named exports in it, only the CommonJS module as the default.
import xzDecompress from 'xz-decompress';

const { XzReadableStream } = xzDecompress as unknown as typeof import('xz-decompress');

export type Compression = 'none' | 'gzip' | 'bzip2' | 'xz';

export function decompressed(file: ReadStream, compression: Compression): Readable {
  const out = decompressor(file, compression);
  out.once('close', () => file.destroy());
  file.once('error', (error) => out.destroy(error));
  return out;
}

function decompressor(file: ReadStream, compression: Compression): Readable {
  switch (compression) {
    case 'none':
      return file;
    case 'gzip':
      return file.pipe(createGunzip());
    case 'bzip2':
      return file.pipe(bunzip2());
    case 'xz': {
      const web = Readable.toWeb(file) as unknown as ReadableStream<Uint8Array>;
      return Readable.fromWeb(new XzReadableStream(web) as unknown as WebReadableStream<Uint8Array>);
    }
  }
}
