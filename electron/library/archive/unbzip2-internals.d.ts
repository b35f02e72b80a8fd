/** The decoder inside unbzip2-stream (lib/bzip2.js, lib/bit_iterator.js), used by bunzip2.ts; the package types only its stream. */
declare module 'unbzip2-stream/lib/bzip2.js' {
  /** Reads `n` bits (null: skip to the next byte boundary); `bytesRead` counts the input bytes started. */
  export type Bits = ((n: number | null) => number) & { bytesRead: number };
  const bzip2: {
    /** Reads a stream header; returns the block size (1-9, in 100 kB). Throws on a bad header. */
    header(bits: Bits): number;
    /** Decodes one block, calling `out` per byte; returns the running stream CRC, or null at the end of a stream. */
    decompress(bits: Bits, out: (byte: number) => void, buf: Int32Array, bufsize: number, streamCRC: number | null): number | null;
  };
  export default bzip2;
}

declare module 'unbzip2-stream/lib/bit_iterator.js' {
  import type { Bits } from 'unbzip2-stream/lib/bzip2.js';
  export default function bitIterator(nextBuffer: () => Uint8Array | undefined): Bits;
}
