/**
 * The parser pool with real worker threads: the same verdicts as parsing on the calling thread (corpus files,
 * from the TypeScript source and from the built worker bundle), workers stopped mid-parse replaced and their
 * file tried again, a file whose worker always dies reported, and close() leaving no thread behind.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../scripts/build.mjs';
import { parseDocTable } from '../core/parse.js';
import { hasCorpus } from '../core/test-support/corpus.js';
import { examineFile } from './examine-file.js';
import { examineBytes } from './examine.js';
import { ParsePool, defaultPoolSize } from './parse-pool.js';
import { bigDocText, CORPUS_DIR, makeTempDir, pngBytes, removeTempDir } from './test-support.js';

const CORPUS_FILES = hasCorpus
  ? ['seeds', 'real'].flatMap((folder) => readdirSync(path.join(CORPUS_DIR, folder)).sort().map((name) => path.join(CORPUS_DIR, folder, name)))
  : [];

const inThread = (bytes: Uint8Array, filePath: string) => examineBytes(bytes, filePath, parseDocTable);

let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('ParsePool', () => {
  it('sizes itself to min(4, cores - 1), at least 1', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(4);
    expect(new ParsePool({ size: 0 }).size).toBe(1);
  });

  it.runIf(hasCorpus)('gives every corpus file the verdict the calling thread gives it', async () => {
    pool = new ParsePool({ size: 2 });
    const files = await Promise.all(CORPUS_FILES.map(async (file) => ({ file, bytes: await readFile(file) })));
    const verdicts = await Promise.all(files.map(({ file, bytes }) => pool!.examine(bytes, file)));
    for (const [index, { file, bytes }] of files.entries()) {
      expect(verdicts[index], file).toEqual(inThread(bytes, file));
      expect(verdicts[index]!.kind, file).toBe('parsed');
    }
    expect(pool.stats()).toMatchObject({ jobs: files.length, crashes: 0 });
    expect(pool.stats().workers).toBeLessThanOrEqual(2);
  });

  it.runIf(hasCorpus)('reads files itself: the outcome and verdict the calling thread finds, for pages, gone, too large and folders', async () => {
    pool = new ParsePool({ size: 1 });
    const dir = await makeTempDir('pool-files');
    try {
      await writeFile(path.join(dir, 'notes.txt'), 'Shopping list: eggs, flour.\n');
      const cases: Array<[string, number]> = [
        ...CORPUS_FILES.slice(0, 6).map((file): [string, number] => [file, 20 * 1024 * 1024]),
        [path.join(dir, 'notes.txt'), 1024],
        [path.join(dir, 'missing.html'), 1024],
        [CORPUS_FILES[0]!, 1024],
        [dir, 1024],
      ];
      for (const [file, maxBytes] of cases) {
        expect(await pool.examineFile(file, maxBytes), file).toEqual(await examineFile(file, maxBytes, parseDocTable));
      }
      expect(await pool.examineFile(CORPUS_FILES[0]!, 1024)).toMatchObject({ outcome: { kind: 'too-large' }, verdict: null });
      expect(pool.stats()).toMatchObject({ crashes: 0 });
    } finally {
      await removeTempDir(dir);
    }
  });

  it('reports binary bytes, text without a table and empty files as the calling thread does', async () => {
    pool = new ParsePool({ size: 1 });
    const cases: Array<[string, Uint8Array]> = [
      ['/x/image.txt', pngBytes()],
      ['/x/notes.txt', Buffer.from('Shopping list: eggs, flour.\n')],
      ['/x/empty.txt', Buffer.alloc(0)],
      ['/x/latin1.txt', Buffer.from(bigDocText(3, 'caf\u00e9'), 'latin1')],
    ];
    for (const [file, bytes] of cases) expect(await pool.examine(bytes, file), file).toEqual(inThread(bytes, file));
  });

  it('replaces a worker stopped mid-parse and parses its file again on the new one (and the file sent behind it there)', async () => {
    const stopped: string[] = [];
    pool = new ParsePool({
      size: 1,
      onJobStarted: ({ path: file, attempt, worker }) => {
        if (file === '/x/victim.txt' && attempt === 1) {
          stopped.push(file);
          void worker.terminate();
        }
      },
    });
    const victim = Buffer.from(bigDocText(20_000, 'victim'));
    const after = Buffer.from(bigDocText(10, 'after'));
    const [verdict, next] = await Promise.all([pool.examine(victim, '/x/victim.txt'), pool.examine(after, '/x/after.txt')]);

    expect(stopped).toEqual(['/x/victim.txt']);
    expect(verdict).toEqual(inThread(victim, '/x/victim.txt'));
    expect(next).toEqual(inThread(after, '/x/after.txt'));
    expect(pool.stats()).toMatchObject({ crashes: 1, started: 2, workers: 1, jobs: 2 });
  });

  it('gives up on a file whose worker dies every time, and goes on with the next', async () => {
    pool = new ParsePool({
      size: 1,
      onJobStarted: ({ path: file, worker }) => {
        if (file === '/x/doomed.txt') void worker.terminate();
      },
    });
    const doomed = pool.examine(Buffer.from(bigDocText(20_000, 'doomed')), '/x/doomed.txt');
    const fine = pool.examine(Buffer.from(bigDocText(5, 'fine')), '/x/fine.txt');
    expect(await doomed).toEqual({
      kind: 'parser-failed',
      message: 'its worker thread stopped while parsing the file, 2 times (exit code 1)',
    });
    expect(await fine).toMatchObject({ kind: 'parsed' });
    expect(pool.stats()).toMatchObject({ crashes: 2, started: 3 });
  });

  it('reports a worker that fails to start as a parser failure, for each file, without hanging', async () => {
    const dir = await makeTempDir('pool-broken');
    try {
      const script = path.join(dir, 'broken-worker.cjs');
      await writeFile(script, "throw new Error('cannot load the parser');\n");
      pool = new ParsePool({ size: 2, script: pathToFileURL(script) });
      const verdicts = await Promise.all(['/x/a.txt', '/x/b.txt'].map((file) => pool!.examine(Buffer.from(bigDocText(3)), file)));
      for (const verdict of verdicts) {
        expect(verdict).toMatchObject({ kind: 'parser-failed' });
        if (verdict.kind === 'parser-failed') expect(verdict.message).toContain('cannot load the parser');
      }
      expect(pool.stats().workers).toBe(0);
    } finally {
      await removeTempDir(dir);
    }
  });

  it('stops idle workers after the idle timeout but the warm ones, and starts one again when needed', async () => {
    pool = new ParsePool({ size: 2, idleTimeoutMs: 20 });
    await Promise.all(['a', 'b', 'c'].map((name) => pool!.examine(Buffer.from(bigDocText(2_000)), `/x/${name}.txt`)));
    expect(pool.stats().started).toBe(2);
    await vi.waitFor(() => expect(pool!.stats().workers).toBe(1), { timeout: 10_000 });
    await pool.close();

    pool = new ParsePool({ size: 1, idleTimeoutMs: 20, warmWorkers: 0 });
    await pool.examine(Buffer.from(bigDocText(3)), '/x/a.txt');
    await vi.waitFor(() => expect(pool!.stats().workers).toBe(0), { timeout: 10_000 });
    expect(await pool.examine(Buffer.from(bigDocText(3)), '/x/b.txt')).toMatchObject({ kind: 'parsed' });
    expect(pool.stats()).toMatchObject({ started: 2, crashes: 0 });
  });

  it('warm() starts one worker ahead of the first file, which then parses on it; never more, never after close()', async () => {
    pool = new ParsePool({ size: 2 });
    pool.warm();
    pool.warm();
    expect(pool.stats()).toMatchObject({ workers: 1, started: 1, jobs: 0 });
    expect(await pool.examine(Buffer.from(bigDocText(3)), '/x/a.txt')).toMatchObject({ kind: 'parsed' });
    expect(pool.stats()).toMatchObject({ workers: 1, started: 1, jobs: 1 });
    await pool.close();
    pool.warm();
    expect(pool.stats()).toMatchObject({ workers: 0, started: 1 });
  });

  it('close() stops every worker, rejects what was not done, and takes no more work', async () => {
    pool = new ParsePool({ size: 2 });
    await pool.examine(Buffer.from(bigDocText(3)), '/x/warm.txt');
    const pending = Promise.allSettled([1, 2, 3].map((n) => pool!.examine(Buffer.from(bigDocText(20_000)), `/x/${n}.txt`)));
    await pool.close();
    for (const result of await pending) expect(result.status).toBe('rejected');
    expect(pool.stats().workers).toBe(0);
    await expect(pool.examine(Buffer.from('x'), '/x/late.txt')).rejects.toThrow('closed');
  });
});

describe.runIf(hasCorpus)('ParsePool with the built worker (dist/electron/parse-worker.cjs)', () => {
  let outdir: string;
  beforeAll(async () => {
    outdir = await makeTempDir('pool-build');
    await buildElectron(undefined, outdir);
  }, 60_000);
  afterAll(async () => {
    if (outdir) await removeTempDir(outdir);
  });

  it('is built beside main.js and gives the corpus files the verdicts the calling thread gives them', async () => {
    const script = pathToFileURL(path.join(outdir, 'parse-worker.cjs'));
    pool = new ParsePool({ size: 1, script });
    for (const file of CORPUS_FILES) {
      const bytes = await readFile(file);
      expect(await pool.examine(bytes, file), file).toEqual(inThread(bytes, file));
    }
    // main.js looks for the worker beside itself.
    const main = await readFile(path.join(outdir, 'main.js'), 'utf8');
    expect(main).toContain('new URL("./parse-worker.cjs", import.meta.url)');
  });
});
