/**
 * A folder of 10,000 small doc files (100 folders of 100), real watcher, real parser: all listed, and later
 * changes to a few of them come through as exactly those changes, without the rest being read again.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../shared/library-types.js';
import type { DocLibrary, LibraryStats } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { makeTempDir, nextChange, removeTempDir } from './test-support.js';

const FOLDERS = 100;
const PER_FOLDER = 100;

function docText(n: number, version = 0): string {
  return `Audit events table\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nscale.file_${n}_v${version}\tpath, mode\t[1]\n`;
}

const relPathOf = (n: number): string => `d${Math.floor(n / PER_FOLDER)}/f${n % PER_FOLDER}.txt`;

describe('DocLibrary: a folder of 10,000 files', () => {
  let root: string;
  let library: DocLibrary;
  let opened: LibrarySnapshot;
  /**
   * The counters as open() left them. The tests run in either order (vitest --sequence.shuffle runs the second
   * one first for some seeds): read later, library.stats() would also count what the other test read.
   */
  let openedStats: LibraryStats;
  let openMs: number;

  beforeAll(async () => {
    root = await makeTempDir('scale');
    for (let folder = 0; folder < FOLDERS; folder++) {
      await mkdir(path.join(root, `d${folder}`));
      await Promise.all(
        Array.from({ length: PER_FOLDER }, (_, i) => writeFile(path.join(root, relPathOf(folder * PER_FOLDER + i)), docText(folder * PER_FOLDER + i))),
      );
    }
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    const started = performance.now();
    opened = await library.open([root]);
    openMs = performance.now() - started;
    openedStats = library.stats();
  }, 120_000);

  afterAll(async () => {
    await library?.close();
    if (root) await removeTempDir(root);
  });

  it('lists every file once, each parsed, each with a status', () => {
    expect(opened.files).toHaveLength(FOLDERS * PER_FOLDER);
    expect(new Set(opened.files.map((file) => file.id)).size).toBe(FOLDERS * PER_FOLDER);
    for (const file of opened.files) {
      expect(file.model?.tables[0]?.rows.map((row) => row.event)[1], file.relPath).toMatch(/^scale\.file_\d+_v0$/);
      expect(['ok', 'warning']).toContain(file.status);
    }
    expect(opened.problems).toEqual([]);
    expect(openedStats).toMatchObject({ reads: 10_000, parses: 10_000 });
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    console.info(`10,000 files opened in ${(openMs / 1000).toFixed(1)} s; heap ${heap.toFixed(0)} MiB`);
  });

  it('passes on 10 writes, 10 deletions and 10 new files as exactly those changes, reading nothing else', async () => {
    const before = library.stats();
    // Nothing was read since open() (a late watcher event for a file it read is a cache hit), whichever test ran first.
    expect(before).toMatchObject({ reads: openedStats.reads, parses: openedStats.parses });
    const written = [3, 1_001, 2_502, 4_003, 5_504, 6_005, 7_506, 8_007, 9_508, 9_999];
    const deleted = [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000];
    const added = Array.from({ length: 10 }, (_, i) => 20_000 + i);
    const settled = nextChange(
      library,
      (snapshot) =>
        snapshot.files.length === 10_000 &&
        written.every((n) => snapshot.files.find((f) => f.relPath === relPathOf(n))?.model?.tables[0]?.rows[1]?.event === `scale.file_${n}_v1`) &&
        deleted.every((n) => !snapshot.files.some((f) => f.relPath === relPathOf(n))) &&
        added.every((n) => snapshot.files.some((f) => f.relPath === `new/${n}.txt`)),
      'written, deleted and added',
      30_000,
    );
    await mkdir(path.join(root, 'new'));
    await Promise.all([
      ...written.map((n) => writeFile(path.join(root, relPathOf(n)), docText(n, 1))),
      ...deleted.map((n) => rm(path.join(root, relPathOf(n)))),
      ...added.map((n) => writeFile(path.join(root, 'new', `${n}.txt`), docText(n))),
    ]);
    const { changes } = await settled;
    expect(changes.some((change) => change.reset)).toBe(false);
    const changedIds = changes.flatMap((change) => change.changed.map((file) => file.relPath)).sort();
    const removedIds = changes.flatMap((change) => change.removed).sort();
    const addedIds = changes.flatMap((change) => change.added.map((file) => file.relPath)).sort();
    expect(changedIds).toEqual(written.map(relPathOf).sort());
    expect(removedIds).toEqual(deleted.map((n) => `0:${relPathOf(n)}`).sort());
    expect(addedIds).toEqual(added.map((n) => `new/${n}.txt`).sort());
    // Only the 20 files written or added were read; the deletions were seen without a read of anything else.
    expect(library.stats().parses - before.parses).toBe(20);
  }, 60_000);
});
