/**
 * Archives in the live library: the docs' own download archives opened directly or found in an opened folder,
 * their members listed as `ARCHIVE!/path` with the same rows as the loose files, kept live when the archive is
 * rewritten or deleted, and broken or hostile archives listed with their problem while the rest loads.
 * Real archives of the shared tree (system zip/tar/gzip, yazl), real watcher, real parser.
 */
import { copyFile, mkdir, readFile, rename, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocTableModel } from '../core/model.js';
import type { LibrarySnapshot, SourceFile } from '../shared/library-types.js';
import {
  AUDIT_PAGE,
  archiveCorpusFolder,
  gzipFile,
  sharedTree,
  writeEpub,
  writeZeroBombZip,
  writeZip,
} from './archive/archive-test-support.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { corpusBytes, countingParser, fileByName, makeTempDir, nextChange, removeTempDir, summarise } from './test-support.js';

const MiB = 1024 * 1024;
const SLOW = 240_000;

function rowsOf(model: DocTableModel | null | undefined) {
  return model?.tables.map((table) => ({ kind: table.kind, rows: table.rows })) ?? null;
}

/** The files shown under one archive, as paths inside it. */
function membersOf(snapshot: LibrarySnapshot, archiveRelPath: string): string[] {
  const prefix = `${archiveRelPath}!/`;
  return snapshot.files.filter((f) => f.relPath.startsWith(prefix)).map((f) => f.relPath.slice(prefix.length));
}

