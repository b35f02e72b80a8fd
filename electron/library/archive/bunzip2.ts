/**
 * bzip2 decompression as a Node Transform, driving unbzip2-stream's decoder one block per turn of the event loop.
 * The package's own stream decodes every block still buffered in one synchronous run when its input ends (all of
 * a small archive, seconds of a blocked library thread); here the longest stall is one block (up to 900 kB in).
 */
import { Transform, type TransformCallback } from 'node:stream';
import bitIterator from 'unbzip2-stream/lib/bit_iterator.js';
import bzip2, { type Bits } from 'unbzip2-stream/lib/bzip2.js';

/** Output is handed on in pieces of this size (a block can expand to tens of MB: runs of one byte). */
const OUTPUT_CHUNK = 64 * 1024;

export function bunzip2(): Transform {
  return new Bunzip2();
}

class Bunzip2 extends Transform {
  private readonly input: Buffer[] = [];
  private received = 0;
  private bits: Bits | null = null;
  /** Of the current stream, in 100 kB; 0 before its header (a file may hold several streams, as pbzip2 writes). */
  private blockSize = 0;
  private streamCRC: number | null = null;
  private work: Int32Array | null = null;
  private out = Buffer.allocUnsafe(OUTPUT_CHUNK);
  private used = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.input.push(chunk);
    this.received += chunk.length;
    this.bits ??= bitIterator(() => this.input.shift());
    // The decoder cannot wait for input in the middle of a block: decode only while a whole one is surely here.
    const enough = () => this.received - this.bits!.bytesRead + 1 >= 25_000 + 100_000 * this.blockSize;
    this.decodeWhile(enough, done);
  }

  override _flush(done: TransformCallback): void {
    this.decodeWhile(
      () => this.bits !== null && this.received > this.bits.bytesRead,
      (error) => {
        if (error) return done(error);
        if (this.streamCRC !== null) return done(new Error('the bzip2 data ends too early'));
        done();
      },
    );
  }

  /** One step (a header or a block) per turn of the event loop while `more()` holds. */
  private decodeWhile(more: () => boolean, done: TransformCallback): void {
    const next = () => {
      if (this.destroyed) return;
      if (!more()) return done();
      try {
        this.step();
      } catch (error) {
        // Reading past the input (a cut-off file) surfaces as a TypeError inside the bit reader.
        return done(error instanceof TypeError ? new Error('the bzip2 data ends too early') : (error as Error));
      }
      setImmediate(next);
    };
    next();
  }

  private step(): void {
    const bits = this.bits!;
    if (this.blockSize === 0) {
      this.blockSize = bzip2.header(bits);
      this.streamCRC = 0;
      return;
    }
    const size = 100_000 * this.blockSize;
    if (this.work === null || this.work.length !== size) this.work = new Int32Array(size);
    this.streamCRC = bzip2.decompress(bits, (byte) => this.emitByte(byte), this.work, size, this.streamCRC);
    if (this.streamCRC === null) this.blockSize = 0;
    this.flushOutput();
  }

  private emitByte(byte: number): void {
    this.out[this.used++] = byte;
    if (this.used === OUTPUT_CHUNK) this.flushOutput();
  }

  private flushOutput(): void {
    if (this.used === 0) return;
    this.push(this.out.subarray(0, this.used));
    this.out = Buffer.allocUnsafe(OUTPUT_CHUNK);
    this.used = 0;
  }
}
