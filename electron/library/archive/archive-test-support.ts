/**
 * Real archives for the archive tests and benchmark, made with the system's zip, tar and gzip (as users get
 * them) and with yazl / tar-stream where the content is generated (zip bombs, EPUB layout).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { CORPUS_DIR } from '../test-support.js';

/** The shared sample of a full English HTML build (97 files, one audit page). */
export function sharedTree(): string {
  const trees = path.join(CORPUS_DIR, 'trees');
  const name = readdirSync(trees).find((entry) => entry.startsWith('en_3.12.1_html-build-sample_'));
  if (!name) throw new Error(`No en_3.12.1_html-build-sample_* tree in ${trees}`);
  return path.join(trees, name);
}

export const AUDIT_PAGE = 'library/audit_events.html';

export type SystemArchiveKind = 'zip' | 'tar.gz' | 'tgz' | 'tar.bz2' | 'tar.xz';

const TAR_FLAGS: Record<Exclude<SystemArchiveKind, 'zip'>, string> = {
  'tar.gz': '-czf',
  tgz: '-czf',
  'tar.bz2': '-cjf',
  'tar.xz': '-cJf',
};

/** Archives the contents of `dir` (member paths relative to it: `library/audit_events.html`) into `target`. */
export function archiveFolder(dir: string, target: string, kind: SystemArchiveKind): string {
  if (kind === 'zip') execFileSync('zip', ['-q', '-r', '-X', target, '.'], { cwd: dir });
  else execFileSync('tar', [TAR_FLAGS[kind], target, '.'], { cwd: dir });
  return target;
}

/**
 * Where the test run keeps the archives `archiveCorpusFolder` made (scripts/vitest-global-setup.mjs makes and removes
 * it); unset outside vitest (the benchmark), where nothing is cached.
 */
export const ARCHIVE_CACHE_ENV = 'DOCTABLE_TEST_ARCHIVE_CACHE';

/**
 * `archiveFolder` for a folder that does not change during the run (the shared corpus tree): the system's tools run
 * once per folder and kind in a test run, and each call gets its own copy of those bytes at `target`. Compressing the
 * 97-file tree with bzip2 and xz takes seconds of CPU, and the archive tests ask for the same few archives many times.
 */
export function archiveCorpusFolder(dir: string, target: string, kind: SystemArchiveKind): string {
  const cache = process.env[ARCHIVE_CACHE_ENV];
  if (!cache) return archiveFolder(dir, target, kind);
  // A .tgz is the very same tar -czf output as a .tar.gz: only the name tells them apart.
  const built = kind === 'tgz' ? 'tar.gz' : kind;
  const cached = path.join(cache, `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.${built}`);
  if (!existsSync(cached)) {
    // Built beside its final name and renamed over it: a test process reading the cache never sees half an archive.
    const building = `${cached}.${process.pid}.${Date.now()}.partial.${built}`;
    archiveFolder(dir, building, built);
    renameSync(building, cached);
  }
  copyFileSync(cached, target);
  return target;
}

/** `gzip -c source > target`. */
export function gzipFile(source: string, target: string): string {
  writeFileSync(target, execFileSync('gzip', ['-c', source], { maxBuffer: 256 * 1024 * 1024 }));
  return target;
}

/** A zip written by yazl: path in archive -> bytes. */
export async function writeZip(target: string, members: Record<string, Buffer | string>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(members)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  return target;
}

/**
 * An EPUB: `mimetype` first and stored (what readers check), the container and package documents, and the pages
 * as XHTML members under OEBPS/.
 */
export async function writeEpub(target: string, pages: Record<string, Buffer | string>): Promise<string> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('application/epub+zip'), 'mimetype', { compress: false });
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
    ),
    'META-INF/container.xml',
  );
  const items = Object.keys(pages)
    .map((page, i) => `<item id="p${i}" href="${page}" media-type="application/xhtml+xml"/>`)
    .join('');
  zip.addBuffer(
    Buffer.from(`<?xml version="1.0"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><manifest>${items}</manifest></package>\n`),
    'OEBPS/content.opf',
  );
  for (const [page, content] of Object.entries(pages)) zip.addBuffer(Buffer.from(content), `OEBPS/${page}`);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  return target;
}

/** `bytes` zero bytes, streamed a MiB at a time (never held whole). */
export function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

/** A zip bomb: a doc-table-named member of `bytes` zeros, deflated (about 1,000 to 1) by yazl as it streams. */
export async function writeZeroBombZip(target: string, bytes: number, memberName = 'library/zeros.html'): Promise<string> {
  const zip = new yazl.ZipFile();
  zip.addReadStream(zeros(bytes), memberName);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  return target;
}

/** A .tar.gz holding `zeroBytes` zeros under a doc-table name, then the given members: streamed, never on disk whole. */
export async function writeZeroBombTarGz(
  target: string,
  zeroBytes: number,
  after: Record<string, Buffer> = {},
): Promise<string> {
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip({ level: 1 }), createWriteStream(target));
  await pipeline(zeros(zeroBytes), pack.entry({ name: 'zeros.html', size: zeroBytes }));
  for (const [name, content] of Object.entries(after)) {
    await new Promise<void>((resolve, reject) => pack.entry({ name }, content, (error) => (error ? reject(error) : resolve())));
  }
  pack.finalize();
  await writing;
  return target;
}
