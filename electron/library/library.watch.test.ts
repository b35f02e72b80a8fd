/**
 * Keeping live: add, change, rename, delete, partial writes, bursts, folders, and the parse cache.
 * Real watcher on temp folders; each test waits for the change the event causes.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { appendFile, chmod, mkdir, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibrarySnapshot } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import {
  CHANGE_TIMEOUT_MS,
  corpusBytes,
  countingParser,
  fileByName,
  makeTempDir,
  nextChange,
  plant,
  removeTempDir,
  rowCount,
} from './test-support.js';

describe('DocLibrary: watching', () => {
  let base: string;
  let root: string;
  let library: DocLibrary;
  let parser: ReturnType<typeof countingParser>;

  beforeEach(async () => {
    base = await makeTempDir('watch');
    root = path.join(base, 'root');
    await plant(root, {
      'pt-BR.txt': await corpusBytes('seeds', '000_'),
      'ko/audit_events.html': await corpusBytes('real', 'ko_3.9.4_html'),
    });
    parser = countingParser();
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parse: parser.parse });
    await library.open([root]);
  });
  afterEach(async () => {
    await library.close();
    await removeTempDir(base);
  });

  it('adds a file written into the folder, and nothing else is parsed again', async () => {
    const added = nextChange(library, (s) => fileByName(s, 'new/zh-tw.html') !== undefined, 'file added');
    await plant(root, { 'new/zh-tw.html': await corpusBytes('real', 'zh-tw_3.12.4_html') });
    const { change, snapshot } = await added;

    expect(change.added.map((f) => f.id)).toEqual(['0:new/zh-tw.html']);
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    expect(change.revision).toBe(snapshot.revision);
    expect(snapshot.files.map((f) => f.relPath)).toEqual(['ko/audit_events.html', 'new/zh-tw.html', 'pt-BR.txt']);
    expect(fileByName(snapshot, 'new/zh-tw.html')?.format).toBe('html');
    expect(parser.calls(path.join(root, 'pt-BR.txt'))).toBe(1);
    expect(parser.calls(path.join(root, 'ko', 'audit_events.html'))).toBe(1);
  });

  it('re-parses a changed file under the same id, and only that file', async () => {
    const target = path.join(root, 'ko', 'audit_events.html');
    const before = fileByName(library.snapshot(), 'ko/audit_events.html')!;
    const changed = nextChange(library, (_s, c) => c.changed.length > 0, 'file changed');
    await writeFile(target, await corpusBytes('real', 'zh-cn_3.12.3_html'));
    const { change, snapshot } = await changed;

    expect(change.changed.map((f) => f.id)).toEqual([before.id]);
    const after = fileByName(snapshot, 'ko/audit_events.html')!;
    expect(after.id).toBe(before.id);
    expect(after.size).toBe((await stat(target)).size);
    expect(after.model?.title).not.toBe(before.model?.title);
    expect(parser.calls(target)).toBe(2);
    expect(parser.calls(path.join(root, 'pt-BR.txt'))).toBe(1);
  });

  it('turns a rename into removed + added in one change', async () => {
    const renamed = nextChange(library, (s) => fileByName(s, 'pt-BR_3.12.txt') !== undefined, 'file renamed');
    await rename(path.join(root, 'pt-BR.txt'), path.join(root, 'pt-BR_3.12.txt'));
    const { change, snapshot } = await renamed;

    expect(change.removed).toEqual(['0:pt-BR.txt']);
    expect(change.added.map((f) => f.id)).toEqual(['0:pt-BR_3.12.txt']);
    expect(fileByName(snapshot, 'pt-BR.txt')).toBeUndefined();
    expect(rowCount(fileByName(snapshot, 'pt-BR_3.12.txt')!.model)).toBeGreaterThan(150);
  });

  it('removes a deleted file, and every file of a deleted subfolder', async () => {
    const deleted = nextChange(library, (s) => fileByName(s, 'pt-BR.txt') === undefined, 'file deleted');
    await unlink(path.join(root, 'pt-BR.txt'));
    expect((await deleted).change.removed).toEqual(['0:pt-BR.txt']);

    const folderGone = nextChange(library, (s) => s.files.length === 0, 'subfolder deleted');
    await rm(path.join(root, 'ko'), { recursive: true });
    const { snapshot } = await folderGone;
    expect(snapshot.problems).toEqual([]);
  });

  it('picks up a whole subfolder moved in', async () => {
    const staging = path.join(base, 'staging');
    await plant(staging, {
      'a.txt': await corpusBytes('seeds', '002_'),
      'deeper/b.md': await corpusBytes('seeds', '003_'),
    });
    const movedIn = nextChange(library, (s) => s.files.length === 4, 'folder moved in');
    await rename(staging, path.join(root, 'moved'));
    const { snapshot } = await movedIn;
    expect(snapshot.files.map((f) => f.relPath)).toEqual([
      'ko/audit_events.html',
      'moved/a.txt',
      'moved/deeper/b.md',
      'pt-BR.txt',
    ]);
  });

  it('shows a half-written file with its problem, and recovers when the rest is written', async () => {
    const full = await corpusBytes('real', 'en_3.12.1_html');
    const target = path.join(root, 'en.html');
    const whole = nextChange(library, (s) => fileByName(s, 'en.html')?.status === 'ok', 'full file');
    await writeFile(target, full);
    const good = fileByName((await whole).snapshot, 'en.html')!;
    const goodRows = rowCount(good.model);

    // An editor or a copy that has written only half so far.
    const half = Math.floor(full.length / 2);
    const broken = nextChange(library, (s) => fileByName(s, 'en.html')?.status !== 'ok', 'half written');
    await writeFile(target, full.subarray(0, half));
    const partial = fileByName((await broken).snapshot, 'en.html')!;
    expect(['warning', 'error']).toContain(partial.status);
    expect(partial.message).toBeTruthy();
    expect(partial.id).toBe(good.id);

    const recovered = nextChange(library, (s) => fileByName(s, 'en.html')?.status === 'ok', 'rest written');
    await appendFile(target, full.subarray(half));
    const fixed = fileByName((await recovered).snapshot, 'en.html')!;
    expect(fixed.message).toBeNull();
    expect(rowCount(fixed.model)).toBe(goodRows);
  });

  it('debounces a burst of writes into few parses and ends on the final content', async () => {
    const full = await corpusBytes('real', 'zh-cn_3.10.12_sphinx-text');
    const target = path.join(root, 'burst.txt');
    const chunks = 20;
    const done = nextChange(library, (s) => fileByName(s, 'burst.txt')?.size === full.length, 'burst settled');
    // Written without yielding to the event loop: a burst however busy the machine (awaited appends can be spread
    // past the debounce by a loaded CPU, and then each is rightly a change of its own).
    writeFileSync(target, '');
    for (let i = 0; i < chunks; i++) {
      appendFileSync(target, full.subarray((i * full.length) / chunks, ((i + 1) * full.length) / chunks));
    }
    const { snapshot } = await done;

    expect(fileByName(snapshot, 'burst.txt')?.format).toBe('sphinx-text');
    expect(parser.calls(target)).toBeLessThanOrEqual(5);
  });

  it('does not parse a file again when an event leaves its size and mtime unchanged', async () => {
    const target = path.join(root, 'pt-BR.txt');
    // A whole-second mtime, so that putting it back below restores it exactly.
    const mtime = new Date(Math.floor(Date.now() / 1000 - 60) * 1000);
    const touched = nextChange(library, (s) => fileByName(s, 'pt-BR.txt')?.mtimeMs === mtime.getTime(), 'touched');
    await utimes(target, mtime, mtime);
    await touched;
    const parses = parser.calls(target);
    const hits = library.stats().cacheHits;
    const revision = library.snapshot().revision;

    // Same bytes written again, then the mtime put back: events fire, but path, size and mtime are as cached.
    await writeFile(target, await corpusBytes('seeds', '000_'));
    await utimes(target, mtime, mtime);
    await vi.waitFor(() => expect(library.stats().cacheHits).toBeGreaterThan(hits), { timeout: CHANGE_TIMEOUT_MS });

    expect(parser.calls(target)).toBe(parses);
    expect(library.snapshot().revision).toBe(revision);
  });

  it('numbers changes one by one and stops notifying an unsubscribed listener', async () => {
    const start = library.snapshot().revision;
    const revisions: number[] = [];
    const unsubscribe = library.subscribe((change) => revisions.push(change.revision));
    const first = nextChange(library, (s) => fileByName(s, 'one.txt') !== undefined, 'first');
    await plant(root, { 'one.txt': await corpusBytes('seeds', '001_') });
    await first;
    const second = nextChange(library, (s) => fileByName(s, 'two.txt') !== undefined, 'second');
    await plant(root, { 'two.txt': await corpusBytes('seeds', '002_') });
    await second;
    unsubscribe();
    const third = nextChange(library, (s) => fileByName(s, 'three.txt') !== undefined, 'third');
    await plant(root, { 'three.txt': await corpusBytes('seeds', '003_') });
    const { snapshot } = await third;

    expect(revisions).toEqual([start + 1, start + 2]);
    expect(snapshot.revision).toBe(start + 3);
  });

  it('keeps going when a listener throws', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    library.subscribe(() => {
      throw new Error('renderer went away');
    });
    try {
      const added = nextChange(library, (s) => fileByName(s, 'x.txt') !== undefined, 'added despite a bad listener');
      await plant(root, { 'x.txt': await corpusBytes('seeds', '001_') });
      await added;
      const again = nextChange(library, (s) => fileByName(s, 'y.txt') !== undefined, 'and again');
      await plant(root, { 'y.txt': await corpusBytes('seeds', '002_') });
      await again;
      await vi.waitFor(() => expect(warnings).toContain('DocLibrary listener failed: renderer went away'));
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('watches new subfolders too', async () => {
    const nested = nextChange(library, (s) => fileByName(s, 'a/b/c/ja.txt') !== undefined, 'nested file');
    await mkdir(path.join(root, 'a', 'b', 'c'), { recursive: true });
    await plant(root, { 'a/b/c/ja.txt': await corpusBytes('seeds', '001_') });
    const { snapshot } = await nested;
    expect(fileByName(snapshot, 'a/b/c/ja.txt')?.id).toBe('0:a/b/c/ja.txt');
  });
  it('shows a write that lands right after an event that changed nothing it reports (a chmod)', async () => {
    // chokidar handles the chmod's event (no content change to report) and then drops the file's events for 5 ms:
    // the write just after it must still be read, or the file would show its old rows for good.
    const text = (version: number) => `Audit events table\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nwatch.v${version}\tpath\t[1]\n`;
    const shownVersion = (snapshot: LibrarySnapshot) => fileByName(snapshot, 'chmod.txt')?.model?.tables[0]?.rows[1]?.event;
    const file = path.join(root, 'chmod.txt');
    const added = nextChange(library, (snapshot) => shownVersion(snapshot) === 'watch.v0', 'file added');
    await writeFile(file, text(0));
    await added;
    for (let version = 1; version <= 4; version++) {
      const shown = nextChange(library, (snapshot) => shownVersion(snapshot) === `watch.v${version}`, `version ${version} shown`);
      await chmod(file, version % 2 === 1 ? 0o600 : 0o644);
      await writeFile(file, text(version));
      await shown;
    }
  });
});
