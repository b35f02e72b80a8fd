/**
 * Opening: folders, files, several roots, the samples, missing paths, reload. Real corpus files in temp
 * folders, the real parser and the real watcher.
 */
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryChange } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { normaliseRoots } from './library.js';
import { BUNDLED_SAMPLES_DIR, ORIGIN_FILE_NAME, originManifestSchema } from './samples.js';
import {
  corpusBytes,
  countingParser,
  fileByName,
  makeTempDir,
  nextChange,
  plant,
  pngBytes,
  removeTempDir,
  rowCount,
} from './test-support.js';

describe('DocLibrary: opening', () => {
  let base: string;
  let library: DocLibrary;
  let parser: ReturnType<typeof countingParser>;

  beforeEach(async () => {
    base = await makeTempDir('open');
    parser = countingParser();
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parse: parser.parse });
  });
  afterEach(async () => {
    await library.close();
    await removeTempDir(base);
  });

  it('opens a folder recursively: doc tables listed by relPath, everything else skipped quietly', async () => {
    const root = path.join(base, 'docs');
    await plant(root, {
      'en/library/audit_events.html': await corpusBytes('real', 'en_3.12.1_html'),
      'ko/3.9/audit_events.html': await corpusBytes('real', 'ko_3.9.4_html'),
      'zh-cn.txt': await corpusBytes('real', 'zh-cn_3.10.12_sphinx-text'),
      'locale/pt_BR/audit_events.po': await corpusBytes('real', 'pt-br_3.12_po'),
      'notes.txt': 'Shopping list: eggs, flour.\n',
      'image.txt': pngBytes(),
      'data.json': '{"not": "a table"}',
      '.git/audit_events.html': await corpusBytes('real', 'en_3.12.1_html'),
      'node_modules/pkg/audit_events.html': await corpusBytes('real', 'en_3.12.1_html'),
    });

    const snapshot = await library.open([root]);

    expect(snapshot.roots).toEqual([root]);
    expect(snapshot.samples).toBe(false);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.files.map((f) => f.relPath)).toEqual([
      'en/library/audit_events.html',
      'ko/3.9/audit_events.html',
      'locale/pt_BR/audit_events.po',
      'zh-cn.txt',
    ]);
    expect(snapshot.files.map((f) => f.id)).toEqual(snapshot.files.map((f) => `0:${f.relPath}`));
    expect(snapshot.files.map((f) => f.format)).toEqual(['html', 'html', 'po', 'sphinx-text']);
    for (const file of snapshot.files) {
      expect(file.status, `${file.relPath}: ${file.message}`).not.toBe('error');
      expect(file.path).toBe(path.join(root, file.relPath));
      expect(file.name).toBe(path.basename(file.relPath));
      expect(file.model?.format).toBe(file.format);
      expect(file.origin).toBeNull();
    }
    const en = fileByName(snapshot, 'en/library/audit_events.html')!;
    expect(rowCount(en.model)).toBeGreaterThan(150);
    expect(en.size).toBe((await corpusBytes('real', 'en_3.12.1_html')).length);
    // The plain text note was read and rejected by the parser; the binary, the JSON and the hidden and
    // dependency folders were never handed to it.
    expect(parser.calls(path.join(root, 'notes.txt'))).toBe(1);
    expect(parser.calls(path.join(root, 'image.txt'))).toBe(0);
    expect(parser.calls(path.join(root, 'data.json'))).toBe(0);
    expect(parser.total()).toBe(5);
  });

  it('opens the bundled samples when given no path, each with its origin from ORIGIN.json', async () => {
    const manifest = originManifestSchema.parse(
      JSON.parse(await readFile(path.join(BUNDLED_SAMPLES_DIR, ORIGIN_FILE_NAME), 'utf8')),
    );
    const reset = nextChange(library, (_s, change) => change.reset !== undefined, 'samples opened');

    const snapshot = await library.open([]);

    expect(snapshot.samples).toBe(true);
    expect(snapshot.roots).toEqual([BUNDLED_SAMPLES_DIR]);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.files.map((f) => f.relPath)).toEqual(Object.keys(manifest).sort());
    for (const file of snapshot.files) {
      const entry = manifest[file.relPath]!;
      expect(file.origin).toBe(`${entry.origin} (licence: PSF)`);
      expect(file.format, file.relPath).toBe(entry.format);
      expect(file.model, file.relPath).not.toBeNull();
    }
    expect((await reset).change.reset).toEqual(snapshot);
  });

  it('opens several roots at once: ids carry the root index; contains() follows the roots', async () => {
    const folder = path.join(base, 'folder');
    const single = path.join(base, 'single', 'ja.txt');
    await plant(folder, { 'sub/en.html': await corpusBytes('real', 'en_3.9.4_html') });
    await plant(path.dirname(single), { 'ja.txt': await corpusBytes('seeds', '001_'), 'other.txt': 'x' });

    const snapshot = await library.open([folder, single, path.join(folder, 'sub')]);

    expect(snapshot.roots).toEqual([folder, single]);
    expect(snapshot.files.map((f) => [f.id, f.relPath])).toEqual([
      ['1:ja.txt', 'ja.txt'],
      ['0:sub/en.html', 'sub/en.html'],
    ]);
    expect(fileByName(snapshot, 'ja.txt')?.format).toBe('browser-text');
    expect(library.contains(path.join(folder, 'sub', 'anything.html'))).toBe(true);
    expect(library.contains(folder)).toBe(true);
    expect(library.contains(single)).toBe(true);
    expect(library.contains(path.join(base, 'single', 'other.txt'))).toBe(false);
    expect(library.contains(path.join(folder, '..', 'escape.txt'))).toBe(false);
    expect(library.contains('/etc/passwd')).toBe(false);
  });

  it('lists a file opened by itself that holds no audit table, with the reason, instead of hiding it', async () => {
    const notes = path.join(base, 'notes.txt');
    await plant(base, { 'notes.txt': 'Shopping list: eggs, flour.\n' });

    const snapshot = await library.open([notes]);

    expect(snapshot.files).toHaveLength(1);
    expect(snapshot.files[0]).toMatchObject({ id: '0:notes.txt', status: 'error', model: null, format: null });
    expect(snapshot.files[0]!.message).toMatch(/^Not an audit events table: /);
  });

  it('reports a root that does not exist and picks it up when it appears', async () => {
    const later = path.join(base, 'later');
    const snapshot = await library.open([later]);
    expect(snapshot.files).toEqual([]);
    expect(snapshot.problems).toEqual([`Not found: ${later} (watching for it to appear)`]);

    const appeared = nextChange(library, (s) => s.files.length === 1 && s.problems.length === 0, 'root appears');
    // The folder appears with its file in it (a rename): made empty first, the poll could catch it before the file.
    const staging = path.join(base, 'staging');
    await plant(staging, { 'zh-tw.html': await corpusBytes('real', 'zh-tw_3.12.4_html') });
    await rename(staging, later);
    const { snapshot: after, change } = await appeared;

    expect(change.reset).toBeDefined();
    expect(after.files[0]).toMatchObject({ id: '0:zh-tw.html', format: 'html' });
  });

  it('replaces what was open: a new open resets, and the old root is no longer watched', async () => {
    const first = path.join(base, 'first');
    const second = path.join(base, 'second');
    await plant(first, { 'a.txt': await corpusBytes('seeds', '000_') });
    await plant(second, { 'b.txt': await corpusBytes('seeds', '001_') });
    await library.open([first]);
    const revision = library.snapshot().revision;
    const during: LibraryChange[] = [];
    const unsubscribe = library.subscribe((change) => during.push(change));

    const snapshot = await library.open([second]);
    unsubscribe();
    // The load's progress, then one reset with everything: numbered one by one.
    expect(during.map((change) => change.revision)).toEqual([revision + 1, revision + 2, revision + 3]);
    expect(during.map((change) => change.loading)).toEqual([{ done: 0, total: 1 }, { done: 1, total: 1 }, undefined]);
    expect(during.at(-1)!.reset).toEqual(snapshot);
    expect(snapshot).toMatchObject({ revision: revision + 3, loading: null });
    expect(snapshot.files.map((f) => f.relPath)).toEqual(['b.txt']);

    const seen = nextChange(library, (s) => fileByName(s, 'c.txt') !== undefined, 'file added to the second root');
    await plant(first, { 'late.txt': await corpusBytes('seeds', '002_') });
    await plant(second, { 'c.txt': await corpusBytes('seeds', '002_') });
    const { changes, snapshot: after } = await seen;
    expect(changes.flatMap((c) => c.added.map((f) => f.relPath))).toEqual(['c.txt']);
    expect(after.files.map((f) => f.relPath)).toEqual(['b.txt', 'c.txt']);
  });

  it('can be opened again after close(), and is watching again', async () => {
    const root = path.join(base, 'root');
    await plant(root, { 'a.txt': await corpusBytes('seeds', '000_') });
    await library.open([root]);
    await library.close();

    const reopened = await library.open([root]);
    expect(reopened.files.map((f) => f.id)).toEqual(['0:a.txt']);
    const added = nextChange(library, (s) => fileByName(s, 'b.txt') !== undefined, 'added after reopening');
    await plant(root, { 'b.txt': await corpusBytes('seeds', '001_') });
    expect((await added).change.added.map((f) => f.id)).toEqual(['0:b.txt']);
  });

  it('reload() reads and parses every file again and resets', async () => {
    const root = path.join(base, 'root');
    await plant(root, { 'a.txt': await corpusBytes('seeds', '000_'), 'b.md': await corpusBytes('seeds', '003_') });
    const opened = await library.open([root]);
    const before = parser.total();

    const reloaded = await library.reload();

    expect(parser.total()).toBe(before + 2);
    // Progress (0, 1, 2 of 2), then the reset.
    expect(reloaded.revision).toBe(opened.revision + 4);
    expect(reloaded.loading).toBeNull();
    expect(reloaded.files.map((f) => f.id)).toEqual(opened.files.map((f) => f.id));
    expect(reloaded.files.map((f) => rowCount(f.model))).toEqual(opened.files.map((f) => rowCount(f.model)));
  });
});

describe('normaliseRoots', () => {
  it('resolves, removes duplicates and drops roots inside other roots, keeping the given order', () => {
    expect(normaliseRoots(['/b/x', '/a', '/b', '/a/', '/a/sub/file.txt', '/ab'])).toEqual(['/a', '/b', '/ab']);
  });
});
