/**
 * Reads one archive's candidate members, streaming (nothing is unpacked to disk) and within its limits. Every
 * way that can fail becomes a value: the archive is listed with its problem and the rest of the folder loads.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../../shared/error-message.js';
import { failure, stampOf, type FileStamp } from '../read-source.js';
import { ArchiveBudget, type ArchiveLimits } from './archive-budget.js';
import { archiveKindOf } from './archive-paths.js';
import { readGzipMember } from './gzip-member.js';
import type { MemberSink } from './members.js';
import { readTarMembers } from './tar-members.js';
import { readZipMembers } from './zip-members.js';

export type ArchiveReadResult =
  /** Not there (any more). */
  | { kind: 'gone' }
  /** A folder, FIFO, socket or device under an archive's name. */
  | { kind: 'not-a-file' }
  /** The file itself could not be opened (permissions, I/O): worth trying again when it changes. */
  | { kind: 'failed'; stamp: FileStamp | null; message: string }
  /**
   * Read: to the end (`problem` null), or stopped by a limit or by corrupt, truncated or unknown data. Members
   * handed over before the stop stand; `complete` is false then.
   */
  | { kind: 'read'; stamp: FileStamp; problem: string | null; complete: boolean };

export async function readArchive(archivePath: string, limits: ArchiveLimits, onMember: MemberSink): Promise<ArchiveReadResult> {
  const kind = archiveKindOf(archivePath);
  if (kind === null) throw new Error(`readArchive: not an archive name: ${archivePath}`);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: a FIFO under an archive's name must not wait for a writer.
    handle = await open(archivePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return asArchiveFailure(failure(error, await stampOf(archivePath)));
  }
  let stamp: FileStamp;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close().catch(() => undefined);
      return { kind: 'not-a-file' };
    }
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return asArchiveFailure(failure(error, null));
  }
  const name = path.basename(archivePath);
  const budget = new ArchiveBudget(limits, name);
  try {
    switch (kind.container) {
      case 'zip':
        // yauzl opens the file itself (it reads the central directory at the end, then members by offset).
        await readZipMembers(archivePath, stamp, budget, onMember);
        break;
      case 'tar':
        await readTarMembers(handle, kind.compression, stamp, budget, onMember);
        break;
      case 'gzip-file':
        await readGzipMember(handle, kind.memberName, stamp, budget, onMember);
        break;
    }
    return { kind: 'read', stamp, problem: null, complete: true };
  } catch (error) {
    const problem = budget.stop?.message ?? `${name}: cannot read the archive: ${errorMessage(error)}`;
    return { kind: 'read', stamp, problem, complete: false };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function asArchiveFailure(outcome: ReturnType<typeof failure>): ArchiveReadResult {
  switch (outcome.kind) {
    case 'gone':
    case 'not-a-file':
      return outcome;
    case 'failed':
      return { kind: 'failed', stamp: outcome.stamp, message: outcome.message.replace('the file', 'the archive') };
    default:
      return { kind: 'failed', stamp: null, message: 'Cannot read the archive' };
  }
}
