/**
 * The library with its parser in worker threads (the default), real files on disk and real workers: the same
 * snapshot as parsing on the calling thread, a worker stopped mid-parse replaced and its file parsed again, a
 * file whose worker always dies listed with the error while the rest stays browsable, and no thread left after
 * close() (a process that opens and closes a library exits by itself).
 */
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasCorpus } from '../core/test-support/corpus.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { ParsePool } from './parse-pool.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import {
  bigDocText,
  CORPUS_DIR,
  fileByName,
  lastJsonLine,
  makeTempDir,
  nextChange,
  plant,
  pngBytes,
  removeTempDir,
  rowCount,
  runScenario,
} from './test-support.js';

const CORPUS_COUNT = hasCorpus ? ['seeds', 'real'].reduce((n, folder) => n + readdirSync(path.join(CORPUS_DIR, folder)).length, 0) : 0;

/** Every corpus file, plus files the library hides or flags, in a fresh folder. */
async function corpusFolder(root: string): Promise<void> {
  await mkdir(root, { recursive: true });
  for (const folder of ['seeds', 'real']) {
    for (const name of readdirSync(path.join(CORPUS_DIR, folder))) {
      await copyFile(path.join(CORPUS_DIR, folder, name), path.join(root, `${folder}-${name}`));
    }
  }
  await plant(root, {
    'notes.txt': 'Shopping list: eggs, flour.\n',
    'image.txt': pngBytes(),
    'big.txt': bigDocText(5_000),
  });
}

describe.runIf(hasCorpus)('DocLibrary: parsing in worker threads', () => {
  let base: string;
  let root: string;
  const libraries: DocLibrary[] = [];
  const pools: ParsePool[] = [];
  const track = <T extends DocLibrary>(library: T): T => (libraries.push(library), library);

  beforeEach(async () => {
    base = await makeTempDir('workers');
    root = path.join(base, 'docs');
    await corpusFolder(root);
  });
  afterEach(async () => {
    for (const library of libraries.splice(0)) await library.close();
    for (const pool of pools.splice(0)) await pool.close();
    await removeTempDir(base);
  });

  it('lists the corpus exactly as parsing on the calling thread does, and stops its workers on close', async () => {
    const pooled = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR }));
    const inThread = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, workers: 0 }));
    const fromWorkers = await pooled.open([root]);
    const fromThread = await inThread.open([root]);

    expect(fromWorkers.files.length).toBe(CORPUS_COUNT + 1);
    expect(fromWorkers.files).toEqual(fromThread.files);
    expect(fromWorkers.problems).toEqual(fromThread.problems);
    const { parseWorkers, ...counts } = pooled.stats();
    const { parseWorkers: noWorkers, ...threadCounts } = inThread.stats();
    expect(counts).toEqual(threadCounts);
    expect(parseWorkers).toBeGreaterThanOrEqual(1);
    expect(noWorkers).toBe(0);

    await pooled.close();
    expect(pooled.stats().parseWorkers).toBe(0);
    // Closed is not finished: reloaded (everything read again), it starts workers again.
    await pooled.open([root]);
    expect((await pooled.reload()).files).toEqual(fromThread.files);
    expect(pooled.stats().parseWorkers).toBeGreaterThanOrEqual(1);
  });

  it('parses a file again on a new worker when its worker is stopped mid-parse; the others load as usual', async () => {
    let stopped = 0;
    const pool = new ParsePool({
      onJobStarted: ({ path: file, attempt, worker }) => {
        if (file.endsWith('big.txt') && attempt === 1) {
          stopped++;
          void worker.terminate();
        }
      },
    });
    pools.push(pool);
    const library = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parsePool: pool }));
    const reference = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, workers: 0 }));
    const snapshot = await library.open([root]);

    expect(stopped).toBe(1);
    expect(['ok', 'warning']).toContain(fileByName(snapshot, 'big.txt')!.status);
    expect(rowCount(fileByName(snapshot, 'big.txt')!.model)).toBe(5_001);
    expect(snapshot.files).toEqual((await reference.open([root])).files);
    expect(pool.stats()).toMatchObject({ crashes: 1 });
    expect(pool.stats().started).toBeGreaterThanOrEqual(2);
  });

  it('lists a file whose worker dies every time with the error, keeps the rest browsable, and reads it again on a write', async () => {
    let killing = true;
    const pool = new ParsePool({
      size: 2,
      onJobStarted: ({ path: file, worker }) => {
        if (killing && file.endsWith('big.txt')) void worker.terminate();
      },
    });
    pools.push(pool);
    const library = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parsePool: pool, debounceMs: 20 }));
    const snapshot = await library.open([root]);

    const big = fileByName(snapshot, 'big.txt')!;
    expect(big).toMatchObject({ status: 'error', model: null });
    expect(big.message).toMatch(/^The parser failed: its worker thread stopped while parsing the file, 2 times/);
    const others = snapshot.files.filter((file) => file.relPath !== 'big.txt');
    expect(others.length).toBe(CORPUS_COUNT);
    for (const file of others) expect(file.model, file.relPath).not.toBeNull();

    // The next write is parsed (on a replacement worker) and shows.
    killing = false;
    const fixed = nextChange(library, (s) => fileByName(s, 'big.txt')?.status === 'warning', 'big.txt rewritten');
    await writeFile(path.join(root, 'big.txt'), bigDocText(4_000));
    expect(rowCount(fileByName((await fixed).snapshot, 'big.txt')!.model)).toBe(4_001);
  });

  it('closes while a folder is loading: open() settles, close() resolves, no worker is left', async () => {
    const library = track(createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR }));
    const opening = library.open([root]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await library.close();
    await opening;
    expect(library.stats().parseWorkers).toBe(0);
  });

  it('leaves nothing running after close(): a process that opened a folder exits by itself', () => {
    const child = runScenario(new URL('./testing/pool-exit-scenario.ts', import.meta.url), [root]);
    expect(child.signal, 'the process had to be killed: something kept it alive').toBeNull();
    expect(child.status, child.stderr).toBe(0);
    const seen = lastJsonLine<{
      files: number;
      ok: number;
      open: { parseWorkers: number; parses: number };
      closed: { parseWorkers: number };
    }>(child.stdout);
    expect(seen.files).toBe(CORPUS_COUNT + 1);
    expect(seen.ok).toBe(seen.files);
    expect(seen.open.parseWorkers).toBeGreaterThanOrEqual(1);
    expect(seen.closed.parseWorkers).toBe(0);
  });
});
