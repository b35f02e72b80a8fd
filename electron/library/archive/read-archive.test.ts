/**
 * Reading archives at the source: every kind the docs come in, members as the tree holds them, and the limits
 * (a zip bomb, an archive over its budget, corrupt and truncated files) ending in a message, never in memory
 * exhaustion. Real archives made in temp folders with the system's zip/tar/gzip and with yazl/tar-stream.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES } from '../library.js';
import { makeTempDir, removeTempDir } from '../test-support.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-budget.js';
import {
  AUDIT_PAGE,
  archiveCorpusFolder,
  gzipFile,
  sharedTree,
  writeZeroBombTarGz,
  writeZeroBombZip,
  writeZip,
  type SystemArchiveKind,
} from './archive-test-support.js';
import type { ArchiveMember } from './members.js';
import { readArchive, type ArchiveReadResult } from './read-archive.js';

const MiB = 1024 * 1024;
const BOMB_BYTES = 192 * MiB;
const LIMITS: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes: DEFAULT_MAX_FILE_BYTES };

async function readAll(archive: string, limits: ArchiveLimits = LIMITS): Promise<{ result: ArchiveReadResult; members: ArchiveMember[] }> {
  const members: ArchiveMember[] = [];
  const result = await readArchive(archive, limits, async (member) => {
    members.push(member);
  });
  return { result, members };
}

/** The tree's files that the library would examine loose (its candidate extensions), as member paths. */
async function candidateFilesOf(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relPath = prefix + entry.name;
    if (entry.isDirectory()) found.push(...(await candidateFilesOf(path.join(dir, entry.name), `${relPath}/`)));
    else if (/\.(html|htm|txt|md|markdown|po|rst)$/i.test(entry.name)) found.push(relPath);
  }
  return found.sort();
}

/** How many file descriptors this process holds (Linux), or null where /proc cannot tell. */
function openDescriptors(): number | null {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
}

