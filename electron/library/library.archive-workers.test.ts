/**
 * Archives read in the parser workers (issue 11): the pool reads and decompresses every kind of archive and examines
 * its members there, with the results the calling thread gets and progress per member; a load's progress counts an
 * archive's members as they are read; an archive inside an archive is listed as skipped with why. Real archives of
 * the shared tree (system zip/tar, yazl, tar-stream), real worker threads, real parser.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream, readdirSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocTable } from '../core/parse.js';
import { hasCorpus } from '../core/test-support/corpus.js';
import type { LibraryChange, LoadProgress } from '../shared/library-types.js';
import { DEFAULT_ARCHIVE_LIMITS } from './archive/archive-budget.js';
import { AUDIT_PAGE, archiveCorpusFolder, sharedTree, writeZip } from './archive/archive-test-support.js';
import { examineArchive, type ArchiveExamination } from './archive/examine-archive.js';
import { NESTED_ARCHIVE_MESSAGE } from './archive/members.js';
import type { DocLibrary } from './contract.js';
import { examineBytes } from './examine.js';
import { createLibrary } from './index.js';
import { ParsePool } from './parse-pool.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { makeTempDir, removeTempDir } from './test-support.js';

const SLOW = 240_000;
const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes: 20 * 1024 * 1024 };

async function writeTarGz(target: string, members: Record<string, Buffer | string>): Promise<string> {
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip(), createWriteStream(target));
  for (const [name, content] of Object.entries(members)) pack.entry({ name }, Buffer.from(content));
  pack.finalize();
  await writing;
  return target;
}

describe.skipIf(!hasCorpus)('archives in the parser workers', () => {
  const tree = sharedTree();
  // The tree's library/ folder: its HTML pages, the audit page among them. A quarter of the tree, and as many members
  // as it takes to show that a worker reads each kind the way this thread does, in order, counting as it goes.
  const pages = path.join(tree, 'library');
  const pageCount = (): number => readdirSync(pages).filter((name) => name.endsWith('.html')).length;
  let base: string;
  let pool: ParsePool | null = null;
  let library: DocLibrary | null = null;

  beforeAll(async () => {
    base = await makeTempDir('archive-workers');
  });
  afterEach(async () => {
    await library?.close();
    library = null;
    await pool?.close();
    pool = null;
  });
  afterAll(async () => {
    await removeTempDir(base);
  });

  it(
    'reads every kind of archive in a worker: the members, digests and verdicts the calling thread finds, progress per member',
    async () => {
      pool = new ParsePool({ size: 1 });
      expect(pageCount()).toBeGreaterThan(10);
      for (const kind of ['zip', 'tar.gz', 'tar.bz2', 'tar.xz'] as const) {
        const archive = archiveCorpusFolder(pages, path.join(base, `docs.${kind}`), kind);
        const progress: number[] = [];
        const inWorker = (await pool.examineArchive(archive, { limits, knownDigests: {} }, (n) => progress.push(n))) as ArchiveExamination;
        const inThread = await examineArchive(archive, { limits, knownDigests: {} }, (bytes, key) => examineBytes(bytes, key, parseDocTable));
        expect(inWorker, kind).toEqual(inThread);
        expect(inWorker.read, kind).toMatchObject({ kind: 'read', problem: null, complete: true });
        expect(inWorker.members, kind).toHaveLength(pageCount());
        expect(inWorker.members.filter((member) => member.verdict?.kind === 'parsed').map((member) => member.path)).toEqual([
          path.basename(AUDIT_PAGE),
        ]);
        // One progress message per member read, in order.
        expect(progress, kind).toEqual(Array.from({ length: pageCount() }, (_, i) => i + 1));
      }
      expect(pool.stats()).toMatchObject({ jobs: 4, crashes: 0 });
    },
    SLOW,
  );

  it('skips members whose bytes are the ones known before: not examined again', async () => {
    pool = new ParsePool({ size: 1 });
    const archive = archiveCorpusFolder(tree, path.join(base, 'known.tar.gz'), 'tar.gz');
    const first = (await pool.examineArchive(archive, { limits, knownDigests: {} })) as ArchiveExamination;
    const knownDigests = Object.fromEntries(first.members.map((member) => [`${archive}!/${member.path}`, member.digest!]));
    const again = (await pool.examineArchive(archive, { limits, knownDigests })) as ArchiveExamination;
    expect(again.members.every((member) => member.reused && member.verdict === null)).toBe(true);
    expect(again.members.map((member) => member.digest)).toEqual(first.members.map((member) => member.digest));
  });

  it(
    'counts an archive’s members in the load’s progress as they are read, ending at files + members + archives',
    async () => {
      const dir = path.join(base, 'progress');
      await mkdir(dir);
      archiveCorpusFolder(pages, path.join(dir, 'docs.tar.bz2'), 'tar.bz2');
      await writeFile(path.join(dir, 'notes.txt'), 'Shopping list\n');
      library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
      const progress: LoadProgress[] = [];
      library.subscribe((change: LibraryChange) => {
        if (change.loading) progress.push(change.loading);
      });
      const snapshot = await library.open([dir]);
      expect(snapshot.files.map((file) => file.relPath)).toEqual([`docs.tar.bz2!/${path.basename(AUDIT_PAGE)}`]);
      // Two candidates found by the scan (the archive and the page); then the archive's members on top.
      expect(progress[0]).toEqual({ done: 0, total: 2 });
      const total = 2 + pageCount();
      expect(progress.at(-1)).toEqual({ done: total, total });
      expect(progress.length).toBeGreaterThan(10);
      for (let i = 1; i < progress.length; i++) {
        expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
        expect(progress[i]!.total).toBeGreaterThanOrEqual(progress[i - 1]!.total);
        expect(progress[i]!.done).toBeLessThanOrEqual(progress[i]!.total);
      }
      // Partway, the members read so far are counted: neither stuck at 0 nor at 1 of 2. (Whether notes.txt is
      // recorded before or after the first member depends on the worker's interleaving of its two jobs, so only
      // "members counted before the end" is asserted, not how far behind the end.)
      expect(progress.some((step) => step.total > 2 && step.done < step.total)).toBe(true);
    },
    SLOW,
  );

  it('lists an archive inside an archive as skipped, with why, under OUTER!/inner; the pages beside it load', async () => {
    const dir = path.join(base, 'nested');
    await mkdir(dir);
    const audit = await readFile(path.join(tree, AUDIT_PAGE));
    const inner = await writeZip(path.join(base, 'inner.zip'), { [AUDIT_PAGE]: audit });
    await writeTarGz(path.join(dir, 'outer.tar.gz'), { 'docs/inner.zip': await readFile(inner), [`docs/${AUDIT_PAGE}`]: audit });
    await writeZip(path.join(dir, 'outer.zip'), { 'nested/docs.tar.gz': await readFile(path.join(dir, 'outer.tar.gz')), [AUDIT_PAGE]: audit });
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    const snapshot = await library.open([dir]);
    expect(snapshot.files.map((file) => file.relPath)).toEqual([`outer.tar.gz!/docs/${AUDIT_PAGE}`, `outer.zip!/${AUDIT_PAGE}`]);
    expect(snapshot.skipped.reasons).toEqual({ 'nested-archive': 2 });
    expect(snapshot.skipped.files).toEqual([
      {
        id: '0:outer.tar.gz!/docs/inner.zip',
        path: path.join(dir, 'outer.tar.gz') + '!/docs/inner.zip',
        relPath: 'outer.tar.gz!/docs/inner.zip',
        reason: 'nested-archive',
        detail: NESTED_ARCHIVE_MESSAGE,
      },
      {
        id: '0:outer.zip!/nested/docs.tar.gz',
        path: path.join(dir, 'outer.zip') + '!/nested/docs.tar.gz',
        relPath: 'outer.zip!/nested/docs.tar.gz',
        reason: 'nested-archive',
        detail: NESTED_ARCHIVE_MESSAGE,
      },
    ]);
  });
});
