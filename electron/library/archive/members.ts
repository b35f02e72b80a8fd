/**
 * What an archive reader hands over for each candidate member, and the reading of one member's bytes under the
 * per-member limit (the library's maxFileBytes, as for loose files) and the archive's budget.
 */
import { errorMessage } from '../../shared/error-message.js';
import { formatBytes, type FileStamp, type ReadOutcome } from '../read-source.js';
import type { ArchiveBudget } from './archive-budget.js';

/**
 * A member's bytes, or why they were not read: the same outcomes as a loose file's read, plus an archive inside the
 * archive, which is not opened (listed as skipped with why; see NESTED_ARCHIVE_MESSAGE).
 */
export type MemberOutcome =
  | Extract<ReadOutcome, { kind: 'bytes' | 'too-large' | 'failed' }>
  | { kind: 'nested-archive'; stamp: FileStamp; message: string };

/**
 * Why an archive inside an archive is not read. Reading it would mean holding it whole in memory (a zip is read from
 * its end) or a second decompressor under the outer one's budget; the docs' own downloads never nest, so the member is
 * listed with this instead of silently left out.
 */
export const NESTED_ARCHIVE_MESSAGE = 'An archive inside an archive is not read: extract it and open it by itself';

export function nestedArchive(stamp: FileStamp): MemberOutcome {
  return { kind: 'nested-archive', stamp, message: NESTED_ARCHIVE_MESSAGE };
}

export interface ArchiveMember {
  /** Normalised path inside the archive (archive-paths.ts). */
  path: string;
  outcome: MemberOutcome;
}

/** A member's bytes: a Node stream (yauzl, zlib) or a streamx one (tar-stream). */
export type MemberStream = AsyncIterable<Buffer> & { destroy(): void };

/** Receives members in archive order; the reader goes on when the promise resolves (backpressure). */
export type MemberSink = (member: ArchiveMember) => Promise<void>;

export function memberTooLarge(stamp: FileStamp, maxBytes: number, sizeKnown: boolean): MemberOutcome {
  const size = sizeKnown ? `${formatBytes(stamp.size)}, over` : 'over';
  return { kind: 'too-large', stamp, message: `File too large to read: ${size} the ${formatBytes(maxBytes)} limit` };
}

/**
 * Reads a member's stream to the end, counting every chunk against the budget (which throws ArchiveStop).
 * Returns null when it holds more than `maxBytes` (the stream is destroyed then); a stream error is thrown.
 */
export async function readMemberStream(
  stream: MemberStream,
  stamp: FileStamp,
  maxBytes: number,
  budget: ArchiveBudget,
  compressedSoFar: () => number,
  what: string,
): Promise<Extract<MemberOutcome, { kind: 'bytes' }> | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      budget.add(chunk.length, compressedSoFar(), what);
      length += chunk.length;
      if (length > maxBytes) {
        stream.destroy();
        return null;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    throw budget.stop ?? error;
  }
  return { kind: 'bytes', stamp: { ...stamp, size: length }, bytes: Buffer.concat(chunks, length) };
}

/** A member that could not be read while the rest of the archive can (a zip member with bad data). */
export function memberFailed(stamp: FileStamp, error: unknown): MemberOutcome {
  return { kind: 'failed', stamp, message: `Cannot read the file in the archive: ${errorMessage(error)}` };
}
