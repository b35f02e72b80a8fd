/**
 * Bursts of changes on real files with the real watcher: thousands of writes as fast as the disk takes them,
 * files deleted (and some re-created) while the library reads them. After the burst the snapshot settles to
 * exactly what is on disk; nothing is lost, nothing is left over, and the library never fails.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { CHANGE_TIMEOUT_MS, makeTempDir, removeTempDir, summarise } from './test-support.js';

/** A small doc file (a browser copy of a two-row table) whose second event names its file and version. */
function docText(file: number, version: number): string {
  return `Audit events table\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nburst.f${file}_v${version}\tpath\t[1]\n`;
}

const fileName = (file: number): string => `f${String(file).padStart(3, '0')}.txt`;

/** The version a listed file shows (from its second event), or null when it shows none. */
function versionShown(snapshot: LibrarySnapshot, name: string): number | null {
  const file = snapshot.files.find((entry) => entry.relPath === name);
  const event = file?.model?.tables[0]?.rows[1]?.event ?? '';
  const match = /_v(\d+)$/.exec(event);
  return match ? Number(match[1]) : null;
}

/** Resolves once `done` holds for the current snapshot (now or after a later change). */
function settled(library: DocLibrary, done: (snapshot: LibrarySnapshot) => boolean, what: string, timeoutMs = CHANGE_TIMEOUT_MS * 3): Promise<LibrarySnapshot> {
  return new Promise((resolve, reject) => {
    if (done(library.snapshot())) {
      resolve(library.snapshot());
      return;
    }
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Not settled: ${what}; now ${summarise(library.snapshot()).slice(0, 2000)}`));
    }, timeoutMs);
    const unsubscribe = library.subscribe(() => {
      const snapshot = library.snapshot();
      if (!done(snapshot)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(snapshot);
    });
  });
}

/** What the disk holds now: file name → version written last (read back from the files themselves). */
async function diskTruth(folder: string): Promise<Map<string, number>> {
  const truth = new Map<string, number>();
  for (const name of (await readdir(folder)).sort()) {
    const match = /_v(\d+)\t/.exec(await readFile(path.join(folder, name), 'utf8'));
    if (match) truth.set(name, Number(match[1]));
  }
  return truth;
}

const matchesDisk = (truth: Map<string, number>) => (snapshot: LibrarySnapshot): boolean =>
  snapshot.files.length === truth.size && [...truth].every(([name, version]) => versionShown(snapshot, name) === version);

// A test's own limit outlasts two `settled` waits (each CHANGE_TIMEOUT_MS × 3), so a state that never comes fails
// with settled's message (what was awaited, and the snapshot then), not with a bare "timed out".
describe('DocLibrary: bursts', { timeout: CHANGE_TIMEOUT_MS * 7 }, () => {
  let folder: string;
  let library: DocLibrary;
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    if (warning.message.startsWith('DocLibrary')) warnings.push(warning.message);
  };

  beforeEach(async () => {
    folder = await makeTempDir('burst');
    warnings.length = 0;
    process.on('warning', onWarning);
  });
  afterEach(async () => {
    process.off('warning', onWarning);
    await library?.close();
    await removeTempDir(folder);
  });

  async function openWith(files: number): Promise<LibrarySnapshot> {
    await Promise.all(Array.from({ length: files }, (_, file) => writeFile(path.join(folder, fileName(file)), docText(file, 0))));
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    const snapshot = await library.open([folder]);
    expect(snapshot.files).toHaveLength(files);
    return snapshot;
  }

  it('2,000 writes over 200 files as fast as possible: settles to the last version of every file', async () => {
    await openWith(200);
    const revisionBefore = library.snapshot().revision;
    // In random order, 100 writes in flight at a time: batches flush while writes go on, and the last write
    // issued to a file may not be the last to land.
    const order = fc.sample(fc.shuffledSubarray(Array.from({ length: 2000 }, (_, i) => i), { minLength: 2000 }), 1)[0]!;
    for (let wave = 0; wave < order.length; wave += 100) {
      await Promise.all(
        order.slice(wave, wave + 100).map((write) => writeFile(path.join(folder, fileName(write % 200)), docText(write % 200, 1 + Math.floor(write / 200)))),
      );
    }
    const truth = await diskTruth(folder);
    expect(truth.size).toBe(200);
    const snapshot = await settled(library, matchesDisk(truth), 'every file at its version on disk');

    expect(snapshot.files.every((file) => file.status !== 'error')).toBe(true);
    expect(snapshot.problems).toEqual([]);
    const stats = library.stats();
    // Debounced: far fewer reads than writes, and a handful of changes rather than one per write.
    expect(stats.reads).toBeLessThan(200 + 2000);
    expect(snapshot.revision - revisionBefore).toBeLessThan(200);
    expect(warnings).toEqual([]);
    console.info(`2,000 writes / 200 files: ${stats.reads - 200} reads, ${snapshot.revision - revisionBefore} changes`);
  });

  it('files deleted, re-created and rewritten while being read: the snapshot ends as the disk does', async () => {
    await openWith(200);
    const operations = Array.from({ length: 1500 }, (_, i) => i);
    await Promise.all(
      operations.map(async (i) => {
        const file = (i * 7) % 200;
        const target = path.join(folder, fileName(file));
        if (i % 5 === 0) await rm(target, { force: true });
        else if (i % 5 === 1 && file % 3 === 0) {
          await rm(target, { force: true });
          await writeFile(target, docText(file, 100 + i));
        } else await writeFile(target, docText(file, 100 + i));
      }),
    );
    // Some files end deleted, some mid-way rewritten: what counts is the disk when the dust settles.
    const truth = await diskTruth(folder);
    const snapshot = await settled(library, matchesDisk(truth), 'listed files = files on disk');
    expect(snapshot.files.map((file) => file.relPath)).toEqual([...truth.keys()]);
    expect(snapshot.problems).toEqual([]);
    expect(warnings).toEqual([]);

    // And it goes on watching: a file written afterwards shows.
    await writeFile(path.join(folder, fileName(999)), docText(999, 1));
    await settled(library, (s) => versionShown(s, fileName(999)) === 1, 'a write after the burst');
  });

  it('a doc file emptied then half-written mid-burst shows its last good version, then the final one', async () => {
    await openWith(20);
    const target = path.join(folder, fileName(0));
    const full = docText(0, 7);
    for (let round = 0; round < 50; round++) {
      await writeFile(target, round % 2 ? full.slice(0, 10) : '');
    }
    const broken = await settled(library, (s) => s.files.find((f) => f.relPath === fileName(0))?.status === 'error', 'flagged');
    const shown = broken.files.find((f) => f.relPath === fileName(0))!;
    expect(shown.message).toMatch(/\(showing its last good version\)$/);
    expect(versionShown(broken, fileName(0))).toBe(0);
    expect(broken.files).toHaveLength(20);

    await writeFile(target, full);
    const fixed = await settled(library, (s) => versionShown(s, fileName(0)) === 7, 'written whole');
    expect(fixed.files.find((f) => f.relPath === fileName(0))?.status).not.toBe('error');
    expect(warnings).toEqual([]);
  });
});