describe('readArchive', () => {
  let base: string;
  const tree = sharedTree();
  let auditBytes: Buffer;
  /**
   * 192 MiB of zeros under a doc-table name, then the audit page: under 1 MiB on disk. Half as large again as the
   * 128 MiB the bounded-memory test lets the process grow by, so a reader that held the member would fail it.
   */
  let tarBomb: string;

  beforeAll(async () => {
    base = await makeTempDir('read-archive');
    auditBytes = await readFile(path.join(tree, AUDIT_PAGE));
    tarBomb = await writeZeroBombTarGz(path.join(base, 'bomb.tar.gz'), BOMB_BYTES, { [AUDIT_PAGE]: auditBytes });
  }, 120_000);
  afterAll(async () => {
    await removeTempDir(base);
  });

  it.each<SystemArchiveKind>(['zip', 'tar.gz', 'tgz', 'tar.bz2', 'tar.xz'])(
    'hands over every candidate file of the tree from a .%s, with its bytes, and nothing else',
    async (kind) => {
      const archive = archiveCorpusFolder(tree, path.join(base, `tree.${kind}`), kind);
      const { result, members } = await readAll(archive);

      expect(result).toMatchObject({ kind: 'read', problem: null, complete: true });
      expect(members.map((m) => m.path).sort()).toEqual(await candidateFilesOf(tree));
      const audit = members.find((m) => m.path === AUDIT_PAGE)!;
      expect(audit.outcome.kind === 'bytes' && audit.outcome.bytes.equals(auditBytes)).toBe(true);
      expect(audit.outcome.stamp?.size).toBe(auditBytes.length);
    },
    120_000,
  );

  it('reads a single gzip-compressed page as one member named after the file', async () => {
    const archive = gzipFile(path.join(tree, AUDIT_PAGE), path.join(base, 'audit_events.html.gz'));
    const { result, members } = await readAll(archive);
    expect(result).toMatchObject({ kind: 'read', problem: null, complete: true });
    expect(members.map((m) => m.path)).toEqual(['audit_events.html']);
    expect(members[0]!.outcome.kind === 'bytes' && members[0]!.outcome.bytes.equals(auditBytes)).toBe(true);
  });

  it('stops a zip bomb by its declared ratio before inflating a byte', async () => {
    const bomb = await writeZeroBombZip(path.join(base, 'bomb.zip'), 64 * MiB);
    expect((await stat(bomb)).size).toBeLessThan(MiB);
    const { result, members } = await readAll(bomb);
    expect(members).toEqual([]);
    expect(result.kind === 'read' && result.problem).toMatch(
      /^bomb\.zip: stopped after 0 bytes of uncompressed data: library\/zeros\.html expands \d+ times its compressed size, over the limit of 200 \(a zip bomb\?\)$/,
    );
  }, 120_000);

  it('lists a member over the size limit as too large without inflating it, and reads the others', async () => {
    const archive = await writeZip(path.join(base, 'big.zip'), {
      'big.html': Buffer.alloc(3 * MiB, 'a'),
      [AUDIT_PAGE]: auditBytes,
    });
    const { result, members } = await readAll(archive, { ...LIMITS, maxMemberBytes: 2 * MiB, maxRatio: Infinity });
    expect(result).toMatchObject({ kind: 'read', problem: null, complete: true });
    expect(members.map((m) => [m.path, m.outcome.kind])).toEqual([
      ['big.html', 'too-large'],
      [AUDIT_PAGE, 'bytes'],
    ]);
    expect(members[0]!.outcome).toMatchObject({ message: 'File too large to read: 3 MiB, over the 2 MiB limit' });
  });

  it('stops a compressed tar once it expands past the ratio guard, having read only a little', async () => {
    const { result, members } = await readAll(tarBomb);
    // Listed as too large from its header, then streamed past until the guard stops: the page after it is not reached.
    expect(members.map((m) => [m.path, m.outcome.kind])).toEqual([['zeros.html', 'too-large']]);
    expect(result.kind === 'read' && result.problem).toMatch(
      /^bomb\.tar\.gz: stopped after [\d.]+ MiB of uncompressed data: the archive expands \d+ times its compressed size, over the limit of 200 \(a zip bomb\?\)$/,
    );
  }, 120_000);

  it('streams past a huge member in bounded memory and stops at the per-archive total', async () => {
    const bomb = tarBomb;
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const within = await readAll(bomb, { ...LIMITS, maxRatio: Infinity });
    // The 192 MiB member is over the member limit: drained, not held; the page after it is read.
    expect(within.result).toMatchObject({ kind: 'read', problem: null, complete: true });
    expect(within.members.map((m) => [m.path, m.outcome.kind])).toEqual([
      ['zeros.html', 'too-large'],
      [AUDIT_PAGE, 'bytes'],
    ]);
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(128 * MiB);

    const over = await readAll(bomb, { ...LIMITS, maxRatio: Infinity, maxTotalBytes: 16 * MiB });
    expect(over.result.kind === 'read' && over.result.problem).toMatch(
      /^bomb\.tar\.gz: stopped after 16(\.\d)? MiB of uncompressed data: more than the 16 MiB read at most from one archive$/,
    );
    expect(over.result).toMatchObject({ complete: false });
  }, 120_000);

  it('stops a zip whose members add up to more than the per-archive total, keeping those read before', async () => {
    const archive = archiveCorpusFolder(tree, path.join(base, 'limited.zip'), 'zip');
    const { result, members } = await readAll(archive, { ...LIMITS, maxTotalBytes: MiB });
    expect(result.kind === 'read' && result.problem).toMatch(
      /^limited\.zip: stopped after [\d.]+ (KiB|MiB) of uncompressed data: more than the 1 MiB read at most from one archive$/,
    );
    expect(members.length).toBeGreaterThan(0);
    expect(members.reduce((sum, m) => sum + (m.outcome.stamp?.size ?? 0), 0)).toBeLessThanOrEqual(MiB);
  }, 60_000);

  it('reports a truncated or garbage archive of each kind as a problem of the archive', async () => {
    const cases: Array<[string, RegExp]> = [];
    for (const kind of ['zip', 'tar.gz', 'tar.bz2', 'tar.xz'] as const) {
      const archive = archiveCorpusFolder(tree, path.join(base, `cut.${kind}`), kind);
      await truncate(archive, Math.floor((await stat(archive)).size / 2));
      cases.push([archive, new RegExp(`^cut\\.${kind.replace('.', '\\.')}: cannot read the archive: .+`)]);
    }
    const garbage = path.join(base, 'garbage.zip');
    await writeFile(garbage, Buffer.from('This is not a zip archive at all.\n'.repeat(100)));
    cases.push([garbage, /^garbage\.zip: cannot read the archive: .+/]);
    const garbageGz = path.join(base, 'page.html.gz');
    await writeFile(garbageGz, auditBytes);
    cases.push([garbageGz, /^page\.html\.gz: cannot read the archive: .+/]);

    for (const [archive, message] of cases) {
      const { result } = await readAll(archive);
      expect(result, archive).toMatchObject({ kind: 'read', complete: false });
      expect(result.kind === 'read' && result.problem, archive).toMatch(message);
    }
  }, 120_000);

  it('says what a missing archive and a folder under an archive name are', async () => {
    expect((await readAll(path.join(base, 'missing.zip'))).result).toEqual({ kind: 'gone' });
    await mkdir(path.join(base, 'folder.zip'));
    const openBefore = openDescriptors();
    expect((await readAll(path.join(base, 'folder.zip'))).result).toEqual({ kind: 'not-a-file' });
    // The folder was opened to be looked at: it is closed again, not left to the garbage collector.
    if (openBefore !== null) expect(openDescriptors()).toBe(openBefore);
  });
});
