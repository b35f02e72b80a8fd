/** The bzip2 decoder stream against the system's bzip2: several blocks, concatenated streams, cut-off input. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE, sharedTree } from './archive-test-support.js';
import { bunzip2 } from './bunzip2.js';

function bzip2(data: Buffer, level = 9): Buffer {
  return execFileSync('bzip2', [`-${level}`, '-c'], { input: data, maxBuffer: 64 * 1024 * 1024 });
}

/** Fed in small pieces, as a file stream would. */
function decode(compressed: Buffer): Promise<Buffer> {
  const pieces = [];
  for (let at = 0; at < compressed.length; at += 16 * 1024) pieces.push(compressed.subarray(at, at + 16 * 1024));
  return buffer(Readable.from(pieces).pipe(bunzip2()));
}

describe('bunzip2', () => {
  it('decodes data of many blocks to the same bytes', async () => {
    const page = await readFile(path.join(sharedTree(), AUDIT_PAGE));
    // 100 kB blocks (-1): the page repeated spans a dozen of them.
    const data = Buffer.concat(Array.from({ length: 16 }, () => page));
    expect((await decode(bzip2(data, 1))).equals(data)).toBe(true);
  });

  it('decodes concatenated streams (as pbzip2 writes) one after the other', async () => {
    const a = Buffer.from('first stream\n'.repeat(5000));
    const b = Buffer.from('second stream\n'.repeat(7000));
    expect((await decode(Buffer.concat([bzip2(a), bzip2(b)]))).equals(Buffer.concat([a, b]))).toBe(true);
  });

  it('fails on cut-off data and on data that is not bzip2', async () => {
    const page = await readFile(path.join(sharedTree(), AUDIT_PAGE));
    const compressed = bzip2(page);
    await expect(decode(compressed.subarray(0, compressed.length >> 1))).rejects.toThrow(/bzip2 data ends too early/);
    await expect(decode(page)).rejects.toThrow(/magic number|Not a BZIP/i);
  });
});
