import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes, readSource, readSourceSync, stampOf } from './read-source.js';
import { corpusFile, makeTempDir, removeTempDir } from './test-support.js';

// The worker threads read with blocking calls (readSourceSync): every case holds for both readers.
describe.each([
  ['readSource', readSource],
  ['readSourceSync', async (filePath: string, maxBytes: number) => readSourceSync(filePath, maxBytes)],
])('%s', (_name, readSource) => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('read');
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('reads the bytes of a real corpus file with its size and mtime', async () => {
    const source = corpusFile('real', 'ko_3.9.4_html');
    const target = path.join(dir, 'ko.html');
    await copyFile(source, target);
    const outcome = await readSource(target, 20 * 1024 * 1024);
    expect(outcome.kind).toBe('bytes');
    if (outcome.kind !== 'bytes') return;
    expect(outcome.bytes.equals(await readFile(source))).toBe(true);
    expect(outcome.stamp).toEqual(await stampOf(target));
    expect(outcome.stamp.size).toBe(outcome.bytes.length);
  });

  it('reports a file over the cap without reading it, with both sizes in the message', async () => {
    const target = path.join(dir, 'big.html');
    await copyFile(corpusFile('real', 'en_3.12.1_html'), target);
    const outcome = await readSource(target, 10 * 1024);
    expect(outcome).toMatchObject({ kind: 'too-large', stamp: { size: 78424 } });
    if (outcome.kind !== 'too-large') return;
    expect(outcome.message).toBe('File too large to read: 76.6 KiB, over the 10 KiB limit');
  });

  it('says gone for a missing file and for a dangling symlink', async () => {
    expect(await readSource(path.join(dir, 'nothing.txt'), 1000)).toEqual({ kind: 'gone' });
    await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    expect(await readSource(path.join(dir, 'dangling.txt'), 1000)).toEqual({ kind: 'gone' });
  });

  it('reports a symlink loop as a read failure', async () => {
    await symlink(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'));
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(await readSource(path.join(dir, 'a.txt'), 1000)).toEqual({
      kind: 'failed',
      stamp: null,
      message: 'Cannot read the file: symbolic link loop',
    });
  });

  it('does not read folders or FIFOs (and does not block on a FIFO nobody writes to)', async () => {
    await mkdir(path.join(dir, 'folder.txt'));
    expect(await readSource(path.join(dir, 'folder.txt'), 1000)).toEqual({ kind: 'not-a-file' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    expect(await readSource(path.join(dir, 'pipe.txt'), 1000)).toEqual({ kind: 'not-a-file' });
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal where needed', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
  });
});
