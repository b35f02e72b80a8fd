/**
 * A docs build opened as users have it: the shared corpus tree (one audit events page among ~100 other pages) plus
 * seeds and a binary file, in a temp folder, with the real library (parser worker threads) and the real watcher.
 * What is not shown is accounted for in `snapshot.skipped`, kept up to date change by change; a load publishes
 * its progress.
 */
import { readFileSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeText } from '../core/decode.js';
import { parseDocTable } from '../core/parse.js';
import type { LibraryChange, LoadProgress, SkippedFile } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { summariseSkipped } from './skipped-summary.js';
import {
  CORPUS_TREE,
  CORPUS_TREE_CANDIDATES,
  corpusBytes,
  countingParser,
  fileByName,
  makeTempDir,
  nextChange,
  parserTellsPagesApart,
  plant,
  pngBytes,
  removeTempDir,
} from './test-support.js';

const AUDIT_PAGE = 'build/library/audit_events.html';
const SEEDS = { 'seeds/pt-BR.txt': '000_', 'seeds/ja.txt': '001_', 'seeds/zh-cn.md': '003_' } as const;

const RECOGNITION = parserTellsPagesApart();
if (!RECOGNITION) console.warn('skipped "shows exactly the audit pages": the parser still takes other pages for audit tables');

describe('DocLibrary: a whole docs build', () => {
  let base: string;
  let root: string;
  let library: DocLibrary;
  const progress: LoadProgress[] = [];
  let opened: Awaited<ReturnType<DocLibrary['open']>>;

  beforeAll(async () => {
    base = await makeTempDir('tree');
    root = path.join(base, 'docs');
    await cp(CORPUS_TREE, path.join(root, 'build'), { recursive: true });
    const seeds: Record<string, Buffer> = {};
    for (const [relPath, prefix] of Object.entries(SEEDS)) seeds[relPath] = await corpusBytes('seeds', prefix);
    await plant(root, { ...seeds, 'images/logo.txt': pngBytes() });
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    const unsubscribe = library.subscribe((change: LibraryChange) => {
      if (change.loading) progress.push(change.loading);
    });
    opened = await library.open([root]);
    unsubscribe();
  }, 60_000);
  afterAll(async () => {
    await library?.close();
    if (base) await removeTempDir(base);
  });

  it('shows the audit page and the seeds, and accounts for every other candidate as skipped, with the reason', () => {
    const shown = opened.files.map((file) => file.relPath);
    expect(shown).toEqual(expect.arrayContaining([AUDIT_PAGE, ...Object.keys(SEEDS)]));
    // The tree's candidates, 3 seeds, 1 binary: each either shown or skipped.
    expect(opened.files.length + opened.skipped.count).toBe(CORPUS_TREE_CANDIDATES + 3 + 1);
    expect(opened.skipped.files).toHaveLength(opened.skipped.count);
    const { reasons } = opened.skipped;
    expect(reasons.binary).toBe(1);
    expect((reasons['not-audit-page'] ?? 0) + 1).toBe(opened.skipped.count);
    expect(opened.skipped.files.find((file) => file.reason === 'binary')).toMatchObject({
      id: '0:images/logo.txt',
      relPath: 'images/logo.txt',
      path: path.join(root, 'images', 'logo.txt'),
    });
    // Sorted like the sources, each with the parser's own message.
    const relPaths = opened.skipped.files.map((file) => file.relPath);
    expect(relPaths).toEqual([...relPaths].sort());
    for (const file of opened.skipped.files.filter((entry) => entry.reason === 'not-audit-page')) {
      expect(file.detail, file.relPath).toBe(refusal(file.path));
    }
    expect(fileByName(opened, AUDIT_PAGE)).toMatchObject({ status: 'ok', format: 'html', encoding: 'utf-8', locale: 'en' });
  });

  it.runIf(RECOGNITION)('shows exactly the audit pages: the one of the build and the seeds [needs the recognition branch]', () => {
    expect(opened.files.map((file) => file.relPath)).toEqual([AUDIT_PAGE, ...Object.keys(SEEDS)].sort());
    const others = CORPUS_TREE_CANDIDATES - 1;
    expect(opened.skipped).toMatchObject({ count: others + 1, reasons: { 'not-audit-page': others, binary: 1 } });
  });

  it('published the load as progress: from 0, increasing, ending at the number of candidates', () => {
    expect(progress.length).toBeGreaterThan(2);
    const total = CORPUS_TREE_CANDIDATES + 3 + 1;
    expect(progress[0]).toEqual({ done: 0, total });
    expect(progress.at(-1)).toEqual({ done: total, total });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.total).toBe(total);
      expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    }
    expect(opened.loading).toBeNull();
    expect(library.snapshot().loading).toBeNull();
  });
});

/** The parser's message for a page it refuses (what a skipped file's detail must be). */
function refusal(filePath: string): string {
  try {
    parseDocTable(decodeText(readFileSync(filePath)).text, { path: filePath });
  } catch (error) {
    return (error as Error).message;
  }
  return '(accepted)';
}