describe('DocLibrary: archives', () => {
  const tree = sharedTree();
  let base: string;
  let loose: LibrarySnapshot;
  let looseAudit: SourceFile;
  let auditBytes: Buffer;
  let library: DocLibrary | null = null;

  beforeAll(async () => {
    base = await makeTempDir('archives');
    auditBytes = await readFile(path.join(tree, AUDIT_PAGE));
    const reference = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    loose = await reference.open([tree]);
    await reference.close();
    looseAudit = fileByName(loose, AUDIT_PAGE)!;
    expect(looseAudit.status).toBe('ok');
  }, SLOW);
  afterEach(async () => {
    await library?.close();
    library = null;
  });
  afterAll(async () => {
    await removeTempDir(base);
  });

  function open(paths: string[], options: Partial<Parameters<typeof createLibrary>[0]> = {}): Promise<LibrarySnapshot> {
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, ...options });
    return library.open(paths);
  }

  it('lists from each kind of archive in a folder what the loose tree lists, as ARCHIVE!/path with the same rows', async () => {
    const dir = path.join(base, 'kinds');
    await mkdir(dir);
    for (const kind of ['zip', 'tar.gz', 'tar.bz2', 'tar.xz'] as const) archiveCorpusFolder(tree, path.join(dir, `docs.${kind}`), kind);
    const snapshot = await open([dir]);

    // Which files are audit pages is the parser's decision, the same for members as for loose files: the one page.
    const looseList = loose.files.map((f) => f.relPath);
    expect(looseList).toEqual([AUDIT_PAGE]);
    for (const archive of ['docs.zip', 'docs.tar.gz', 'docs.tar.bz2', 'docs.tar.xz']) {
      expect(membersOf(snapshot, archive), archive).toEqual(looseList);
      const member = fileByName(snapshot, `${archive}!/${AUDIT_PAGE}`)!;
      expect(member).toMatchObject({
        id: `0:${archive}!/${AUDIT_PAGE}`,
        path: `${path.join(dir, archive)}!/${AUDIT_PAGE}`,
        name: 'audit_events.html',
        size: auditBytes.length,
        status: looseAudit.status,
        format: 'html',
        locale: looseAudit.locale,
      });
      expect(rowsOf(member.model)).toEqual(rowsOf(looseAudit.model));
    }
    // The archives themselves read fine: they are not listed.
    expect(snapshot.files.filter((f) => !f.relPath.includes('!/'))).toEqual([]);
    expect(snapshot.problems).toEqual([]);
    // Every other member is accounted for among the skipped files, as the loose tree's are, under its member path.
    expect(snapshot.skipped.count).toBe(4 * loose.skipped.count);
    expect(snapshot.skipped.reasons).toEqual(
      Object.fromEntries(Object.entries(loose.skipped.reasons).map(([reason, count]) => [reason, 4 * count])),
    );
    expect(snapshot.skipped.files.some((f) => f.relPath === 'docs.zip!/index.html')).toBe(true);
  }, SLOW);

  it('opens archives directly by path: a .tgz, a gzip-compressed page and an EPUB of XHTML pages', async () => {
    const dir = path.join(base, 'direct');
    await mkdir(dir);
    const tgz = archiveCorpusFolder(tree, path.join(dir, 'python-docs.tgz'), 'tgz');
    const gz = gzipFile(path.join(tree, AUDIT_PAGE), path.join(dir, 'audit_events.html.gz'));
    const epub = await writeEpub(path.join(dir, 'python.epub'), {
      'library/audit_events.xhtml': auditBytes,
      'library/os.xhtml': '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>os</p></body></html>',
    });
    const snapshot = await open([tgz, gz, epub]);

    expect(membersOf(snapshot, 'python-docs.tgz')).toEqual(loose.files.map((f) => f.relPath));
    const fromTgz = fileByName(snapshot, `python-docs.tgz!/${AUDIT_PAGE}`)!;
    expect(fromTgz.id).toBe(`0:python-docs.tgz!/${AUDIT_PAGE}`);
    const fromGz = fileByName(snapshot, 'audit_events.html.gz!/audit_events.html')!;
    expect(fromGz).toMatchObject({ id: '1:audit_events.html.gz!/audit_events.html', path: `${gz}!/audit_events.html` });
    const fromEpub = fileByName(snapshot, 'python.epub!/OEBPS/library/audit_events.xhtml')!;
    expect(fromEpub).toMatchObject({ id: '2:python.epub!/OEBPS/library/audit_events.xhtml', status: looseAudit.status });
    expect(membersOf(snapshot, 'python.epub')).toEqual(['OEBPS/library/audit_events.xhtml']);
    for (const member of [fromTgz, fromGz, fromEpub]) expect(rowsOf(member.model)).toEqual(rowsOf(looseAudit.model));
    expect(snapshot.problems).toEqual([]);
  }, SLOW);

  it('says why an archive opened by itself shows nothing', async () => {
    const archive = await writeZip(path.join(base, 'no-table.zip'), { 'index.html': '<p>No table here.</p>', 'notes.bin': 'x' });
    const snapshot = await open([archive]);
    expect(snapshot.files.map((f) => [f.relPath, f.status, f.message])).toEqual([
      ['no-table.zip', 'error', 'No audit events table in this archive (1 file examined)'],
    ]);
  });

  it('shows a member added to a watched archive, re-parses nothing unchanged, and drops the members of a deleted one', async () => {
    const dir = path.join(base, 'watched');
    await mkdir(dir);
    const archive = await writeZip(path.join(dir, 'pages.zip'), { [AUDIT_PAGE]: auditBytes });
    const parser = countingParser();
    const first = await open([dir], { parse: parser.parse });
    expect(first.files.map((f) => f.relPath)).toEqual([`pages.zip!/${AUDIT_PAGE}`]);

    const ko = await corpusBytes('real', 'ko_3.9.4_html');
    const added = nextChange(library!, (s) => fileByName(s, 'pages.zip!/ko/audit_events.html') !== undefined, 'member added');
    // As zip(1) does: the new archive is written beside the old one, then renamed over it.
    await writeZip(path.join(dir, 'pages.zip.tmp'), { [AUDIT_PAGE]: auditBytes, 'ko/audit_events.html': ko });
    await rename(path.join(dir, 'pages.zip.tmp'), archive);
    const { change, snapshot } = await added;
    expect(change.added.map((f) => f.id)).toEqual(['0:pages.zip!/ko/audit_events.html']);
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    expect(snapshot.files.map((f) => f.relPath)).toEqual(['pages.zip!/ko/audit_events.html', `pages.zip!/${AUDIT_PAGE}`]);
    expect(fileByName(snapshot, 'pages.zip!/ko/audit_events.html')!.locale).toBe('ko');
    expect(parser.calls(`${archive}!/${AUDIT_PAGE}`)).toBe(1);
    expect(parser.calls(`${archive}!/ko/audit_events.html`)).toBe(1);

    const removed = nextChange(library!, (s) => s.files.length === 0, 'archive deleted');
    await unlink(archive);
    const gone = await removed;
    expect([...gone.change.removed].sort()).toEqual(['0:pages.zip!/ko/audit_events.html', `0:pages.zip!/${AUDIT_PAGE}`]);
    expect(gone.snapshot.problems).toEqual([]);
  }, SLOW);

  it('keeps an archive opened by itself live: a rewrite in place shows its new member', async () => {
    const dir = path.join(base, 'watched-direct');
    await mkdir(dir);
    const archive = await writeZip(path.join(dir, 'one.zip'), { [AUDIT_PAGE]: auditBytes });
    const first = await open([archive]);
    expect(first.files.map((f) => f.id)).toEqual([`0:one.zip!/${AUDIT_PAGE}`]);

    const added = nextChange(library!, (s) => fileByName(s, 'one.zip!/zh-cn/audit_events.html') !== undefined, 'member added');
    await writeFile(
      archive,
      await readFile(await writeZip(path.join(base, 'two.zip'), {
        [AUDIT_PAGE]: auditBytes,
        'zh-cn/audit_events.html': await corpusBytes('real', 'zh-cn_3.12.3_html'),
      })),
    );
    const { change } = await added;
    expect(change.added.map((f) => f.id)).toContain('0:one.zip!/zh-cn/audit_events.html');
    // A read of the half-written archive may have listed it with a problem meanwhile; its members stayed all along.
    expect(change.removed.filter((id) => id.includes('!/'))).toEqual([]);
    expect(fileByName(library!.snapshot(), 'one.zip')).toBeUndefined();
  }, SLOW);

  it('lists truncated, garbage and bomb archives with their problem, and the rest of the folder loads', async () => {
    const dir = path.join(base, 'broken');
    await mkdir(dir);
    await copyFile(path.join(tree, AUDIT_PAGE), path.join(dir, 'audit_events.html'));
    const cut = await writeZip(path.join(dir, 'cut.zip'), { [AUDIT_PAGE]: auditBytes });
    await truncate(cut, Math.floor((await stat(cut)).size / 2));
    const cutTar = archiveCorpusFolder(path.join(tree, 'library'), path.join(dir, 'cut.tar.xz'), 'tar.xz');
    await truncate(cutTar, Math.floor((await stat(cutTar)).size / 2));
    await writeFile(path.join(dir, 'garbage.zip'), Buffer.from('Not a zip archive.\n'.repeat(200)));
    await writeZeroBombZip(path.join(dir, 'bomb.zip'), 64 * MiB);
    const snapshot = await open([dir]);

    const shown = (relPath: string) => {
      const file = fileByName(snapshot, relPath);
      return file && { status: file.status, message: file.message };
    };
    expect(shown('audit_events.html'), summarise(snapshot)).toEqual({ status: 'ok', message: null });
    expect(shown('cut.zip')).toMatchObject({ status: 'error', message: expect.stringMatching(/^cut\.zip: cannot read the archive: /) });
    expect(shown('cut.tar.xz')).toMatchObject({ status: 'error', message: expect.stringMatching(/^cut\.tar\.xz: cannot read the archive: /) });
    expect(shown('garbage.zip')).toMatchObject({ status: 'error', message: expect.stringMatching(/^garbage\.zip: cannot read the archive: /) });
    expect(shown('bomb.zip')).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/^bomb\.zip: stopped after 0 bytes of uncompressed data: library\/zeros\.html expands \d+ times .*zip bomb/),
    });
    expect(snapshot.problems).toEqual([]);
  }, SLOW);

  it('stops an archive over the per-archive limit with a clear message', async () => {
    const dir = path.join(base, 'limited');
    await mkdir(dir);
    archiveCorpusFolder(tree, path.join(dir, 'docs.zip'), 'zip');
    const snapshot = await open([dir], { archiveLimits: { maxTotalBytes: MiB } });
    expect(fileByName(snapshot, 'docs.zip')).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/^docs\.zip: stopped after [\d.]+ (KiB|MiB) of uncompressed data: more than the 1 MiB read at most from one archive$/),
    });
  }, SLOW);
});