describe('DocLibrary: skipped files, change by change', () => {
  let base: string;
  let root: string;
  let library: DocLibrary;

  beforeEach(async () => {
    base = await makeTempDir('skipped');
    root = path.join(base, 'root');
    await plant(root, { 'pt-BR.txt': await corpusBytes('seeds', '000_'), 'notes.txt': 'Shopping list: eggs, flour.\n' });
    // The default debounce: chokidar drops a path's change events for 50 ms after one, so a shorter quiet time
    // can read a file before a write that then goes unreported (two writes in a row, as below).
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parse: countingParser().parse });
  });
  afterEach(async () => {
    await library.close();
    await removeTempDir(base);
  });

  const relPaths = (files: readonly SkippedFile[]) => files.map((file) => `${file.relPath}:${file.reason}`);

  it('carries the new summary on a change only when it changed', async () => {
    const opened = await library.open([root]);
    expect(relPaths(opened.skipped.files)).toEqual(['notes.txt:not-audit-page']);
    expect(opened.skipped.reasons).toEqual({ 'not-audit-page': 1 });

    // A new other file: skipped, nothing added.
    let seen = nextChange(library, (s) => s.skipped.count === 2, 'image skipped');
    await writeFile(path.join(root, 'image.txt'), pngBytes());
    let { change, snapshot } = await seen;
    expect(change).toMatchObject({ added: [], changed: [], removed: [] });
    expect(change.skipped).toEqual(snapshot.skipped);
    expect(relPaths(snapshot.skipped.files)).toEqual(['image.txt:binary', 'notes.txt:not-audit-page']);
    expect(snapshot.skipped.reasons).toEqual({ binary: 1, 'not-audit-page': 1 });

    // A skipped file that becomes a doc table: added, and out of the summary, in one change.
    seen = nextChange(library, (s) => fileByName(s, 'notes.txt') !== undefined, 'notes became a table');
    await writeFile(path.join(root, 'notes.txt'), await corpusBytes('seeds', '001_'));
    ({ change, snapshot } = await seen);
    expect(change.added.map((file) => file.relPath)).toEqual(['notes.txt']);
    expect(change.skipped).toEqual({ count: 1, reasons: { binary: 1 }, files: [expect.objectContaining({ relPath: 'image.txt' })] });

    // A doc table that stops parsing stays shown (as an error with its last table): the summary is unchanged.
    seen = nextChange(library, (s) => fileByName(s, 'notes.txt')?.status === 'error', 'notes broken');
    await writeFile(path.join(root, 'notes.txt'), 'Shopping list again.\n');
    ({ change, snapshot } = await seen);
    expect(change.changed.map((file) => file.relPath)).toEqual(['notes.txt']);
    expect(change.skipped).toBeUndefined();
    expect(snapshot.skipped.count).toBe(1);

    // A skipped file deleted: out of the summary.
    seen = nextChange(library, (s) => s.skipped.count === 0, 'image deleted');
    await rm(path.join(root, 'image.txt'));
    ({ change } = await seen);
    expect(change).toMatchObject({ added: [], changed: [], removed: [], skipped: { count: 0, reasons: {}, files: [] } });
  });

  it('lists a file opened by itself that is not the page as a file with its problem, not as skipped', async () => {
    const snapshot = await library.open([path.join(root, 'notes.txt')]);
    expect(snapshot.files.map((file) => [file.relPath, file.status])).toEqual([['notes.txt', 'error']]);
    expect(snapshot.files[0]!.message).toMatch(/^Not an audit events table: /);
    expect(snapshot.skipped.count).toBe(0);
  });

  it('says how each shown file was decoded', async () => {
    const text = (await corpusBytes('seeds', '000_')).toString('utf8');
    await plant(root, { 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const snapshot = await library.open([root]);
    expect(fileByName(snapshot, 'pt-BR.txt')?.encoding).toBe('utf-8');
    expect(fileByName(snapshot, 'utf16.txt')?.encoding).toBe('utf-16le');
  });
});

describe('summariseSkipped', () => {
  it('counts every file exactly and lists the first ones by relPath, up to the limit', () => {
    const entries: SkippedFile[] = Array.from({ length: 7 }, (_, i) => ({
      id: `0:f${6 - i}.txt`,
      path: `/r/f${6 - i}.txt`,
      relPath: `f${6 - i}.txt`,
      reason: i % 3 === 0 ? 'binary' : 'not-audit-page',
      detail: 'why',
    }));
    const summary = summariseSkipped(entries, 3);
    expect(summary.count).toBe(7);
    expect(summary.reasons).toEqual({ binary: 3, 'not-audit-page': 4 });
    expect(summary.files.map((file) => file.relPath)).toEqual(['f0.txt', 'f1.txt', 'f2.txt']);
  });
});
